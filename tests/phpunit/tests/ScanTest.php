<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * scan (one master at a time, as phpredis: callers loop over _masters()), hscan, sscan,
 * zscan with OPT_SCAN and OPT_PREFIX, and keys() on every master: the values and types
 * phpredis returns, checked against Debian's phpredis 5.3.7.
 */
final class ScanTest extends ClusterTestCase
{
    /** Every element of a key scan, page by page, with the iterator as phpredis leaves it. */
    private function scanAll(callable $page): array
    {
        $all = [];
        $it = null;
        $pages = 0;
        while (($r = $page($it)) !== false) {
            $this->assertIsArray($r);
            $all += $r;
            $this->assertLessThan(1000, ++$pages);
        }
        $this->assertSame(0, $it, 'the iterator ends at 0');
        return $all;
    }

    public function testHscan(): void
    {
        $h = $this->key();
        $fields = [];
        for ($i = 0; $i < 300; $i++) {
            $fields["f$i"] = "v$i";
        }
        $this->c->hmset($h, $fields);
        $all = $this->scanAll(fn (&$it) => $this->c->hscan($h, $it, null, 50));
        ksort($all);
        ksort($fields);
        $this->assertSame($fields, $all);
        $matched = $this->scanAll(fn (&$it) => $this->c->hscan($h, $it, 'f1?', 1000));
        $this->assertCount(10, $matched);
        $this->assertSame('v12', $matched['f12']);
    }

    public function testSmallHashIsOnePage(): void
    {
        $h = $this->key();
        $this->c->hset($h, 'a', '1');
        $this->c->hset($h, 'b', '2');
        $it = null;
        $this->assertSame(['a' => '1', 'b' => '2'], $this->c->hscan($h, $it));
        $this->assertSame(0, $it);
        $this->assertFalse($this->c->hscan($h, $it), 'an iterator of 0 is the end');
        $this->assertSame(0, $it);
    }

    public function testSscanZscan(): void
    {
        $s = $this->key('s');
        $z = $this->key('z');
        $this->c->sadd($s, 'a', 'b', 'c');
        $this->c->zadd($z, 1.5, 'a', 2, 'b');
        $members = [];
        $it = null;
        while (($r = $this->c->sscan($s, $it, '*', 10)) !== false) {
            $members = array_merge($members, $r);
        }
        sort($members);
        $this->assertSame(['a', 'b', 'c'], $members);
        $it = null;
        $this->assertSame(['a' => 1.5, 'b' => 2.0], $this->c->zscan($z, $it));
        $it = null;
        $this->assertSame([], $this->c->zscan($this->key('none'), $it), 'a missing key: one empty page');
        $this->assertSame(0, $it);
    }

    public function testSscanUnserializes(): void
    {
        $s = $this->key();
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->c->sadd($s, ['x' => 1]);
        $it = null;
        $this->assertSame([['x' => 1]], $this->c->sscan($s, $it));
    }

    /** scan() on each master finds every key, each once. */
    public function testScanEveryMaster(): void
    {
        $keys = $this->keysOnEveryMaster(60);
        foreach ($keys as $k) {
            $this->c->set($k, 'v');
        }
        $found = [];
        foreach ($this->c->_masters() as $master) {
            $it = null;
            while (($page = $this->c->scan($it, $master, "*$this->uniq*", 20)) !== false) {
                foreach ($page as $k) {
                    $found[] = $k;
                }
            }
            $this->assertSame(0, $it);
        }
        sort($found);
        sort($keys);
        $this->assertSame($keys, array_values(array_unique($found)));
    }

    /** A key as $key_or_address scans that key's master. */
    public function testScanByKey(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $found = [];
        $it = null;
        while (($page = $this->c->scan($it, $k, "*$this->uniq*", 100)) !== false) {
            $found = array_merge($found, $page);
        }
        $this->assertSame([$k], $found);
    }

    /** SCAN_RETRY: pages of a sparse match are fetched until one has elements. */
    public function testScanRetry(): void
    {
        $keys = $this->keysOnEveryMaster(60);
        foreach ($keys as $k) {
            $this->c->set($k, 'v');
        }
        $needle = $keys[0];
        $master = self::admin()->owner(self::admin()->slot($needle))['addr'];
        $where = ClusterAdmin::split($master);
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_RETRY));
        $it = null;
        $pages = 0;
        $found = [];
        while (($page = $this->c->scan($it, $where, $needle, 1)) !== false) {
            $pages++;
            if ($it !== 0) {
                $this->assertNotSame([], $page, 'SCAN_RETRY returns no empty page before the end');
            }
            $found = array_merge($found, $page);
        }
        $this->assertSame([$needle], $found);
        $this->assertLessThanOrEqual(2, $pages);
    }

    public function testScanOptionFlags(): void
    {
        $this->assertSame(RedisCluster::SCAN_NORETRY, $this->c->getOption(RedisCluster::OPT_SCAN));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_RETRY));
        $this->assertSame(1, $this->c->getOption(RedisCluster::OPT_SCAN));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_PREFIX));
        $this->assertSame(3, $this->c->getOption(RedisCluster::OPT_SCAN), 'flags: RETRY | PREFIX');
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_NOPREFIX));
        $this->assertSame(1, $this->c->getOption(RedisCluster::OPT_SCAN));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_NORETRY));
        $this->assertSame(0, $this->c->getOption(RedisCluster::OPT_SCAN));
        $this->assertFalse($this->c->setOption(RedisCluster::OPT_SCAN, 7));
    }

    /** SCAN_PREFIX puts OPT_PREFIX in front of the pattern; the keys come back whole. */
    public function testScanPrefix(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $c = $this->client();
        $c->setOption(RedisCluster::OPT_PREFIX, "$this->uniq:");
        $c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_PREFIX);
        $where = $this->serverOwner($k);
        $found = [];
        $it = null;
        while (($page = $c->scan($it, $where, 'k', 1000)) !== false) {
            $found = array_merge($found, $page);
        }
        $this->assertSame([$k], $found);
        $c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_NOPREFIX);
        $found = [];
        $it = null;
        while (($page = $c->scan($it, $where, 'k', 1000)) !== false) {
            $found = array_merge($found, $page);
        }
        $this->assertSame([], $found, 'without SCAN_PREFIX the pattern is as given');
    }

    /**
     * The string "0" starts an iteration, as in phpredis 5.3.7: Laravel 8 to 10 start their
     * tag scans (RedisTaggedCache::deleteValues()) with '0' and stop when the cursor is
     * '0' again; the int 0 that the last page leaves is the end.
     */
    public function testStringZeroStartsAnIteration(): void
    {
        $h = $this->key();
        $this->c->hset($h, 'a', '1');
        $s = $this->key('set');
        $this->c->sadd($s, 'x', 'y');
        $it = '0';
        $this->assertSame(['a' => '1'], $this->c->hscan($h, $it));
        $this->assertSame(0, $it);
        $this->assertFalse($this->c->hscan($h, $it), 'the int 0 is the end');
        $it = '0';
        $members = $this->c->sscan($s, $it, '*', 1000);
        sort($members);
        $this->assertSame(['x', 'y'], $members);
        $this->assertSame(0, $it);
    }

    /** phpredis 6.1 also takes the cursor as a string: a numeric one goes on from there. */
    public function testStringIterator(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'string cursors are phpredis 6');
            return;
        }
        $h = $this->key();
        $this->c->hset($h, 'a', '1');
        $it = '';
        $this->assertSame(['a' => '1'], $this->c->hscan($h, $it), 'not a cursor: a new iteration');
        $this->assertSame(0, $it);
    }

    /**
     * An -ERR reply (WRONGTYPE) is false with getLastError(), as for every command here;
     * phpredis throws "Couldn't read SCAN response" (docs/api-differences.md).
     */
    public function testWrongTypeIsFalse(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $it = null;
        if (self::isPhpredis()) {
            $this->expectException(\RedisClusterException::class);
            $this->expectExceptionMessage("Couldn't read SCAN response");
        }
        $this->assertFalse($this->c->hscan($k, $it));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    public function testKeysOnEveryMaster(): void
    {
        $keys = $this->keysOnEveryMaster(40);
        foreach ($keys as $k) {
            $this->c->set($k, 'v');
        }
        $found = $this->c->keys("*$this->uniq*");
        sort($found);
        sort($keys);
        $this->assertSame($keys, $found);
        $this->assertSame([], $this->c->keys("nothing-$this->uniq-*"));
    }

    public function testKeysWithPrefix(): void
    {
        $this->c->set($this->key('a'), 'v');
        $c = $this->client();
        $c->setOption(RedisCluster::OPT_PREFIX, "$this->uniq:");
        $this->assertSame([$this->key('a')], $c->keys('a*'), 'the pattern is prefixed, the keys come back whole');
    }

    /** [host, port] of the master of $key. */
    private function serverOwner(string $key): array
    {
        return ClusterAdmin::split(self::admin()->owner(self::admin()->slot($key))['addr']);
    }
}
