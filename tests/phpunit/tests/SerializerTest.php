<?php

namespace RedisClusterTests;

use RedisCluster;

final class SerializerTest extends ClusterTestCase
{
    private const VALUE = ['a' => 1, 'b' => [true, 1.5, null, 'str']];

    /** @return array<string, array{0: int, 1: callable, 2: callable}> serializer, encode, decode */
    public static function serializers(): array
    {
        $out = [
            'php' => [RedisCluster::SERIALIZER_PHP, 'serialize'],
            'json' => [RedisCluster::SERIALIZER_JSON, 'json_encode'],
        ];
        if (extension_loaded('igbinary')) {
            $out['igbinary'] = [RedisCluster::SERIALIZER_IGBINARY, 'igbinary_serialize'];
        }
        // Debian's phpredis 5.3.7 is built without msgpack (CompressionTest checks it refuses it).
        if (extension_loaded('msgpack') && !self::isPhpredis()) {
            $out['msgpack'] = [RedisCluster::SERIALIZER_MSGPACK, 'msgpack_pack'];
        }
        return $out;
    }

    public function testIgbinaryIsLoadedHere(): void
    {
        // Debian's php8.2-igbinary is part of the test bed; without it the igbinary case is not run.
        $this->assertTrue(extension_loaded('igbinary'), 'php8.2-igbinary is not loaded');
    }

    public function testNone(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_NONE));
        $this->assertSame(RedisCluster::SERIALIZER_NONE, $this->c->getOption(RedisCluster::OPT_SERIALIZER));
        $k = $this->key();
        $this->c->set($k, 42);
        $this->assertSame('42', $this->c->get($k));
        $this->assertSame('42', $this->serverGet($k));
        $this->assertSame(43, $this->c->incr($k));
        $this->assertSame('x', $this->c->_serialize('x'));
    }

    public function testUnknownSerializerIsRefused(): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertFalse($this->c->setOption(RedisCluster::OPT_SERIALIZER, 99));
        $this->assertSame(RedisCluster::SERIALIZER_PHP, $this->c->getOption(RedisCluster::OPT_SERIALIZER));
    }

    /** @dataProvider serializers */
    public function testStringValues(int $serializer, callable $encode): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer));
        $this->assertSame($serializer, $this->c->getOption(RedisCluster::OPT_SERIALIZER));
        $k = $this->key();
        $this->assertTrue($this->c->set($k, self::VALUE));
        $this->assertSame($encode(self::VALUE), $this->serverGet($k), 'the key is plain, the value encoded');
        $this->assertSame(self::VALUE, $this->c->get($k));
        $this->assertSame($encode(self::VALUE), $this->c->_serialize(self::VALUE));
        $this->assertSame(self::VALUE, $this->c->_unserialize($encode(self::VALUE)));
        $this->assertTrue($this->c->set($k, 5));
        $this->assertSame(5, $this->c->get($k), 'an int comes back an int');
        $this->assertSame(5, $this->c->getset($k, 'x'));
        $this->assertFalse($this->c->get($this->key('missing')));
    }

    /** @dataProvider serializers */
    public function testMsetMget(int $serializer, callable $encode): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer);
        $keys = $this->keysOnEveryMaster(20);
        $pairs = [];
        foreach ($keys as $i => $k) {
            $pairs[$k] = ['i' => $i];
        }
        $this->assertTrue($this->c->mset($pairs));
        $this->assertSame($encode(['i' => 3]), $this->serverGet($keys[3]));
        $this->assertSame(array_values($pairs), $this->c->mget($keys));
        $this->assertSame([['i' => 0], false], $this->c->mget([$keys[0], $this->key('missing')]));
    }

    /** @dataProvider serializers */
    public function testHashes(int $serializer, callable $encode): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer);
        $h = $this->key();
        $this->assertSame(1, $this->c->hset($h, 'x', [1]));
        $this->assertTrue($this->c->hmset($h, ['y' => 2, 'z' => 'zz']));
        $this->assertSame($encode([1]), $this->serverCall($h, 'HGET', $h, 'x'));
        $this->assertSame([1], $this->c->hget($h, 'x'));
        $this->assertSame(['x' => [1], 'y' => 2, 'missing' => false], $this->c->hmget($h, ['x', 'y', 'missing']));
        $all = $this->c->hgetall($h);
        ksort($all);
        $this->assertSame(['x' => [1], 'y' => 2, 'z' => 'zz'], $all);
        $vals = $this->c->hvals($h);
        $this->assertCount(3, $vals);
        $this->assertContains([1], $vals);
        $keys = $this->c->hkeys($h);
        sort($keys);
        $this->assertSame(['x', 'y', 'z'], $keys, 'field names are not serialized');
    }

    /** @dataProvider serializers */
    public function testListsAndSets(int $serializer, callable $encode): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer);
        $l = $this->key('l');
        $this->assertSame(3, $this->c->rpush($l, 1, 'two', [3]));
        $this->assertSame($encode('two'), $this->serverCall($l, 'LINDEX', $l, 1));
        $this->assertSame([1, 'two', [3]], $this->c->lrange($l, 0, -1));
        $this->assertSame(1, $this->c->lpop($l));
        $this->assertSame([3], $this->c->rpop($l));
        $s = $this->key('s');
        $this->assertSame(2, $this->c->sadd($s, ['m'], 7));
        $this->assertTrue($this->c->sismember($s, ['m']));
        $m = $this->c->smembers($s);
        $this->assertCount(2, $m);
        $this->assertContains(['m'], $m);
        $this->assertContains(7, $m);
    }

    public function testPhpSerializerReadsUnserializedDataAsIs(): void
    {
        $k = $this->key();
        $this->serverCall($k, 'SET', $k, 'plain text');
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertSame('plain text', $this->c->get($k));
    }
}
