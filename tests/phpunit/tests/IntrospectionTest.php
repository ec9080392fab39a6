<?php

namespace RedisClusterTests;

use RedisCluster;

final class IntrospectionTest extends ClusterTestCase
{
    public function testMastersShape(): void
    {
        $masters = $this->c->_masters();
        $this->assertIsArray($masters);
        $this->assertSame(range(0, count($masters) - 1), array_keys($masters), 'a list');
        foreach ($masters as $m) {
            $this->assertIsArray($m);
            $this->assertSame([0, 1], array_keys($m), '[host, port]');
            $this->assertIsString($m[0]);
            $this->assertIsInt($m[1]);
        }
        sort($masters);
        $this->assertSame($this->masterAddresses(), $masters, 'every master, no replica');
    }

    public function testRedirIsNullWithoutRedirects(): void
    {
        $this->assertNull($this->c->_redir());
        $this->c->set($this->key(), 'v');
        $this->c->get($this->key());
        $this->assertNull($this->c->_redir());
    }

    public function testCloseThenReuse(): void
    {
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertTrue($this->c->close());
        $this->assertSame('v', $this->c->get($k), 'reconnects on use');
        $this->assertTrue($this->c->close());
        $this->assertTrue($this->c->close(), 'twice is fine');
        $this->assertTrue($this->c->set($k, 'w'));
        $this->assertSame('w', $this->c->get($k));
    }

    public function testGetMode(): void
    {
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
    }

    public function testCloneThrowsError(): void
    {
        try {
            $copy = clone $this->c;
            $this->fail('clone of a RedisCluster must throw');
        } catch (\Error $e) {
            $this->assertSame('Trying to clone an uncloneable object of class RedisCluster', $e->getMessage());
        }
    }

    /**
     * phpredis (5.x and 6.x) serializes a RedisCluster to an empty, useless object; this
     * project's class is @not-serializable and throws, as php-src's own resources do.
     */
    public function testSerialize(): void
    {
        if (self::isPhpredis()) {
            $this->assertSame('O:12:"RedisCluster":0:{}', serialize($this->c));
            return;
        }
        try {
            serialize($this->c);
            $this->fail('serialize() of a RedisCluster must throw');
        } catch (\Exception $e) {
            $this->assertSame("Serialization of 'RedisCluster' is not allowed", $e->getMessage());
        }
        try {
            unserialize('O:12:"RedisCluster":0:{}');
            $this->fail('unserialize() into a RedisCluster must throw');
        } catch (\Exception $e) {
            $this->assertSame("Unserialization of 'RedisCluster' is not allowed", $e->getMessage());
        }
    }
}
