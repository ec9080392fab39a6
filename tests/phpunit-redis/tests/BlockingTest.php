<?php

namespace RedisTests;

use Redis;

/**
 * Blocking pops and their timeouts: blPop, brPop, brpoplpush, bzPopMin, bzPopMax and
 * (phpredis 6) blmove, blmpop, bzmpop with their non-blocking kin lmpop, zmpop.
 */
final class BlockingTest extends RedisTestCase
{
    /** [what $fn returned, seconds it took] */
    private static function timed(callable $fn): array
    {
        $t = microtime(true);
        $r = $fn();
        return [$r, microtime(true) - $t];
    }

    /** Runs redis-cli $args against the master after $delay seconds, in the background. */
    private static function later(float $delay, string ...$args): void
    {
        $cmd = 'redis-cli -h 127.0.0.1 -p ' . Servers::master() . ' ' . implode(' ', array_map('escapeshellarg', $args));
        exec(sprintf('(sleep %.2f; %s) >/dev/null 2>&1 &', $delay, $cmd));
    }

    public function testListPops(): void
    {
        [$l1, $l2, $none] = [$this->key('l1'), $this->key('l2'), $this->key('none')];
        $this->serverCall('RPUSH', $l1, 'a', 'b');
        $this->serverCall('RPUSH', $l2, 'c');
        $this->assertSame([$l1, 'a'], $this->r->blPop($l1, $l2, 1));
        $this->assertSame([$l2, 'c'], $this->r->blPop([$none, $l2], 1));
        $this->assertSame([$l1, 'b'], $this->r->brPop([$l1], 1));
        [$r, $took] = self::timed(fn () => $this->r->brPop($none, $this->key('none2'), 1));
        $this->assertSame([], $r, 'a timeout: an empty array');
        $this->assertGreaterThan(0.9, $took);
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, true));
        $this->assertNull($this->r->blPop($none, 1), 'a timeout, OPT_NULL_MULTIBULK_AS_NULL: null');
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, false));

        $this->serverCall('RPUSH', $l1, 'x');
        $this->assertSame('x', $this->r->brpoplpush($l1, $this->key('dst'), 1));
        $this->assertSame(['x'], $this->serverCall('LRANGE', $this->key('dst'), 0, -1));
        [$r, $took] = self::timed(fn () => $this->r->brpoplpush($l1, $this->key('dst'), 1));
        $this->assertFalse($r);
        $this->assertGreaterThan(0.9, $took);
    }

    public function testZsetPops(): void
    {
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 1, 'a', 2, 'b');
        $this->assertSame([$z, 'a', '1'], $this->r->bzPopMin($z, 1), 'the score as the server sends it: a string');
        $this->assertSame([$z, 'b', '2'], $this->r->bzPopMax([$z, $this->key('z0')], 1));
        $this->assertSame([], $this->r->bzPopMin($this->key('z0'), $this->key('z9'), 1));
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, true));
        $this->assertNull($this->r->bzPopMax($this->key('z0'), 1));
    }

    /** A pop that blocks until another client pushes. */
    public function testWokenByAPush(): void
    {
        $l = $this->key('l');
        self::later(0.3, 'RPUSH', $l, 'pushed');
        [$r, $took] = self::timed(fn () => $this->r->blPop([$l], 5));
        $this->assertSame([$l, 'pushed'], $r);
        $this->assertGreaterThan(0.2, $took);
        $this->assertLessThan(3.0, $took);
    }

    /**
     * A timeout longer than the read timeout: phpredis 5.3.7 gives up at the read timeout
     * ("read error on connection"); this module waits for the server's own answer.
     */
    public function testTimeoutLongerThanTheReadTimeout(): void
    {
        $r = $this->client(1.0, 0.5);
        [$got, $took] = self::timed(function () use ($r) {
            try {
                return $r->blPop([$this->key('none')], 1);
            } catch (\RedisException $e) {
                return $e;
            }
        });
        if (self::isPhpredis5()) {
            $this->assertInstanceOf(\RedisException::class, $got);
            $this->assertStringStartsWith('read error on connection', $got->getMessage());
            $this->assertLessThan(0.9, $took);
            return;
        }
        $this->assertSame([], $got);
        $this->assertGreaterThan(0.9, $took);
        $this->assertSame('pong', $r->echo('pong'), 'the connection is in step');
    }

    /** Fractions of a second (Redis 6): phpredis 5.3.7 dies with a fatal error on a float timeout. */
    public function testFloatTimeouts(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        [$r, $took] = self::timed(fn () => $this->r->blPop([$this->key('none')], 0.2));
        $this->assertSame([], $r);
        $this->assertGreaterThan(0.15, $took);
        $this->assertLessThan(0.9, $took);
        [$r, $took] = self::timed(fn () => $this->r->bzPopMin($this->key('none'), 0.2));
        $this->assertSame([], $r);
        $this->assertLessThan(0.9, $took);
        [$r, $took] = self::timed(fn () => $this->r->brpoplpush($this->key('none'), $this->key('d'), 0.2));
        $this->assertFalse($r);
        $this->assertLessThan(0.9, $took);
    }

    public function testBlmove(): void
    {
        if ($this->onlyInPhpredis6('blmove')) {
            return;
        }
        $src = $this->key('src');
        $dst = $this->key('dst');
        $this->serverCall('RPUSH', $src, 'a', 'b');
        $this->assertSame('a', $this->r->blmove($src, $dst, Redis::LEFT, Redis::RIGHT, 1));
        $this->assertSame('b', $this->r->blmove($src, $dst, 'right', 'left', 0.5));
        $this->assertSame(['b', 'a'], $this->serverCall('LRANGE', $dst, 0, -1));
        [$r, $took] = self::timed(fn () => $this->r->blmove($src, $dst, 'LEFT', 'LEFT', 0.3));
        $this->assertFalse($r);
        $this->assertGreaterThan(0.25, $took);
    }

    /** LMPOP / BLMPOP: [key, [elements]]; nothing to pop: false (null with OPT_NULL_MULTIBULK_AS_NULL). */
    public function testLmpopBlmpop(): void
    {
        if ($this->onlyInPhpredis6('lmpop')) {
            return;
        }
        $a = $this->key('a');
        $b = $this->key('b');
        $this->serverCall('RPUSH', $b, 'x', 'y', 'z');
        $this->assertSame([$b, ['x']], $this->r->lmpop([$a, $b], 'LEFT'));
        $this->assertSame([$b, ['z', 'y']], $this->r->lmpop([$a, $b], 'right', 5));
        $this->assertFalse($this->r->lmpop([$a, $b], 'LEFT'));
        $this->serverCall('RPUSH', $a, '1', '2', '3');
        $this->assertSame([$a, ['1', '2']], $this->r->blmpop(1, [$a, $b], 'LEFT', 2));
        [$r, $took] = self::timed(fn () => $this->r->blmpop(0.3, [$b], 'LEFT'));
        $this->assertFalse($r);
        $this->assertGreaterThan(0.25, $took);
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, true));
        $this->assertNull($this->r->lmpop([$b], 'LEFT'));
    }

    /** ZMPOP / BZMPOP: [key, [member => score]]; nothing: false (null with OPT_NULL_MULTIBULK_AS_NULL). */
    public function testZmpopBzmpop(): void
    {
        if ($this->onlyInPhpredis6('zmpop')) {
            return;
        }
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 1, 'a', 2, 'b', 3, 'c', 1.5, 'd');
        $this->assertSame([$z, ['a' => 1.0]], $this->r->zmpop([$this->key('none'), $z], 'MIN'));
        $this->assertSame([$z, ['c' => 3.0, 'b' => 2.0]], $this->r->zmpop([$z], 'max', 2));
        $this->assertSame([$z, ['d' => 1.5]], $this->r->bzmpop(1, [$z], 'MIN'));
        $this->assertFalse($this->r->zmpop([$z], 'MIN'));
        [$r, $took] = self::timed(fn () => $this->r->bzmpop(0.3, [$z], 'MAX'));
        $this->assertFalse($r);
        $this->assertGreaterThan(0.25, $took);
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, true));
        $this->assertNull($this->r->zmpop([$z], 'MIN'));
    }
}
