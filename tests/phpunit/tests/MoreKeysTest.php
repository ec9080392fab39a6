<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * expiretime and pexpiretime. phpredis 5.3.7's RedisCluster has neither; phpredis 6.x
 * documents them as EXPIRETIME/PEXPIRETIME with an int reply: the absolute Unix time of
 * expiry (seconds, milliseconds), -1 when the key has no expiry, -2 when it is missing.
 */
final class MoreKeysTest extends ClusterTestCase
{
    public function testExpiretimeIsMissingFromPhpredis5Only(): void
    {
        foreach (['expiretime', 'pexpiretime'] as $method) {
            $this->assertSame(!self::isPhpredis() || !str_starts_with(phpversion('redis'), '5.'),
                method_exists(RedisCluster::class, $method), $method);
        }
    }

    public function testExpiretime(): void
    {
        if ($this->skipOnPhpredis5('expiretime')) {
            return;
        }
        $k = $this->key();
        $this->assertSame(-2, $this->c->expiretime($k), 'a missing key');
        $this->c->set($k, 'v');
        $this->assertSame(-1, $this->c->expiretime($k), 'no expiry');
        $at = time() + 1000;
        $this->assertTrue($this->c->expireat($k, $at));
        $this->assertSame($at, $this->c->expiretime($k));
        $this->assertSame($at * 1000, $this->c->pexpiretime($k));
        $this->assertNull($this->c->getLastError());
    }

    public function testPexpiretime(): void
    {
        if ($this->skipOnPhpredis5('pexpiretime')) {
            return;
        }
        $k = $this->key();
        $this->assertSame(-2, $this->c->pexpiretime($k));
        $this->c->set($k, 'v');
        $this->assertSame(-1, $this->c->pexpiretime($k));
        $atMs = (time() + 1000) * 1000 + 700;
        $this->assertTrue($this->c->pexpireat($k, $atMs));
        $this->assertSame($atMs, $this->c->pexpiretime($k));
        $this->assertSame(intdiv($atMs, 1000) + 1, $this->c->expiretime($k), 'the server rounds to the nearest second');
        $this->assertTrue($this->c->persist($k));
        $this->assertSame(-1, $this->c->pexpiretime($k));
    }

    public function testAnyTypeOfKey(): void
    {
        if ($this->skipOnPhpredis5('expiretime')) {
            return;
        }
        $l = $this->key('list');
        $this->c->rpush($l, 'a');
        $at = time() + 500;
        $this->c->expireat($l, $at);
        $this->assertSame($at, $this->c->expiretime($l));
        $this->assertSame($at * 1000, $this->c->pexpiretime($l));
    }

    public function testRoutedToTheKeysMaster(): void
    {
        if ($this->skipOnPhpredis5('expiretime')) {
            return;
        }
        foreach ($this->keysOnEveryMaster(30) as $i => $k) {
            $this->c->set($k, 'v');
            $this->c->expireat($k, time() + 1000 + $i);
            $this->assertSame($this->serverCall($k, 'EXPIRETIME', $k), $this->c->expiretime($k), $k);
            $this->assertSame($this->serverCall($k, 'PEXPIRETIME', $k), $this->c->pexpiretime($k), $k);
        }
    }
}
