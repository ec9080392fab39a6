<?php

namespace RedisTests;

use Redis;

/** Keys: deletion, existence, expiry, types, renames, dump/restore, object, copy, sort. */
final class KeysTest extends RedisTestCase
{
    /** Four keys a..d holding 1..4; their names. */
    private function four(): array
    {
        $keys = array_map(fn ($n) => $this->key($n), ['a', 'b', 'c', 'd']);
        $this->assertTrue($this->r->mset(array_combine($keys, [1, 2, 3, 4])));
        return $keys;
    }

    public function testDelUnlink(): void
    {
        [$a, $b, $c, $d] = $this->four();
        $this->assertSame(1, $this->r->del($a));
        $this->assertSame(0, $this->r->del($a));
        $this->assertSame(2, $this->r->del([$b, $c]));
        $this->assertSame(1, $this->r->del($d, $this->key('x'), $this->key('y')));
        $this->assertSame(0, $this->serverCall('EXISTS', $a, $b, $c, $d));
        [$a, $b, $c, $d] = $this->four();
        [$n, $warnings] = $this->quietly(fn () => $this->r->delete($a, $b));
        $this->assertSame(2, $n, 'delete() is del()');
        $this->assertSame([], array_diff($warnings, ['Method Redis::delete() is deprecated']));
        $this->assertSame(1, $this->r->unlink($c));
        $this->assertSame(1, $this->r->unlink([$d, $this->key('x')]));
        $this->assertSame(0, $this->serverCall('EXISTS', $a, $b, $c, $d));
    }

    public function testExistsTouch(): void
    {
        [$a, $b] = $this->four();
        $this->assertSame(1, $this->r->exists($a));
        $this->assertSame(3, $this->r->exists($a, $a, $b, $this->key('none')), 'counts repeats, as EXISTS does');
        $this->assertSame(2, $this->r->exists([$a, $b]));
        $this->assertSame(0, $this->r->exists($this->key('none')));
        if ($this->onlyInPhpredis6('touch')) {
            return;
        }
        $this->serverCall('DEBUG', 'SLEEP', '0');
        $this->assertSame(2, $this->r->touch($a, $b, $this->key('none')));
        $this->assertSame(1, $this->r->touch([$a]));
        $this->assertLessThanOrEqual(1, $this->serverCall('OBJECT', 'IDLETIME', $a));
    }

    public function testExpiry(): void
    {
        [$a] = $this->four();
        $none = $this->key('none');
        $this->assertTrue($this->r->expire($a, 100));
        $this->assertSame(100, $this->serverCall('TTL', $a));
        $this->assertFalse($this->r->expire($none, 100));
        $this->assertSame(100, $this->r->ttl($a));
        $this->assertSame(-2, $this->r->ttl($none));
        $this->assertSame(-2, $this->r->pttl($none));
        $this->assertTrue($this->r->persist($a));
        $this->assertFalse($this->r->persist($a));
        $this->assertSame(-1, $this->r->ttl($a));
        $this->assertSame(-1, $this->serverCall('TTL', $a));
        $this->assertTrue($this->r->expireAt($a, time() + 50));
        $this->assertGreaterThanOrEqual(49, $this->serverCall('TTL', $a));
        $this->assertTrue($this->r->pexpire($a, 5000));
        $this->assertLessThanOrEqual(5000, $this->r->pttl($a));
        $this->assertGreaterThan(4000, $this->serverCall('PTTL', $a));
        $this->assertTrue($this->r->pexpireAt($a, (time() + 60) * 1000));
        $this->assertGreaterThan(55, $this->serverCall('TTL', $a));
        $this->assertTrue($this->r->expire($a, 0), 'an expiry in the past deletes');
        $this->assertSame(0, $this->serverCall('EXISTS', $a));
    }

    /** NX, XX, GT, LT (Redis 7) and EXPIRETIME / PEXPIRETIME: phpredis 6. */
    public function testExpiryModesAndExpiretime(): void
    {
        if ($this->onlyInPhpredis6('expiretime')) {
            return;
        }
        [$a] = $this->four();
        $this->assertSame(-1, $this->r->expiretime($a));
        $this->assertSame(-2, $this->r->expiretime($this->key('none')));
        $this->assertTrue($this->r->expire($a, 100, 'NX'));
        $this->assertFalse($this->r->expire($a, 200, 'NX'));
        $this->assertTrue($this->r->expire($a, 200, 'GT'));
        $this->assertFalse($this->r->expire($a, 50, 'GT'));
        $this->assertTrue($this->r->expire($a, 50, 'LT'));
        $this->assertSame(50, $this->serverCall('TTL', $a));
        $at = time() + 1000;
        $this->assertTrue($this->r->expireAt($a, $at, 'XX'));
        $this->assertSame($at, $this->r->expiretime($a));
        $this->assertSame($at * 1000, $this->r->pexpiretime($a));
        $this->assertTrue($this->r->pexpire($a, 500000, 'LT'));
        $this->assertTrue($this->r->pexpireAt($a, ($at + 5) * 1000, 'GT'));
        $this->assertSame(($at + 5) * 1000, (int)$this->serverCall('PEXPIRETIME', $a));
        $this->assertFalse($this->r->expire($this->key('none'), 10, 'XX'));
    }

    public function testType(): void
    {
        $k = fn ($n) => $this->key($n);
        $this->serverCall('SET', $k('str'), 'x');
        $this->serverCall('RPUSH', $k('list'), 'x');
        $this->serverCall('SADD', $k('set'), 'x');
        $this->serverCall('ZADD', $k('zset'), 1, 'x');
        $this->serverCall('HSET', $k('hash'), 'f', 'v');
        $this->serverCall('XADD', $k('stream'), '*', 'f', 'v');
        $this->assertSame([Redis::REDIS_STRING, Redis::REDIS_LIST, Redis::REDIS_SET, Redis::REDIS_ZSET, Redis::REDIS_HASH,
            Redis::REDIS_STREAM, Redis::REDIS_NOT_FOUND],
            array_map(fn ($n) => $this->r->type($k($n)), ['str', 'list', 'set', 'zset', 'hash', 'stream', 'none']));
    }

    public function testRename(): void
    {
        [$a, $b] = $this->four();
        $e = $this->key('e');
        $this->assertTrue($this->r->rename($a, $e));
        $this->assertSame('1', $this->serverGet($e));
        $this->assertNull($this->serverGet($a));
        $this->assertFalse($this->r->rename($this->key('none'), $e));
        $this->assertSame('ERR no such key', $this->lastError());
        $this->assertFalse($this->r->renameNx($e, $b));
        $this->assertSame('2', $this->serverGet($b));
        $this->assertTrue($this->r->renameNx($e, $this->key('f')));
        $this->assertSame('1', $this->serverGet($this->key('f')));
    }

    public function testKeysAndRandomKey(): void
    {
        $keys = $this->four();
        $got = $this->r->keys("$this->uniq:*");
        sort($got);
        $this->assertSame($keys, $got);
        $this->assertSame([], $this->r->keys("$this->uniq:nomatch*"));
        $this->assertTrue($this->r->select(13));
        Servers::callIn(Servers::master(), 13, 'FLUSHDB');
        $this->assertFalse($this->r->randomKey(), 'an empty db');
        Servers::callIn(Servers::master(), 13, 'SET', $this->key('only'), 'x');
        $this->assertSame($this->key('only'), $this->r->randomKey());
    }

    public function testDumpRestore(): void
    {
        [$a] = $this->four();
        $dump = $this->r->dump($a);
        $this->assertSame($this->serverCall('DUMP', $a), $dump);
        $this->assertFalse($this->r->dump($this->key('none')));
        $this->assertTrue($this->r->restore($this->key('r1'), 0, $dump));
        $this->assertSame('1', $this->serverGet($this->key('r1')));
        $this->assertSame(-1, $this->serverCall('TTL', $this->key('r1')));
        $this->assertTrue($this->r->restore($this->key('r2'), 5000, $dump));
        $this->assertGreaterThan(4000, $this->serverCall('PTTL', $this->key('r2')));
        // BUSYKEY is thrown, not returned (only ERR-like errors are false).
        $e = $this->assertThrows(fn () => $this->r->restore($this->key('r1'), 0, $dump));
        $this->assertSame('BUSYKEY Target key name already exists.', $e->getMessage());
        $this->assertFalse($this->r->restore($this->key('r3'), 0, 'garbage'));
        $this->assertSame('ERR DUMP payload version or checksum are wrong', $this->lastError());
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->serverCall('SET', $a, 'changed');
        $this->assertTrue($this->r->restore($this->key('r1'), 0, $this->serverCall('DUMP', $a), ['REPLACE']));
        $this->assertSame('changed', $this->serverGet($this->key('r1')));
        $this->assertTrue($this->r->restore($this->key('r4'), (time() + 100) * 1000, $dump, ['ABSTTL']));
        $this->assertGreaterThan(90, $this->serverCall('TTL', $this->key('r4')));
        $this->assertTrue($this->r->restore($this->key('r5'), 0, $dump, ['IDLETIME' => 1000]));
        $this->assertGreaterThanOrEqual(1000, $this->serverCall('OBJECT', 'IDLETIME', $this->key('r5')));
    }

    public function testObject(): void
    {
        $l = $this->key('l');
        $this->serverCall('RPUSH', $l, 'x');
        $this->assertSame($this->serverCall('OBJECT', 'ENCODING', $l), $this->r->object('encoding', $l));
        $this->assertSame(1, $this->r->object('refcount', $l));
        $this->assertIsInt($this->r->object('idletime', $l));
        $this->assertFalse($this->r->object('encoding', $this->key('none')));
        [$r, $warnings] = $this->quietly(fn () => $this->r->object('bogus', $l));
        $this->assertFalse($r);
        $this->assertCount(1, $warnings);
        if ($this->onlyInPhpredis6()) {
            return;
        }
        // FREQ needs an LFU policy.
        $this->assertFalse($this->r->object('freq', $l));
        $this->assertStringStartsWith('ERR An LFU maxmemory policy is not selected', $this->lastError());
    }

    /** phpredis's debug($key) sends DEBUG <key>: the key is DEBUG's subcommand. */
    public function testDebug(): void
    {
        // DEBUG DIGEST's status reply: phpredis 5.3.7 returns it with its '+'.
        $digest = $this->r->debug('digest');
        $this->assertMatchesRegularExpression(self::isPhpredis5() ? '/^\+[0-9a-f]{40}$/' : '/^\+?[0-9a-f]{40}$/', $digest);
        $this->assertFalse($this->r->debug($this->key()));
        $this->assertSame("ERR unknown subcommand or wrong number of arguments for '{$this->key()}'. Try DEBUG HELP.",
            $this->lastError(), 'the key was sent as the subcommand');
    }

    public function testCopy(): void
    {
        if ($this->onlyInPhpredis6('copy')) {
            return;
        }
        [$a, $b] = $this->four();
        $this->assertTrue($this->r->copy($a, $this->key('copy')));
        $this->assertSame('1', $this->serverGet($this->key('copy')));
        $this->assertFalse($this->r->copy($a, $b), 'the target exists');
        $this->assertSame('2', $this->serverGet($b));
        $this->assertTrue($this->r->copy($a, $b, ['replace' => true]));
        $this->assertSame('1', $this->serverGet($b));
        $this->assertTrue($this->r->copy($a, $a . 'in8', ['db' => 8]));
        $this->assertSame('1', $this->serverGet($a . 'in8', 8));
        $this->assertFalse($this->r->copy($this->key('none'), $this->key('x')));
    }

    public function testSort(): void
    {
        $l = $this->key('l');
        $this->serverCall('RPUSH', $l, 3, 1, 2);
        foreach ([1 => 30, 2 => 10, 3 => 20] as $i => $w) {
            $this->serverCall('SET', $this->key("w_$i"), $w);
            $this->serverCall('SET', $this->key("o_$i"), ['one', 'two', 'three'][$i - 1]);
        }
        $this->serverCall('RPUSH', $this->key('al'), 'b', 'a', 'c');
        $w = $this->key('w_*');
        $o = $this->key('o_*');
        $this->assertSame(['1', '2', '3'], $this->r->sort($l));
        $this->assertSame(['3', '2', '1'], $this->r->sort($l, ['sort' => 'desc']));
        $this->assertSame(['2', '3', '1'], $this->r->sort($l, ['by' => $w]));
        $this->assertSame(['two', 'three', 'one'], $this->r->sort($l, ['by' => $w, 'get' => $o]));
        $this->assertSame(['2', 'two', '3', 'three', '1', 'one'], $this->r->sort($l, ['by' => $w, 'get' => ['#', $o]]));
        $this->assertSame(['2', '3'], $this->r->sort($l, ['limit' => [1, 2]]));
        $this->assertSame(['a', 'b', 'c'], $this->r->sort($this->key('al'), ['alpha' => true]));
        $this->assertSame(3, $this->r->sort($l, ['store' => $this->key('dst')]));
        $this->assertSame(['1', '2', '3'], $this->serverCall('LRANGE', $this->key('dst'), 0, -1));
        $this->assertSame([], $this->r->sort($this->key('none')));
        $this->assertFalse($this->r->sort($this->key('al')));
        $this->assertSame("ERR One or more scores can't be converted into double", $this->lastError());

        // The deprecated helpers (phpredis 6 marks them so).
        $calls = [
            [fn () => $this->r->sortAsc($l), ['1', '2', '3']],
            [fn () => $this->r->sortDesc($l), ['3', '2', '1']],
            [fn () => $this->r->sortAscAlpha($this->key('al')), ['a', 'b', 'c']],
            [fn () => $this->r->sortDescAlpha($this->key('al')), ['c', 'b', 'a']],
            [fn () => $this->r->sortAsc($l, $w, $o), ['two', 'three', 'one']],
            [fn () => $this->r->sortAsc($l, null, null, 0, 2), ['1', '2']],
            [fn () => $this->r->sortDesc($l, null, null, 1, 1), ['2']],
            [fn () => $this->r->sortAsc($l, null, null, -1, -1, $this->key('dst2')), 3],
        ];
        foreach ($calls as $i => [$fn, $want]) {
            [$got, $warnings] = $this->quietly($fn);
            $this->assertSame($want, $got, "call $i");
            foreach ($warnings as $w2) {
                $this->assertMatchesRegularExpression('/^Method Redis::sort(Asc|Desc)(Alpha)?\(\) is deprecated$/', $w2);
            }
        }
        $this->assertSame(['1', '2', '3'], $this->serverCall('LRANGE', $this->key('dst2'), 0, -1));
        if ($this->onlyInPhpredis6('sort_ro')) {
            return;
        }
        $this->assertSame(['two', 'three', 'one'], $this->r->sort_ro($l, ['by' => $w, 'get' => $o]));
    }
}
