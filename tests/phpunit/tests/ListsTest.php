<?php

namespace RedisClusterTests;

final class ListsTest extends ClusterTestCase
{
    public function testPushRange(): void
    {
        $l = $this->key();
        $this->assertSame([], $this->c->lrange($l, 0, -1));
        $this->assertSame(2, $this->c->lpush($l, 'a', 'b'));
        $this->assertSame(5, $this->c->rpush($l, 'c', 'd', 'e'));
        $this->assertSame(6, $this->c->lpush($l, 5));
        $this->assertSame(['5', 'b', 'a', 'c', 'd', 'e'], $this->c->lrange($l, 0, -1));
        $this->assertSame(['a', 'c'], $this->c->lrange($l, 2, 3));
        $this->assertSame([], $this->c->lrange($l, 10, 20));
    }

    public function testPop(): void
    {
        $l = $this->key();
        $this->assertFalse($this->c->lpop($l), 'an empty list pops false');
        $this->assertFalse($this->c->rpop($l));
        $this->c->rpush($l, 'a', 'b', 'c');
        $this->assertSame('a', $this->c->lpop($l));
        $this->assertSame('c', $this->c->rpop($l));
        $this->assertSame('b', $this->c->rpop($l));
        $this->assertFalse($this->c->rpop($l));
    }

    public function testLlenLindex(): void
    {
        $l = $this->key();
        $this->assertSame(0, $this->c->llen($l));
        $this->assertFalse($this->c->lindex($l, 0));
        $this->c->rpush($l, 'a', 'b', 'c');
        $this->assertSame(3, $this->c->llen($l));
        $this->assertSame('b', $this->c->lindex($l, 1));
        $this->assertSame('c', $this->c->lindex($l, -1));
        $this->assertFalse($this->c->lindex($l, 100), 'out of range is false');
    }

    public function testLrem(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'x', 'a', 'x', 'b', 'x', 'x');
        $this->assertSame(2, $this->c->lrem($l, 'x', 2), 'from the head');
        $this->assertSame(['a', 'b', 'x', 'x'], $this->c->lrange($l, 0, -1));
        $this->assertSame(1, $this->c->lrem($l, 'x', -1), 'from the tail');
        $this->assertSame(['a', 'b', 'x'], $this->c->lrange($l, 0, -1));
        $this->c->rpush($l, 'x');
        $this->assertSame(2, $this->c->lrem($l, 'x'), 'count 0: all');
        $this->assertSame(0, $this->c->lrem($l, 'nope', 0));
        $this->assertSame(0, $this->c->lrem($this->key('missing'), 'x'));
    }

    public function testLtrim(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a', 'b', 'c', 'd');
        $this->assertTrue($this->c->ltrim($l, 1, 2));
        $this->assertSame(['b', 'c'], $this->c->lrange($l, 0, -1));
        $this->assertTrue($this->c->ltrim($this->key('missing'), 0, 1), 'trimming nothing is still OK');
        $this->assertTrue($this->c->ltrim($l, 5, 10));
        $this->assertSame(0, $this->c->llen($l));
    }

    public function testWrongType(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertFalse($this->c->lpush($k, 'x'));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->c->getLastError());
        $this->assertFalse($this->c->lrange($k, 0, -1));
        $this->assertFalse($this->c->llen($k));
    }
}
