<?php

namespace RedisClusterTests;

final class HashesTest extends ClusterTestCase
{
    public function testHsetHget(): void
    {
        $h = $this->key();
        $this->assertSame(1, $this->c->hset($h, 'f', 'v'), 'a new field is 1');
        $this->assertSame(0, $this->c->hset($h, 'f', 'w'), 'an updated field is 0');
        $this->assertSame('w', $this->c->hget($h, 'f'));
        $this->assertFalse($this->c->hget($h, 'missing'), 'a missing field is false');
        $this->assertFalse($this->c->hget($this->key('missing'), 'f'));
        $this->assertSame(1, $this->c->hset($h, 'n', 5));
        $this->assertSame('5', $this->c->hget($h, 'n'));
    }

    public function testHsetnx(): void
    {
        $h = $this->key();
        $this->assertTrue($this->c->hsetnx($h, 'f', 'a'));
        $this->assertFalse($this->c->hsetnx($h, 'f', 'b'));
        $this->assertSame('a', $this->c->hget($h, 'f'));
    }

    public function testHmsetHmget(): void
    {
        $h = $this->key();
        $this->assertTrue($this->c->hmset($h, ['a' => 1, 'b' => 'two', 3 => 'three', 'c' => 1.5]));
        $this->assertSame(
            ['a' => '1', 'missing' => false, 'b' => 'two', 3 => 'three', 'c' => '1.5'],
            $this->c->hmget($h, ['a', 'missing', 'b', 3, 'c']),
            'keyed by the fields asked, in that order; a missing field is false'
        );
        $this->assertSame(['a' => false, 'b' => false], $this->c->hmget($this->key('missing'), ['a', 'b']));
    }

    public function testHgetall(): void
    {
        $h = $this->key();
        $this->assertSame([], $this->c->hgetall($h));
        $this->c->hmset($h, ['f' => 'v', 'n' => 10, 7 => 'seven']);
        $all = $this->c->hgetall($h);
        ksort($all, SORT_STRING);
        $this->assertSame([7 => 'seven', 'f' => 'v', 'n' => '10'], $all, 'numeric field names become int keys');
    }

    public function testHdel(): void
    {
        $h = $this->key();
        $this->c->hmset($h, ['a' => 1, 'b' => 2, 'c' => 3]);
        $this->assertSame(1, $this->c->hdel($h, 'a', 'missing'));
        $this->assertSame(2, $this->c->hdel($h, 'b', 'c'));
        $this->assertSame(0, $this->c->hdel($h, 'a'));
        $this->assertSame(0, $this->c->exists($h), 'the last field takes the key with it');
    }

    public function testHexistsHlen(): void
    {
        $h = $this->key();
        $this->assertSame(0, $this->c->hlen($h));
        $this->assertFalse($this->c->hexists($h, 'f'));
        $this->c->hmset($h, ['f' => 'v', 'g' => 'w']);
        $this->assertTrue($this->c->hexists($h, 'f'));
        $this->assertFalse($this->c->hexists($h, 'x'));
        $this->assertSame(2, $this->c->hlen($h));
    }

    public function testHincrby(): void
    {
        $h = $this->key();
        $this->assertSame(5, $this->c->hincrby($h, 'n', 5));
        $this->assertSame(3, $this->c->hincrby($h, 'n', -2));
        $this->c->hset($h, 's', 'abc');
        $this->assertFalse($this->c->hincrby($h, 's', 1));
        $this->assertSame('ERR hash value is not an integer', $this->c->getLastError());
    }

    public function testHincrbyfloat(): void
    {
        $h = $this->key();
        $this->assertSame(1.5, $this->c->hincrbyfloat($h, 'f', 1.5));
        $this->assertSame(2.0, $this->c->hincrbyfloat($h, 'f', 0.5));
        $this->assertSame('2', $this->c->hget($h, 'f'));
    }

    public function testHkeysHvals(): void
    {
        $h = $this->key();
        $this->assertSame([], $this->c->hkeys($h));
        $this->assertSame([], $this->c->hvals($h));
        $this->c->hmset($h, ['a' => 'x', 5 => 'y', 'c' => 3]);
        $keys = $this->c->hkeys($h);
        $vals = $this->c->hvals($h);
        sort($keys);
        sort($vals);
        $this->assertSame(['5', 'a', 'c'], $keys, 'field names are strings, even numeric ones');
        $this->assertSame(['3', 'x', 'y'], $vals);
    }

    public function testWrongType(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertFalse($this->c->hget($k, 'f'));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->c->getLastError());
        $this->assertFalse($this->c->hgetall($k));
    }
}
