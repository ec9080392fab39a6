<?php

namespace RedisClusterTests;

use RedisCluster;

final class KeysTest extends ClusterTestCase
{
    /** @return array{0: list<string>, 1: list<string>} keys set on every master, and missing keys */
    private function spreadKeys(): array
    {
        $keys = array_slice($this->keysOnEveryMaster(12), 0, 12);
        foreach ($keys as $k) {
            $this->c->set($k, 'v');
        }
        return [$keys, [$this->key('missing1'), $this->key('missing2')]];
    }

    public function testDelVarargsAcrossSlots(): void
    {
        [$keys, $missing] = $this->spreadKeys();
        $this->assertSame(12, $this->c->del(...array_merge($keys, $missing)));
        foreach ($keys as $k) {
            $this->assertNull($this->serverGet($k));
        }
        $this->assertSame(0, $this->c->del(...$keys));
    }

    public function testDelArrayAcrossSlots(): void
    {
        [$keys, $missing] = $this->spreadKeys();
        $this->assertSame(12, $this->c->del(array_merge($missing, $keys)));
        $this->assertSame(0, $this->c->del($keys));
    }

    public function testDelOneKey(): void
    {
        $k = $this->key();
        $this->assertSame(0, $this->c->del($k));
        $this->c->set($k, 'v');
        $this->assertSame(1, $this->c->del($k));
    }

    public function testDelEmptyArrayIsFalse(): void
    {
        $this->assertFalse($this->c->del([]));
    }

    public function testUnlinkVarargsAcrossSlots(): void
    {
        [$keys, $missing] = $this->spreadKeys();
        $this->assertSame(12, $this->c->unlink(...array_merge($keys, $missing)));
        foreach ($keys as $k) {
            $this->assertNull($this->serverGet($k));
        }
    }

    public function testUnlinkArrayAcrossSlots(): void
    {
        [$keys, $missing] = $this->spreadKeys();
        $this->assertSame(12, $this->c->unlink(array_merge($keys, $missing)));
        $this->assertSame(0, $this->c->unlink($keys));
        $this->assertSame(0, $this->c->unlink($this->key('none')));
    }

    public function testExistsOneKey(): void
    {
        $k = $this->key();
        $this->assertSame(0, $this->c->exists($k), 'an int, not a bool');
        $this->c->set($k, 'v');
        $this->assertSame(1, $this->c->exists($k));
    }

    public function testExistsSeveralKeysInOneSlot(): void
    {
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->set($a, 'v');
        $this->c->set($b, 'v');
        $this->assertSame(2, $this->c->exists($a, $b, $this->tagged('missing')));
        $this->assertSame(2, $this->c->exists([$a, $b, $this->tagged('missing')]));
        $this->assertSame(2, $this->c->exists($a, $a), 'a key named twice counts twice');
    }

    /**
     * phpredis 5.3.7 sends EXISTS to one node: keys of several slots are refused with a
     * warning. This module splits EXISTS by slot like DEL and sums the counts.
     */
    public function testExistsAcrossSlots(): void
    {
        [$keys] = $this->spreadKeys();
        if (!self::isPhpredis()) {
            $this->assertSame(count($keys), $this->c->exists(...$keys));
            $this->assertSame(count($keys), $this->c->exists(array_merge($keys, [$this->key('missing')])));
            return;
        }
        [$r, $warnings] = $this->quietly(fn () => $this->c->exists(...$keys));
        $this->assertFalse($r);
        $this->assertCount(1, $warnings);
        $this->assertStringContainsString('hash to the same slot', $warnings[0]);
        [$r, $warnings] = $this->quietly(fn () => $this->c->exists($keys));
        $this->assertFalse($r);
        $this->assertCount(1, $warnings);
        $this->assertStringContainsString('hash to the same slot', $warnings[0]);
    }

    /**
     * phpredis 5.3.7's RedisCluster has no touch(); 6.x sends TOUCH like EXISTS: one slot,
     * an int count; keys of several slots are refused with a warning.
     */
    public function testTouch(): void
    {
        if ($this->skipOnPhpredis5('touch')) {
            return;
        }
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->set($a, 'v');
        $this->c->set($b, 'v');
        $this->assertSame(1, $this->c->touch($a));
        $this->assertSame(0, $this->c->touch($this->tagged('missing')));
        $this->assertSame(2, $this->c->touch($a, $b, $this->tagged('missing')));
        $this->assertSame(2, $this->c->touch([$a, $b, $this->tagged('missing')]));
        [$keys] = $this->spreadKeys();
        if (!self::isPhpredis()) {
            /* Split by slot here, as DEL is. */
            $this->assertSame(count($keys), $this->c->touch(...$keys));
            $this->assertSame(count($keys), $this->c->touch($keys));
            return;
        }
        [$r, $warnings] = $this->quietly(fn () => $this->c->touch(...$keys));
        $this->assertFalse($r);
        $this->assertCount(1, $warnings);
        [$r, $warnings] = $this->quietly(fn () => $this->c->touch($keys));
        $this->assertFalse($r);
        $this->assertCount(1, $warnings);
    }

    public function testExpireTtlPersist(): void
    {
        $k = $this->key();
        $this->assertSame(-2, $this->c->ttl($k), 'missing key');
        $this->assertSame(-2, $this->c->pttl($k));
        $this->assertFalse($this->c->expire($k, 100), 'expire on a missing key is false');
        $this->c->set($k, 'v');
        $this->assertSame(-1, $this->c->ttl($k), 'no expiry');
        $this->assertSame(-1, $this->c->pttl($k));
        $this->assertTrue($this->c->expire($k, 100));
        $this->assertContains($this->c->ttl($k), [99, 100]);
        $this->assertTrue($this->c->persist($k));
        $this->assertFalse($this->c->persist($k), 'nothing left to persist');
        $this->assertFalse($this->c->persist($this->key('missing')));
        $this->assertSame(-1, $this->c->ttl($k));
    }

    public function testPexpire(): void
    {
        $k = $this->key();
        $this->assertFalse($this->c->pexpire($k, 100000));
        $this->c->set($k, 'v');
        $this->assertTrue($this->c->pexpire($k, 100000));
        $pttl = $this->c->pttl($k);
        $this->assertIsInt($pttl);
        $this->assertGreaterThan(98000, $pttl);
        $this->assertLessThanOrEqual(100000, $pttl);
    }

    public function testExpireat(): void
    {
        $k = $this->key();
        $this->assertFalse($this->c->expireat($k, time() + 100));
        $this->c->set($k, 'v');
        $this->assertTrue($this->c->expireat($k, time() + 100));
        $this->assertGreaterThanOrEqual(98, $this->c->ttl($k));
        $this->assertTrue($this->c->expireat($k, time() - 10), 'a past time deletes the key');
        $this->assertFalse($this->c->get($k));
    }

    public function testTypeReturnsConstants(): void
    {
        $k = fn ($n) => $this->key($n);
        $this->c->set($k('s'), 'v');
        $this->c->rpush($k('l'), 'v');
        $this->c->sadd($k('set'), 'v');
        $this->c->zadd($k('z'), 1, 'v');
        $this->c->hset($k('h'), 'f', 'v');
        $this->serverCall($k('x'), 'XADD', $k('x'), '*', 'f', 'v');
        $this->assertSame(RedisCluster::REDIS_STRING, $this->c->type($k('s')));
        $this->assertSame(RedisCluster::REDIS_LIST, $this->c->type($k('l')));
        $this->assertSame(RedisCluster::REDIS_SET, $this->c->type($k('set')));
        $this->assertSame(RedisCluster::REDIS_ZSET, $this->c->type($k('z')));
        $this->assertSame(RedisCluster::REDIS_HASH, $this->c->type($k('h')));
        $this->assertSame(RedisCluster::REDIS_STREAM, $this->c->type($k('x')));
        $this->assertSame(RedisCluster::REDIS_NOT_FOUND, $this->c->type($k('missing')));
        $this->assertSame(1, $this->c->type($k('s')), 'REDIS_STRING is 1');
        $this->assertSame(0, $this->c->type($k('missing')), 'REDIS_NOT_FOUND is 0');
    }

    public function testRenameInOneSlot(): void
    {
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->set($a, 'v');
        $this->assertTrue($this->c->rename($a, $b));
        $this->assertFalse($this->c->get($a));
        $this->assertSame('v', $this->c->get($b));
        $this->assertFalse($this->c->rename($a, $b), 'the source is gone');
        $this->assertSame('ERR no such key', $this->c->getLastError());
    }

    public function testRenameAcrossSlotsIsRefusedLocally(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertNotSame(self::admin()->slot($a), self::admin()->slot($b));
        $this->c->set($a, 'v');
        [$r, $warnings] = $this->quietly(fn () => $this->c->rename($a, $b));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::rename(): Keys don't hash to the same slot"], $warnings);
        $this->assertSame('v', $this->c->get($a));
    }

    public function testDumpRestore(): void
    {
        $src = $this->key('src');
        $dst = $this->key('dst');
        $this->assertFalse($this->c->dump($src), 'dump of a missing key is false');
        $this->c->set($src, "payload\0");
        $dump = $this->c->dump($src);
        $this->assertIsString($dump);
        $this->assertSame($this->serverCall($src, 'DUMP', $src), $dump);
        $this->assertTrue($this->c->restore($dst, 0, $dump));
        $this->assertSame("payload\0", $this->c->get($dst));
        $this->assertSame(-1, $this->c->ttl($dst));
        $this->assertFalse($this->c->restore($dst, 0, $dump), 'the target exists');
        $this->assertSame('BUSYKEY Target key name already exists.', $this->c->getLastError());
        $dst2 = $this->key('dst2');
        $this->assertTrue($this->c->restore($dst2, 100000, $dump));
        $this->assertGreaterThan(98000, $this->c->pttl($dst2));
        $this->assertFalse($this->c->restore($this->key('dst3'), 0, 'garbage'));
        $this->assertSame('ERR DUMP payload version or checksum are wrong', $this->c->getLastError());
    }
}
