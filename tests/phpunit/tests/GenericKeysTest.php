<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * copy, sort, sort_ro, object, and the expire family's NX/XX/GT/LT mode. sort and object
 * are checked against Debian's phpredis 5.3.7; copy, sort_ro and the modes (phpredis 6.x)
 * against the Redis documentation's replies.
 */
final class GenericKeysTest extends ClusterTestCase
{
    public function testCopy(): void
    {
        if ($this->onlyInPhpredis6('copy')) {
            return;
        }
        [$src, $dst] = [$this->tagged('src'), $this->tagged('dst')];
        $this->c->set($src, 'v');
        $this->assertTrue($this->c->copy($src, $dst));
        $this->assertSame('v', $this->serverGet($dst));
        $this->c->set($src, 'w');
        $this->assertFalse($this->c->copy($src, $dst), 'the destination exists');
        $this->assertTrue($this->c->copy($src, $dst, ['replace' => true]));
        $this->assertSame('w', $this->serverGet($dst));
        $this->assertFalse($this->c->copy($this->tagged('missing'), $dst));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->copy($src, $dst, ['db' => 1]), 'a cluster has database 0 only');
        $this->assertNotNull($this->c->getLastError());
    }

    public function testCopyRefusalsAndPrefix(): void
    {
        if ($this->onlyInPhpredis6('copy')) {
            return;
        }
        $this->assertRefusedLocally(fn () => $this->c->copy($this->key('a'), $this->key('b')),
            'RedisCluster::copy(): Keys must hash to the same slot');
        $p = $this->prefixed("{$this->uniq}:");
        $p->set('{x}a', 'v');
        $this->assertTrue($p->copy('{x}a', '{x}b'));
        $this->assertSame('v', $this->serverGet("{$this->uniq}:{x}b"));
    }

    public function testSort(): void
    {
        $l = $this->tagged('l');
        $this->c->rpush($l, 3, 1, 2);
        $this->assertSame(['1', '2', '3'], $this->c->sort($l));
        $this->assertSame(['3', '2'], $this->c->sort($l, ['sort' => 'desc', 'limit' => [0, 2]]));
        $this->assertSame(['1', '2', '3'], $this->c->sort($l, ['alpha' => true]));
        $this->assertSame(3, $this->c->sort($l, ['store' => $this->tagged('out')]));
        $this->assertSame('list', $this->serverCall($l, 'TYPE', $this->tagged('out')));
        $w = $this->tagged('w');
        $this->c->rpush($w, 'b', 'a', 'c');
        $this->assertFalse($this->c->sort($w));
        $this->assertStringStartsWith("ERR One or more scores can't be converted", $this->c->getLastError());
        $this->assertSame(['a', 'b', 'c'], $this->c->sort($w, ['alpha' => true]));
        $this->assertSame([], $this->c->sort($this->tagged('missing')));
        $this->c->set($s = $this->tagged('s'), 'x');
        $this->assertFalse($this->c->sort($s));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    public function testSortRefusals(): void
    {
        $l = $this->key('l');
        $this->c->rpush($l, 1);
        /* Worded as every cross-slot refusal of this module (docs/api-differences.md). */
        $this->assertRefusedLocally(fn () => $this->c->sort($l, ['store' => $this->key('other')]), self::isPhpredis()
            ? 'RedisCluster::sort(): Error, SORT key and STORE key have different slots!'
            : "RedisCluster::sort(): Keys don't hash to the same slot");
        $this->assertSame(0, $this->c->exists($this->key('other')));
        $this->assertRefusedLocally(fn () => $this->c->sort($l, ['by' => 'w_*']),
            'RedisCluster::sort(): SORT BY option is not allowed in Redis Cluster');
        $this->assertRefusedLocally(fn () => $this->c->sort($l, ['BY' => 'nosort', 'get' => '#']),
            'RedisCluster::sort(): SORT BY option is not allowed in Redis Cluster');
        $this->assertRefusedLocally(fn () => $this->c->sort($l, ['get' => ['#']]),
            'RedisCluster::sort(): GET option for SORT disabled in Redis Cluster');
        $this->assertSame(['1'], $this->c->sort($l, ['limit' => 5]), 'a limit that is not [offset, count] is ignored');
        $this->assertFalse($this->c->sort($l, ['sort' => 'sideways']));
        $this->assertSame('ERR syntax error', $this->c->getLastError());
    }

    public function testSortRo(): void
    {
        if ($this->onlyInPhpredis6('sort_ro')) {
            return;
        }
        $l = $this->key('l');
        $this->c->rpush($l, 3, 1, 2);
        $this->assertSame(['1', '2', '3'], $this->c->sort_ro($l));
        $this->assertSame(['3'], $this->c->sort_ro($l, ['SORT' => 'DESC', 'LIMIT' => [0, 1]]));
    }

    public function testSortPrefix(): void
    {
        $p = $this->prefixed("{$this->uniq}:");
        $p->rpush('{x}l', 2, 1);
        $this->assertSame(['1', '2'], $p->sort('{x}l'));
        $this->assertSame(2, $p->sort('{x}l', ['store' => '{x}o']));
        if (self::isPhpredis() && str_starts_with(phpversion('redis'), '5.')) {
            /* phpredis 5.3.7 sends the STORE key without the prefix. */
            $this->assertSame(['1', '2'], $this->serverCall('{x}o', 'LRANGE', '{x}o', 0, -1));
            $this->serverCall('{x}o', 'DEL', '{x}o');
            return;
        }
        $this->assertSame(['1', '2'], $this->serverCall("{$this->uniq}:{x}o", 'LRANGE', "{$this->uniq}:{x}o", 0, -1));
    }

    public function testObject(): void
    {
        $l = $this->key('l');
        $this->c->rpush($l, 'a');
        $this->assertSame($this->serverCall($l, 'OBJECT', 'ENCODING', $l), $this->c->object('encoding', $l));
        $this->assertSame(1, $this->c->object('refcount', $l));
        $this->assertSame(0, $this->c->object('IDLETIME', $l));
        $this->assertFalse($this->c->object('encoding', $this->key('missing')));
        $this->assertFalse($this->c->object('refcount', $this->key('missing')));
        if (!self::isPhpredis()) {
            /* phpredis 5.3.7 does not know FREQ (6.1 does). */
            $this->assertFalse($this->c->object('freq', $l), 'FREQ needs an LFU maxmemory policy');
            $this->assertStringStartsWith('ERR An LFU maxmemory policy is not selected', $this->c->getLastError());
        }
        $this->assertRefusedLocally(fn () => $this->c->object('bogus', $l),
            'RedisCluster::object(): Invalid subcommand sent to OBJECT');
        $p = $this->prefixed("{$this->uniq}:");
        $p->set('s', 'v');
        $this->assertSame('embstr', $p->object('encoding', 's'));
    }

    public function testExpireModes(): void
    {
        if ($this->onlyInPhpredis6('expiretime')) {
            return;
        }
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertFalse($this->c->expire($k, 100, 'XX'), 'XX: no TTL yet');
        $this->assertTrue($this->c->expire($k, 100, 'NX'));
        $this->assertFalse($this->c->expire($k, 200, 'nx'));
        $this->assertTrue($this->c->expire($k, 200, 'GT'));
        $this->assertFalse($this->c->expire($k, 50, 'gt'));
        $this->assertTrue($this->c->expire($k, 50, 'LT'));
        $this->assertTrue($this->c->pexpire($k, 40000, 'lt'));
        $this->assertTrue($this->c->expireat($k, time() + 30, 'LT'));
        $this->assertTrue($this->c->pexpireat($k, (time() + 20) * 1000, 'XX'));
        $this->assertLessThanOrEqual(20, $this->c->ttl($k));
        $this->assertTrue($this->c->expire($k, 30, null));
        $this->assertRefusedLocally(fn () => $this->c->expire($k, 10, 'sometimes'),
            "RedisCluster::expire(): Unknown expiration modifier 'sometimes'");
        $this->assertNull($this->c->getLastError());
    }
}
