<?php

namespace RedisClusterTests;

final class SetsTest extends ClusterTestCase
{
    public function testSaddSrem(): void
    {
        $s = $this->key();
        $this->assertSame(2, $this->c->sadd($s, 'a', 'b', 'a'));
        $this->assertSame(0, $this->c->sadd($s, 'a'));
        $this->assertSame(1, $this->c->sadd($s, 1));
        $this->assertSame(1, $this->c->srem($s, 'a', 'missing'));
        $this->assertSame(0, $this->c->srem($s, 'a'));
        $this->assertSame(0, $this->c->srem($this->key('missing'), 'a'));
    }

    public function testSmembers(): void
    {
        $s = $this->key();
        $this->assertSame([], $this->c->smembers($s));
        $this->c->sadd($s, 'c', 'a', 1);
        $m = $this->c->smembers($s);
        sort($m);
        $this->assertSame(['1', 'a', 'c'], $m, 'members are strings');
    }

    public function testSismemberScard(): void
    {
        $s = $this->key();
        $this->assertSame(0, $this->c->scard($s));
        $this->assertFalse($this->c->sismember($s, 'a'));
        $this->c->sadd($s, 'a', 'b', 7);
        $this->assertTrue($this->c->sismember($s, 'a'));
        $this->assertTrue($this->c->sismember($s, 7));
        $this->assertFalse($this->c->sismember($s, 'z'));
        $this->assertSame(3, $this->c->scard($s));
    }

    public function testWrongType(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertFalse($this->c->sadd($k, 'x'));
        $this->assertFalse($this->c->smembers($k));
        $this->assertFalse($this->c->scard($k));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->c->getLastError());
    }
}
