<?php

namespace RedisTests;

use Redis;

/**
 * SCAN, HSCAN, SSCAN, ZSCAN: the iterator by reference, OPT_SCAN's RETRY / NORETRY and
 * PREFIX / NOPREFIX, OPT_PREFIX. SCAN runs in db 11, emptied first, so that every key it
 * sees is the test's.
 */
final class ScanTest extends RedisTestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        $this->assertTrue(Servers::isOurs(Servers::master()));
        Servers::callIn(Servers::master(), 11, 'FLUSHDB');
        $this->assertTrue($this->r->select(11));
    }

    /** $n keys "<uniq>:k<i>" in db 11; their names, sorted. */
    private function keys(int $n): array
    {
        $keys = [];
        for ($i = 0; $i < $n; $i++) {
            $keys[] = $this->key("k$i");
            $this->assertTrue($this->r->set($this->key("k$i"), $i));
        }
        sort($keys);
        return $keys;
    }

    public function testScanLoop(): void
    {
        $want = $this->keys(30);
        $this->r->set('other', 1);
        $it = null;
        $all = [];
        $calls = 0;
        while (($page = $this->r->scan($it, "$this->uniq:*", 10)) !== false) {
            $this->assertIsArray($page);
            $all = array_merge($all, $page);
            $this->assertLessThan(100, ++$calls);
        }
        sort($all);
        $this->assertSame($want, array_values(array_unique($all)));
        $this->assertSame(0, $it, 'the end: the iterator is 0');
        $this->assertFalse($this->r->scan($it), 'iterator 0: done, nothing sent');
    }

    /** NORETRY (the default) hands back empty pages; RETRY fetches until it has keys or the end. */
    public function testRetryModes(): void
    {
        $this->keys(40);
        $this->assertSame(Redis::SCAN_NORETRY, $this->r->getOption(Redis::OPT_SCAN));
        $it = null;
        $page = $this->r->scan($it, 'nomatch*', 5);
        $this->assertSame([], $page, 'NORETRY: an empty page');
        $this->assertIsInt($it);
        $this->assertGreaterThan(0, $it, 'with the cursor to go on from');
        $this->assertTrue($this->r->setOption(Redis::OPT_SCAN, Redis::SCAN_RETRY));
        $this->assertSame(Redis::SCAN_RETRY, $this->r->getOption(Redis::OPT_SCAN));
        $it = null;
        [$cmds, $page] = $this->sent(function () use (&$it) {
            return $this->r->scan($it, 'nomatch*', 5);
        });
        $this->assertSame([], $page);
        $this->assertSame(0, $it, 'RETRY: went on to the end');
        $this->assertGreaterThan(1, count($cmds), 'one SCAN per page');
        $it = null;
        $page = $this->r->scan($it, "$this->uniq:k1*", 5);
        $this->assertNotEmpty($page, 'RETRY never returns an empty page before the end');
        $this->assertFalse($this->r->setOption(Redis::OPT_SCAN, 99));
    }

    /**
     * OPT_SCAN's PREFIX bit: the pattern gets OPT_PREFIX. Setting SCAN_PREFIX keeps the
     * RETRY bit (1 | 2 = 3), SCAN_NOPREFIX clears it; SCAN_RETRY | SCAN_PREFIX is 3, which
     * is SCAN_NOPREFIX. Keys come back with the prefix.
     */
    public function testPrefixModes(): void
    {
        $want = $this->keys(12);
        $this->assertTrue($this->r->setOption(Redis::OPT_PREFIX, "$this->uniq:"));
        $this->assertTrue($this->r->setOption(Redis::OPT_SCAN, Redis::SCAN_RETRY));
        $it = null;
        $this->assertSame([], $this->r->scan($it, 'k1*', 100), 'NOPREFIX: the pattern as given');
        $this->assertTrue($this->r->setOption(Redis::OPT_SCAN, Redis::SCAN_PREFIX));
        $this->assertSame(Redis::SCAN_RETRY | Redis::SCAN_PREFIX, $this->r->getOption(Redis::OPT_SCAN));
        $it = null;
        [$cmds, $page] = $this->sent(function () use (&$it) {
            return $this->r->scan($it, 'k1*', 100);
        });
        sort($page);
        $this->assertSame([$this->key('k1'), $this->key('k10'), $this->key('k11')], $page, 'the names as stored');
        $this->assertContains(["SCAN", "0", "COUNT", "100", "MATCH", "$this->uniq:k1*"], $cmds, json_encode($cmds));
        $it = null;
        [$cmds, $page] = $this->sent(function () use (&$it) {
            return $this->r->scan($it, null, 100);
        });
        if (self::isPhpredis5()) {
            // phpredis 5.3.7 sends the bare prefix as the pattern: only a key named so matches.
            $this->assertSame([], $page);
            $this->assertContains(['SCAN', '0', 'COUNT', '100', 'MATCH', "$this->uniq:"], $cmds);
        } else {
            sort($page);
            $this->assertSame($want, $page, 'no pattern: every key under the prefix');
        }
        $this->assertTrue($this->r->setOption(Redis::OPT_SCAN, Redis::SCAN_NOPREFIX));
        $this->assertSame(Redis::SCAN_RETRY, $this->r->getOption(Redis::OPT_SCAN));
        $this->assertTrue($this->r->setOption(Redis::OPT_SCAN, Redis::SCAN_NORETRY));
        $this->assertSame(Redis::SCAN_NORETRY, $this->r->getOption(Redis::OPT_SCAN));
    }

    /** phpredis 5.3.7 takes a string "0" as a fresh start; phpredis 6 takes string cursors. */
    public function testStringIterator(): void
    {
        $this->keys(20);
        // The string "0" starts an iteration (phpredis 5.3.7, and this module: Laravel's tag
        // flush starts its scans so); only the int 0 is the end.
        $it = '0';
        $page = $this->r->scan($it, null, 5);
        $this->assertIsArray($page);
        $this->assertNotEmpty($page);
    }

    public function testScanType(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->r->set($this->key('str'), 'x');
        $this->r->rPush($this->key('list'), 'x');
        $it = null;
        $this->assertSame([$this->key('list')], $this->r->scan($it, '*', 100, 'list'));
    }

    public function testCollectionScans(): void
    {
        $h = $this->key('h');
        $this->serverIn11('HSET', $h, 'a', 1, 'b', 2, 'c', 3);
        $it = null;
        $this->assertSame(['a' => '1', 'b' => '2', 'c' => '3'], $this->r->hscan($h, $it));
        $this->assertSame(0, $it);
        $it = null;
        $this->assertSame(['a' => '1'], $this->r->hscan($h, $it, 'a*'));
        $it = null;
        $this->assertSame([], $this->r->hscan($this->key('none'), $it));
        $this->assertSame(0, $it);

        $s = $this->key('s');
        $this->serverIn11('SADD', $s, 'x', 'y');
        $it = null;
        $page = $this->r->sscan($s, $it);
        sort($page);
        $this->assertSame(['x', 'y'], $page);
        $it = null;
        $this->assertSame(['y'], $this->r->sscan($s, $it, 'y*', 10));

        $z = $this->key('z');
        $this->serverIn11('ZADD', $z, 1, 'x', 2.5, 'y');
        $it = null;
        $this->assertSame(['x' => 1.0, 'y' => 2.5], $this->r->zscan($z, $it));
        $it = null;
        $this->r->clearLastError();
        $this->assertFalse($this->r->zscan($h, $it), 'WRONGTYPE: false');
        if (self::isPhpredis5()) {
            // phpredis 5.3.7 reads only the '-' of the error: the connection is out of step.
            $this->assertNull($this->r->getLastError());
            $e = $this->assertThrows(fn () => $this->r->echo('a'));
            $this->assertSame("protocol error, got 'W' as reply type byte\n", $e->getMessage());
            $this->assertSame('a', $this->r->echo('b'), 'every reply one behind');
            $this->r = $this->client();
            $this->r->select(11);
        } else {
            $this->assertStringStartsWith('WRONGTYPE', $this->lastError());
            $this->assertSame('a', $this->r->echo('a'), 'the connection is in step');
        }

        // A hash larger than one page, collected with RETRY.
        $fields = [];
        for ($i = 0; $i < 300; $i++) {
            $fields[] = "f$i";
            $fields[] = "v$i";
        }
        $this->serverIn11('HSET', $this->key('big'), ...$fields);
        $this->r->setOption(Redis::OPT_SCAN, Redis::SCAN_RETRY);
        $it = null;
        $got = [];
        while (($page = $this->r->hscan($this->key('big'), $it, null, 50)) !== false) {
            $got += $page;
        }
        $this->assertCount(300, $got);
        $this->assertSame('v299', $got['f299']);
    }

    /** OPT_PREFIX prefixes the key of HSCAN, SSCAN, ZSCAN. */
    public function testCollectionScanPrefix(): void
    {
        $this->serverIn11('HSET', $this->key('h'), 'f', 'v');
        $this->assertTrue($this->r->setOption(Redis::OPT_PREFIX, "$this->uniq:"));
        $it = null;
        $this->assertSame(['f' => 'v'], $this->r->hscan('h', $it));
    }

    private function serverIn11(string|int|float ...$args): mixed
    {
        return Servers::callIn(Servers::master(), 11, ...$args);
    }
}
