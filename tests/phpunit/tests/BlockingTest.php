<?php

namespace RedisClusterTests;

use RedisCluster;
use RedisClusterException;

/**
 * Blocking pops (blpop, brpop, brpoplpush, bzpopmin, bzpopmax; 6.x: blmove, blmpop,
 * bzmpop) and their non-blocking kin lmpop, zmpop: the values and types phpredis
 * returns, checked against Debian's phpredis 5.3.7 for the methods it has; the 6.x ones
 * against the replies the Redis documentation gives.
 */
final class BlockingTest extends ClusterTestCase
{
    /** phpredis 5.3.7 lacks the 6.x methods; nothing else may be missing. */
    private function has(string $method): bool
    {
        if (self::isPhpredis() && !method_exists(RedisCluster::class, $method)) {
            $this->assertStringStartsWith('5.', phpversion('redis'), "$method() is missing only from phpredis 5.x");
            return false;
        }
        return true;
    }

    /** Runs $fn and returns [its result, the seconds it took]. */
    private static function timed(callable $fn): array
    {
        $t = microtime(true);
        $r = $fn();
        return [$r, microtime(true) - $t];
    }

    public function testBlpopBrpopForms(): void
    {
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->rpush($b, 'x', 'y', 'z');
        $this->assertSame([$b, 'x'], $this->c->blpop([$a, $b], 1), 'keys as an array');
        $this->assertSame([$b, 'z'], $this->c->brpop($a, $b, 1), 'keys as arguments, the timeout last');
        $this->assertSame([$b, 'y'], $this->c->blpop($b, 1), 'one key');
        $this->assertSame(0, $this->c->exists($b));
    }

    public function testBlpopTimesOutWithAnEmptyArray(): void
    {
        [$r, $took] = self::timed(fn () => $this->c->blpop([$this->tagged('a'), $this->tagged('b')], 1));
        $this->assertSame([], $r, 'phpredis\'s RedisCluster returns [] when nothing was popped');
        $this->assertGreaterThanOrEqual(0.9, $took);
        $this->assertNull($this->c->getLastError());
        [$r] = self::timed(fn () => $this->c->brpop($this->key(), 1));
        $this->assertSame([], $r);
    }

    public function testBlpopWithNullMultibulkAsNull(): void
    {
        $this->c->setOption(RedisCluster::OPT_NULL_MULTIBULK_AS_NULL, true);
        $this->assertNull($this->c->blpop($this->key(), 1));
    }

    public function testBlpopUnserializes(): void
    {
        $l = $this->key();
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->c->rpush($l, ['an' => 'array']);
        $this->assertSame([$l, ['an' => 'array']], $this->c->blpop($l, 1));
    }

    public function testBrpoplpush(): void
    {
        $src = $this->tagged('src');
        $dst = $this->tagged('dst');
        $this->c->rpush($src, 'a', 'b');
        $this->assertSame('b', $this->c->brpoplpush($src, $dst, 1));
        $this->assertSame(['b'], $this->c->lrange($dst, 0, -1));
        [$r, $took] = self::timed(fn () => $this->c->brpoplpush($this->tagged('none'), $dst, 1));
        $this->assertFalse($r, 'a timeout is false');
        $this->assertGreaterThanOrEqual(0.9, $took);
    }

    public function testBzpopminBzpopmax(): void
    {
        $z = $this->tagged('z');
        $this->c->zadd($z, 1, 'a', 2, 'b', 3, 'c');
        $this->assertSame([$z, 'a', '1'], $this->c->bzpopmin($z, 1), '[key, member, score as a string]');
        $this->assertSame([$z, 'c', '3'], $this->c->bzpopmax([$this->tagged('none'), $z], 1));
        $this->assertSame([], $this->c->bzpopmin($this->tagged('none'), 1), 'a timeout is []');
    }

    public function testKeysInSeveralSlotsAreRefused(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertNotSame(self::admin()->slot($a), self::admin()->slot($b));
        $this->assertRefusedLocally(fn () => $this->c->blpop($a, $b, 1), 'RedisCluster::blpop(): Not all keys hash to the same slot');
        $this->assertRefusedLocally(fn () => $this->c->brpop([$a, $b], 1), 'RedisCluster::brpop(): Not all keys hash to the same slot!');
        $this->assertRefusedLocally(fn () => $this->c->bzpopmax($a, $b, 1), 'RedisCluster::bzpopmax(): Not all keys hash to the same slot');
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly(fn () => $this->c->brpoplpush($a, $b, 1));
        $this->assertFalse($r);
        $this->assertSame([self::isPhpredis() ? 'RedisCluster::brpoplpush(): Keys hash to different slots!'
            : "RedisCluster::brpoplpush(): Keys don't hash to the same slot"], $warnings);
    }

    public function testWrongTypeIsFalseWithTheError(): void
    {
        $s = $this->key();
        $this->c->set($s, 'v');
        $this->assertFalse($this->c->blpop($s, 1));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    /**
     * The read waits for the command's own timeout plus the read timeout: a read timeout
     * shorter than the command's timeout does not cut it short. phpredis 5.3.7 waits the
     * read timeout only, and throws.
     */
    public function testReadWaitsForTheCommandsTimeout(): void
    {
        $c = $this->client(2.0, 0.5);
        try {
            [$r, $took] = self::timed(fn () => $c->blpop($this->key(), 2));
            $this->assertFalse(self::isPhpredis(), 'phpredis 5.3.7 times out before the server answers');
            $this->assertSame([], $r);
            $this->assertGreaterThanOrEqual(1.9, $took);
            $this->assertLessThan(2.5, $took);
        } catch (RedisClusterException $e) {
            $this->assertTrue(self::isPhpredis(), $e->getMessage());
        }
    }

    /**
     * Timeout 0 (the server waits for ever) with a read timeout: the read still ends after
     * the read timeout, with an exception; the object works on afterwards.
     */
    public function testTimeoutZeroEndsAfterTheReadTimeout(): void
    {
        $c = $this->client(2.0, 1.0);
        $t = microtime(true);
        try {
            $c->blpop($this->key(), 0);
            $this->fail('no exception');
        } catch (RedisClusterException $e) {
            $this->assertLessThan(2.5, microtime(true) - $t);
        }
        $this->assertTrue($c->set($this->key('after'), 'v'));
        $this->assertSame('v', $c->get($this->key('after')));
    }

    /** phpredis 6.x takes a float timeout (5.3.7 refuses anything but an int). */
    public function testFloatTimeout(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'float timeouts are phpredis 6');
            return;
        }
        [$r, $took] = self::timed(fn () => $this->c->blpop($this->key(), 0.3));
        $this->assertSame([], $r);
        $this->assertGreaterThanOrEqual(0.25, $took);
        $this->assertLessThan(1.0, $took);
        [$r] = self::timed(fn () => $this->c->bzpopmin($this->key(), '0.2'));
        $this->assertSame([], $r);
    }

    /** BLMOVE: LMOVE's reply (the element, nil -> false) after up to $timeout seconds. */
    public function testBlmove(): void
    {
        if (!$this->has('blmove')) {
            return;
        }
        $src = $this->tagged('src');
        $dst = $this->tagged('dst');
        $this->c->rpush($src, 'a', 'b');
        $this->assertSame('a', $this->c->blmove($src, $dst, 'LEFT', 'RIGHT', 1));
        $this->assertSame('b', $this->c->blmove($src, $dst, 'right', 'left', 0.5));
        $this->assertSame(['b', 'a'], $this->c->lrange($dst, 0, -1));
        [$r, $took] = self::timed(fn () => $this->c->blmove($src, $dst, 'LEFT', 'LEFT', 0.3));
        $this->assertFalse($r);
        $this->assertGreaterThanOrEqual(0.25, $took);
    }

    /** LMPOP / BLMPOP: [key, [elements]] from the first non-empty list; nil -> null. */
    public function testLmpopBlmpop(): void
    {
        if (!$this->has('lmpop')) {
            return;
        }
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->rpush($b, 'x', 'y', 'z');
        $this->assertSame([$b, ['x']], $this->c->lmpop([$a, $b], 'LEFT'));
        $this->assertSame([$b, ['z', 'y']], $this->c->lmpop([$a, $b], 'right', 5));
        $this->assertFalse($this->c->lmpop([$a, $b], 'LEFT'), 'nothing to pop: false, as phpredis');
        $this->c->rpush($a, '1', '2');
        $this->assertSame([$a, ['1', '2']], $this->c->blmpop(1, [$a, $b], 'LEFT', 2));
        [$r, $took] = self::timed(fn () => $this->c->blmpop(0.3, [$a, $b], 'LEFT'));
        $this->assertFalse($r, 'timed out: false, as phpredis');
        $this->assertGreaterThanOrEqual(0.25, $took);
        [$r, $warnings] = $this->quietly(fn () => $this->c->lmpop([$this->key('x'), $this->key('y')], 'LEFT'));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::lmpop(): Keys don't hash to the same slot"], $warnings);
    }

    /** ZMPOP / BZMPOP: [key, [member => score]]; nil -> null. */
    public function testZmpopBzmpop(): void
    {
        if (!$this->has('zmpop')) {
            return;
        }
        $z = $this->tagged('z');
        $this->c->zadd($z, 1, 'a', 2, 'b', 3, 'c');
        $this->assertSame([$z, ['a' => 1.0]], $this->c->zmpop([$this->tagged('none'), $z], 'MIN'));
        $this->assertSame([$z, ['c' => 3.0, 'b' => 2.0]], $this->c->zmpop([$z], 'max', 2));
        $this->assertFalse($this->c->zmpop([$z], 'MIN'));
        $this->c->zadd($z, 1.5, 'd');
        $this->assertSame([$z, ['d' => 1.5]], $this->c->bzmpop(1, [$z], 'MIN'));
        [$r, $took] = self::timed(fn () => $this->c->bzmpop(0.3, [$z], 'MAX'));
        $this->assertFalse($r);
        $this->assertGreaterThanOrEqual(0.25, $took);
    }
}
