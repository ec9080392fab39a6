<?php

namespace RedisClusterTests;

/** An -ERR reply is false plus getLastError(); it never throws. */
final class ErrorsTest extends ClusterTestCase
{
    private const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

    public function testNoErrorAtFirst(): void
    {
        $this->assertNull($this->c->getLastError());
    }

    public function testWrongTypeIsFalseAndKept(): void
    {
        $k = $this->key();
        $this->c->hset($k, 'f', 'v');
        $this->assertFalse($this->c->get($k));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError(), 'reading does not clear it');
        $this->assertTrue($this->c->clearLastError());
        $this->assertNull($this->c->getLastError());
        $this->assertTrue($this->c->clearLastError(), 'clearing nothing is true too');
    }

    public function testEveryReplyClearsTheLastError(): void
    {
        $k = $this->key();
        $this->c->hset($k, 'f', 'v');
        $this->assertFalse($this->c->incr($k));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertFalse($this->c->get($this->key('missing')), 'a nil reply');
        $this->assertNull($this->c->getLastError(), 'RedisCluster clears it at the next reply');
        $this->assertFalse($this->c->get($k));
        $this->c->set($this->key('other'), 'v');
        $this->assertNull($this->c->getLastError());
    }

    public function testErrorsOfDifferentCommands(): void
    {
        $k = $this->key();
        $this->c->set($k, 'abc');
        $this->assertFalse($this->c->lpush($k, 'x'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertFalse($this->c->incrby($k, 2));
        $this->assertSame('ERR value is not an integer or out of range', $this->c->getLastError());
    }

    public function testTheClientStaysUsable(): void
    {
        $k = $this->key();
        $this->c->set($k, 'abc');
        for ($i = 0; $i < 5; $i++) {
            $this->assertFalse($this->c->hget($k, 'f'));
            $this->assertSame('abc', $this->c->get($k));
        }
    }
}
