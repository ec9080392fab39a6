<?php

namespace RedisClusterTests;

final class SortedSetsTest extends ClusterTestCase
{
    public function testZaddZcard(): void
    {
        $z = $this->key();
        $this->assertSame(0, $this->c->zcard($z));
        $this->assertSame(3, $this->c->zadd($z, 1, 'a', 2.5, 'b', 3, 'c'));
        $this->assertSame(0, $this->c->zadd($z, 5, 'a'), 'an updated score adds nothing');
        $this->assertSame(0, $this->c->zadd($z, ['nx'], 6, 'a'));
        $this->assertSame(1, $this->c->zadd($z, ['ch'], 1, 'a'), 'CH counts changes');
        $this->assertSame(3, $this->c->zcard($z));
    }

    public function testZrange(): void
    {
        $z = $this->key();
        $this->assertSame([], $this->c->zrange($z, 0, -1));
        $this->c->zadd($z, 2.0, 'y', 1, 'x', -0.5, 'w', 1e20, 'big', 3, '7');
        $this->assertSame(['w', 'x', 'y', '7', 'big'], $this->c->zrange($z, 0, -1));
        $this->assertSame(['x', 'y'], $this->c->zrange($z, 1, 2));
        $this->assertSame(
            ['w' => -0.5, 'x' => 1.0, 'y' => 2.0, 7 => 3.0, 'big' => 1.0E+20],
            $this->c->zrange($z, 0, -1, true),
            'withscores: member => float score'
        );
    }

    public function testZscore(): void
    {
        $z = $this->key();
        $this->c->zadd($z, 1, 'a', 2.5, 'b');
        $this->assertSame(1.0, $this->c->zscore($z, 'a'));
        $this->assertSame(2.5, $this->c->zscore($z, 'b'));
        $this->assertFalse($this->c->zscore($z, 'missing'));
        $this->assertFalse($this->c->zscore($this->key('missing'), 'a'));
    }

    public function testZrem(): void
    {
        $z = $this->key();
        $this->c->zadd($z, 1, 'a', 2, 'b', 3, 'c');
        $this->assertSame(1, $this->c->zrem($z, 'a', 'missing'));
        $this->assertSame(2, $this->c->zrem($z, 'b', 'c'));
        $this->assertSame(0, $this->c->zrem($z, 'a'));
    }

    public function testZincrby(): void
    {
        $z = $this->key();
        $this->assertSame(2.0, $this->c->zincrby($z, 2, 'new'));
        $this->assertSame(3.5, $this->c->zincrby($z, 1.5, 'new'));
        $this->assertSame(-0.5, $this->c->zincrby($z, -4, 'new'));
    }

    public function testZrangebyscore(): void
    {
        $z = $this->key();
        $this->assertSame([], $this->c->zrangebyscore($z, '-inf', '+inf'));
        $this->c->zadd($z, 1, 'a', 2, 'b', 3, 'c', 4, 'd');
        $this->assertSame(['a', 'b', 'c', 'd'], $this->c->zrangebyscore($z, '-inf', '+inf'));
        $this->assertSame(['b', 'c'], $this->c->zrangebyscore($z, 2, 3));
        $this->assertSame(['c'], $this->c->zrangebyscore($z, '(2', '3'));
        $this->assertSame(
            ['a' => 1.0, 'b' => 2.0],
            $this->c->zrangebyscore($z, '-inf', '+inf', ['withscores' => true, 'limit' => [0, 2]])
        );
        $this->assertSame(['c', 'd'], $this->c->zrangebyscore($z, 2, 10, ['limit' => [1, 2]]));
        $this->assertSame(['b' => 2.0, 'c' => 3.0], $this->c->zrangebyscore($z, 2, 3, ['withscores' => true]));
    }

    public function testWrongType(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertFalse($this->c->zadd($k, 1, 'a'));
        $this->assertFalse($this->c->zrange($k, 0, -1));
        $this->assertFalse($this->c->zscore($k, 'a'));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->c->getLastError());
    }
}
