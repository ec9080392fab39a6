<?php

namespace RedisTests;

use Redis;

/**
 * OPT_SERIALIZER, OPT_COMPRESSION (with its level), OPT_PREFIX, and the helpers that apply
 * them: _serialize / _unserialize, _compress / _uncompress, _pack / _unpack, _prefix.
 * What the server holds is read behind the client's back.
 */
final class CodecTest extends RedisTestCase
{
    /** @return array<string, array{0: int}> */
    public static function serializers(): array
    {
        $out = ['php' => [Redis::SERIALIZER_PHP], 'json' => [Redis::SERIALIZER_JSON], 'igbinary' => [Redis::SERIALIZER_IGBINARY]];
        if (defined('Redis::SERIALIZER_MSGPACK')) {
            $out['msgpack'] = [Redis::SERIALIZER_MSGPACK];
        }
        return $out;
    }

    /**
     * The bytes $v is stored as under $serializer, made by PHP's own functions. phpredis's
     * JSON escapes < and > (JSON_HEX_TAG), not & or '.
     */
    private static function encoded(mixed $v, int $serializer): string
    {
        return match ($serializer) {
            Redis::SERIALIZER_PHP => serialize($v),
            Redis::SERIALIZER_JSON => json_encode($v, JSON_HEX_TAG),
            Redis::SERIALIZER_IGBINARY => igbinary_serialize($v),
            default => msgpack_pack($v),
        };
    }

    /** @dataProvider serializers */
    public function testSerializer(int $serializer): void
    {
        $this->assertSame(Redis::SERIALIZER_NONE, $this->r->getOption(Redis::OPT_SERIALIZER));
        $this->assertTrue($this->r->setOption(Redis::OPT_SERIALIZER, $serializer));
        $this->assertSame($serializer, $this->r->getOption(Redis::OPT_SERIALIZER));
        $json = $serializer === Redis::SERIALIZER_JSON;
        $values = ['hello world', 42, 1.5, true, ['<tag>' => 1729, 'list' => [1, 2]]];
        foreach ($values as $i => $v) {
            $k = $this->key("v$i");
            $this->assertTrue($this->r->set($k, $v));
            $this->assertSame(self::encoded($v, $serializer), $this->serverGet($k), "the stored bytes of value $i");
            $this->assertSame($v, $this->r->get($k));
        }
        // Collections serialize members and values; keys and fields stay strings.
        $l = $this->key('l');
        $this->assertSame(2, $this->r->rPush($l, ['a' => 1], 7));
        $this->assertSame([self::encoded(['a' => 1], $serializer), self::encoded(7, $serializer)], $this->serverCall('LRANGE', $l, 0, -1));
        $this->assertSame([['a' => 1], 7], $this->r->lrange($l, 0, -1));
        $h = $this->key('h');
        $this->assertTrue($this->r->hMset($h, ['f' => [1, 2], 'g' => null]));
        $this->assertSame(self::encoded([1, 2], $serializer), $this->serverCall('HGET', $h, 'f'));
        $this->assertSame(['f' => [1, 2], 'g' => null], $this->r->hGetAll($h));
        $this->assertSame(['f' => [1, 2], 'x' => false], $this->r->hMget($h, ['f', 'x']));
        $z = $this->key('z');
        $this->assertSame(1, $this->r->zAdd($z, 1, ['m' => 1]));
        $this->assertSame([['m' => 1]], $this->r->zRange($z, 0, -1));
        $this->assertSame(1.0, $this->r->zScore($z, ['m' => 1]));
        $this->r->mset([$this->key('m1') => null, $this->key('m2') => ['x' => 'y']]);
        $this->assertSame([null, ['x' => 'y'], false], $this->r->mget([$this->key('m1'), $this->key('m2'), $this->key('none')]));
        // The helpers use the same serializer.
        $this->assertSame(self::encoded(['q' => 1], $serializer), $this->r->_serialize(['q' => 1]));
        $this->assertSame(['q' => 1], $this->r->_unserialize(self::encoded(['q' => 1], $serializer)));
        // Objects: restored as objects, except by JSON (arrays).
        $this->r->set($this->key('o'), [new \stdClass()]);
        $got = $this->r->get($this->key('o'));
        $json ? $this->assertSame([[]], $got) : $this->assertInstanceOf(\stdClass::class, $got[0]);
        $this->assertTrue($this->r->setOption(Redis::OPT_SERIALIZER, Redis::SERIALIZER_NONE));
    }

    /** With a serializer, counters still work on plain numbers, and data that is not serialized stays as it is. */
    public function testSerializerLeavesOtherDataAlone(): void
    {
        $this->serverCall('SET', $this->key('raw'), "\x00\x00\x00\x05bad-version");
        $this->assertTrue($this->r->setOption(Redis::OPT_SERIALIZER, Redis::SERIALIZER_IGBINARY));
        $this->assertSame(16, $this->r->incrBy($this->key('n'), 16));
        $this->assertSame('16', $this->serverGet($this->key('n')));
        $this->assertSame("\x00\x00\x00\x05bad-version", $this->r->get($this->key('raw')));
        $this->assertTrue($this->r->setOption(Redis::OPT_SERIALIZER, Redis::SERIALIZER_PHP));
        $e = $this->assertThrows(fn () => $this->r->_unserialize('garbage'));
        $this->assertSame('Invalid serialized data, or unserialization error', $e->getMessage());
    }

    public function testSerializerNoneHelpers(): void
    {
        $this->assertSame('test', $this->r->_serialize('test'));
        $this->assertSame('1', $this->r->_serialize(1));
        [$s] = $this->quietly(fn () => $this->r->_serialize([]));
        $this->assertSame('Array', $s);
        [$s] = $this->quietly(fn () => $this->r->_serialize(new \stdClass()));
        $this->assertSame('Object', $s);
        $this->assertSame('abc', $this->r->_unserialize('abc'));
        $this->assertFalse($this->r->setOption(Redis::OPT_SERIALIZER, 99));
        $this->assertSame(Redis::SERIALIZER_NONE, $this->r->getOption(Redis::OPT_SERIALIZER));
    }

    /** @return array<string, array{0: int, 1: int}> compressor, level */
    public static function compressors(): array
    {
        return ['lzf' => [Redis::COMPRESSION_LZF, 0], 'zstd' => [Redis::COMPRESSION_ZSTD, 0], 'zstd 9' => [Redis::COMPRESSION_ZSTD, 9],
            'lz4' => [Redis::COMPRESSION_LZ4, 0], 'lz4 9' => [Redis::COMPRESSION_LZ4, 9]];
    }

    /** @dataProvider compressors */
    public function testCompression(int $cm, int $level): void
    {
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION, $cm));
        $this->assertSame($cm, $this->r->getOption(Redis::OPT_COMPRESSION));
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION_LEVEL, $level));
        $this->assertSame($level, $this->r->getOption(Redis::OPT_COMPRESSION_LEVEL));
        $k = $this->key();
        $big = str_repeat('A compressible line. ', 2000);
        foreach (['', 'x', random_bytes(300), $big] as $i => $v) {
            $this->assertTrue($this->r->set($k, $v));
            $stored = $this->serverGet($k);
            $this->assertSame($this->r->_compress($v), $stored, "value $i: _compress() is what set() stores");
            $this->assertSame($v, $this->r->get($k));
            $this->assertSame($v, $this->r->_uncompress($stored));
        }
        $this->r->set($k, $big);
        $this->assertLessThan(strlen($big) / 4, strlen($this->serverGet($k)), 'compressed on the server');
        $this->r->hSet($this->key('h'), 'data', 'abc');
        $this->assertSame(['data' => 'abc'], $this->r->hMget($this->key('h'), ['data']), 'hMget uncompresses');
        // Bytes that are not compressed data are read as they are.
        $this->serverCall('SET', $this->key('plain'), 'not-actually-compressed');
        $this->assertSame('not-actually-compressed', $this->r->get($this->key('plain')));
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION, Redis::COMPRESSION_NONE));
        $this->assertSame($this->serverGet($k), $this->r->get($k), 'no compression: the bytes as stored');
    }

    public function testCompressionRefusals(): void
    {
        $this->assertFalse($this->r->setOption(Redis::OPT_COMPRESSION, 99));
        $this->assertSame(Redis::COMPRESSION_NONE, $this->r->getOption(Redis::OPT_COMPRESSION));
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION, Redis::COMPRESSION_LZF));
        $e = $this->assertThrows(fn () => $this->r->_uncompress('not-lzf'));
        $this->assertSame('Invalid compressed data or uncompression error', $e->getMessage());
    }

    /** _pack = serialize, then compress: what set() stores; _unpack reads it back. */
    public function testPackHelpers(): void
    {
        $this->assertTrue($this->r->setOption(Redis::OPT_SERIALIZER, Redis::SERIALIZER_PHP));
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION, Redis::COMPRESSION_ZSTD));
        foreach (['foo', 12345, random_bytes(128), '', ['an', 'array']] as $i => $v) {
            $k = $this->key("p$i");
            $this->r->set($k, $v);
            $this->assertSame($this->serverGet($k), $this->r->_pack($v), "value $i");
            $this->assertSame($v, $this->r->_unpack($this->serverGet($k)));
        }
    }

    public function testPrefix(): void
    {
        $this->assertNull($this->r->getOption(Redis::OPT_PREFIX));
        $this->assertSame('k', $this->r->_prefix('k'));
        $p = "$this->uniq:p:";
        $this->assertTrue($this->r->setOption(Redis::OPT_PREFIX, $p));
        $this->assertSame($p, $this->r->getOption(Redis::OPT_PREFIX));
        $this->assertSame("{$p}k", $this->r->_prefix('k'));
        $this->assertTrue($this->r->set('one', 'v1'));
        $this->assertSame('v1', $this->serverGet("{$p}one"));
        $this->assertTrue($this->r->mset(['a' => 1, 'b' => 2]));
        $this->assertSame(['1', '2'], [$this->serverGet("{$p}a"), $this->serverGet("{$p}b")]);
        $this->assertSame(['1', '2', false], $this->r->mget(['a', 'b', 'c']));
        $this->assertTrue($this->r->rename('a', 'a2'));
        $this->assertSame('1', $this->serverGet("{$p}a2"));
        $this->assertSame(1, $this->r->sAdd('s1', 'x'));
        $this->assertSame(1, $this->r->sAdd('s2', 'x'));
        $this->assertSame(1, $this->r->sInterStore('s3', 's1', 's2'));
        $this->assertSame(['x'], $this->serverCall('SMEMBERS', "{$p}s3"));
        $this->assertSame(1, $this->r->rPush('l', 3));
        $this->assertSame(1, $this->r->sort('l', ['store' => 'sorted']));
        if (self::isPhpredis5()) {
            $this->assertSame(['3'], $this->serverCall('LRANGE', 'sorted', 0, -1), 'phpredis 5.3.7: SORT STORE is not prefixed');
            $this->serverCall('DEL', 'sorted');
        } else {
            $this->assertSame(['3'], $this->serverCall('LRANGE', "{$p}sorted", 0, -1), 'SORT STORE is prefixed');
        }
        $this->assertSame(3, $this->r->del('one', 'a2', 'b'));
        $this->assertTrue($this->r->setOption(Redis::OPT_PREFIX, ''));
        $this->assertNull($this->r->getOption(Redis::OPT_PREFIX), 'an empty prefix is no prefix');
    }

    /** msgpack: phpredis 5.3.7 (Debian) is built without it; this module has it, in msgpack_pack()'s format. */
    public function testMsgpackAvailability(): void
    {
        if (self::isPhpredis5()) {
            $this->assertFalse(defined('Redis::SERIALIZER_MSGPACK'));
            return;
        }
        $this->assertSame(3, constant('Redis::SERIALIZER_MSGPACK'));
    }
}
