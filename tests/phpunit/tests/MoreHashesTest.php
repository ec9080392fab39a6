<?php

namespace RedisClusterTests;

use RedisCluster;

/** hstrlen: the values and types phpredis returns, checked against Debian's phpredis 5.3.7. */
final class MoreHashesTest extends ClusterTestCase
{
    public function testHstrlen(): void
    {
        $h = $this->key();
        $this->c->hset($h, 'f', 'hello');
        $this->c->hset($h, 'empty', '');
        $this->c->hset($h, 'n', 12345);
        $this->c->hset($h, 'bin', "a\0b");
        $this->assertSame(5, $this->c->hstrlen($h, 'f'));
        $this->assertSame(0, $this->c->hstrlen($h, 'empty'));
        $this->assertSame(5, $this->c->hstrlen($h, 'n'), 'the length of the stored string');
        $this->assertSame(3, $this->c->hstrlen($h, 'bin'));
        $this->assertSame(0, $this->c->hstrlen($h, 'nope'), 'no such field: 0, not false');
        $this->assertSame(0, $this->c->hstrlen($this->key('missing'), 'f'), 'no such key: 0');
        $this->assertNull($this->c->getLastError());
    }

    public function testHstrlenWrongType(): void
    {
        $s = $this->key('str');
        $this->c->set($s, 'v');
        $this->assertFalse($this->c->hstrlen($s, 'f'));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->c->getLastError());
    }

    public function testHstrlenOfASerializedValue(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP));
        $h = $this->key();
        $this->c->hset($h, 'f', ['a' => 1]);
        $this->assertSame(strlen(serialize(['a' => 1])), $this->c->hstrlen($h, 'f'), 'the stored, serialized length');
    }
}
