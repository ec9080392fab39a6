<?php

namespace RedisClusterTests;

final class RawCommandTest extends ClusterTestCase
{
    public function testRepliesByType(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->rawcommand($k, 'SET', $k, 'raw'), '+OK is true');
        $this->assertSame('raw', $this->c->rawcommand($k, 'GET', $k));
        $this->assertNull($this->c->rawcommand($this->key('missing'), 'GET', $this->key('missing')), 'nil is null, not false');
        $n = $this->key('n');
        $this->assertSame(1, $this->c->rawcommand($n, 'INCR', $n));
        $this->assertSame(11, $this->c->rawcommand($n, 'INCRBY', $n, 10));
        $l = $this->key('l');
        $this->assertSame([], $this->c->rawcommand($l, 'LRANGE', $l, 0, -1));
        $this->c->rpush($l, 'a', 'b');
        $this->assertSame(['a', 'b'], $this->c->rawcommand($l, 'LRANGE', $l, 0, -1));
        $h = $this->key('h');
        $this->c->hset($h, 'f', 'v');
        $this->assertSame(['f', 'v'], $this->c->rawcommand($h, 'HGETALL', $h), 'raw HGETALL stays flat');
        $this->assertTrue($this->c->rawcommand($k, 'PING'), '+PONG is true');
    }

    public function testErrorReply(): void
    {
        $k = $this->key();
        $this->c->set($k, 'abc');
        $this->assertFalse($this->c->rawcommand($k, 'INCR', $k));
        $this->assertSame('ERR value is not an integer or out of range', $this->c->getLastError());
    }

    public function testRoutedByKey(): void
    {
        foreach ($this->keysOnEveryMaster(20) as $k) {
            $this->assertTrue($this->c->rawcommand($k, 'SET', $k, 'v'));
            $this->assertSame('v', $this->serverGet($k), "$k was written on its master");
        }
    }

    public function testRoutedByAddress(): void
    {
        foreach ($this->c->_masters() as $addr) {
            $this->assertTrue($this->c->rawcommand($addr, 'PING'));
            $info = $this->c->rawcommand($addr, 'INFO', 'server');
            $this->assertIsString($info);
            $this->assertStringContainsString("tcp_port:$addr[1]\r\n", $info);
        }
    }
}
