<?php

namespace RedisClusterTests;

use RedisCluster;
use RedisClusterException;

/**
 * OPT_COMPRESSION and OPT_COMPRESSION_LEVEL, _compress/_uncompress/_pack/_unpack, on the
 * live cluster. The byte vectors are what Debian's phpredis 5.3.7 writes (the suite passes
 * against it); CodecCompatTest checks the two modules against each other.
 */
final class CompressionTest extends ClusterTestCase
{
    private const LONG = 'abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd';

    /** @return array<string, array{0: int}> */
    public static function compressors(): array
    {
        return [
            'lzf' => [RedisCluster::COMPRESSION_LZF],
            'zstd' => [RedisCluster::COMPRESSION_ZSTD],
            'lz4' => [RedisCluster::COMPRESSION_LZ4],
        ];
    }

    /** @return array<string, array{0: int, 1: int}> serializer, compressor */
    public static function pairs(): array
    {
        $out = [];
        $serializers = ['none' => RedisCluster::SERIALIZER_NONE, 'php' => RedisCluster::SERIALIZER_PHP,
            'json' => RedisCluster::SERIALIZER_JSON, 'igbinary' => RedisCluster::SERIALIZER_IGBINARY];
        foreach ($serializers as $sn => $s) {
            foreach (self::compressors() as $cn => [$cm]) {
                $out["$sn+$cn"] = [$s, $cm];
            }
        }
        return $out;
    }

    /**
     * Known bytes: [compressor, level, input, hex of what phpredis writes]. Empty input is
     * stored as it is by lzf and lz4; zstd writes an empty frame. Levels below 1 are zstd's
     * default (3), above 22 its maximum; lz4 uses HC for 1..12.
     * @return array<string, array{0: int, 1: int, 2: string, 3: string}>
     */
    public static function vectors(): array
    {
        return [
            'lzf empty' => [RedisCluster::COMPRESSION_LZF, 0, '', ''],
            'lzf short' => [RedisCluster::COMPRESSION_LZF, 0, 'abc', '02616263'],
            'lzf repeated' => [RedisCluster::COMPRESSION_LZF, 0, self::LONG, '046162636461e04003016364'],
            'zstd empty' => [RedisCluster::COMPRESSION_ZSTD, 0, '', '28b52ffd2000010000'],
            'zstd short' => [RedisCluster::COMPRESSION_ZSTD, 0, 'abc', '28b52ffd2003190000616263'],
            'zstd default' => [RedisCluster::COMPRESSION_ZSTD, 0, self::LONG, '28b52ffd20505500002061626364010039ea88'],
            'zstd negative' => [RedisCluster::COMPRESSION_ZSTD, -1, self::LONG, '28b52ffd20505500002061626364010039ea88'],
            'zstd 12' => [RedisCluster::COMPRESSION_ZSTD, 12, self::LONG, '28b52ffd20505500002061626364010009bd44'],
            'zstd above max' => [RedisCluster::COMPRESSION_ZSTD, 30, self::LONG, '28b52ffd20505500002061626364010009bd44'],
            'lz4 empty' => [RedisCluster::COMPRESSION_LZ4, 0, '', ''],
            'lz4 one byte' => [RedisCluster::COMPRESSION_LZ4, 0, 'a', '4c010000001061'],
            'lz4 short' => [RedisCluster::COMPRESSION_LZ4, 0, 'abc', '4b0300000030616263'],
            'lz4 repeated' => [RedisCluster::COMPRESSION_LZ4, 0, self::LONG, '0f500000004f61626364040034506461626364'],
            'lz4 hc' => [RedisCluster::COMPRESSION_LZ4, 9, self::LONG, '0f500000004f61626364040034506461626364'],
        ];
    }

    public function testNoneByDefault(): void
    {
        $this->assertSame(RedisCluster::COMPRESSION_NONE, $this->c->getOption(RedisCluster::OPT_COMPRESSION));
        $this->assertSame(0, $this->c->getOption(RedisCluster::OPT_COMPRESSION_LEVEL));
        $this->assertSame('abc', $this->c->_compress('abc'));
        $this->assertSame('abc', $this->c->_uncompress('abc'), 'without a compressor the bytes are returned');
    }

    /** @dataProvider compressors */
    public function testCompressorIsAccepted(int $cm): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm));
        $this->assertSame($cm, $this->c->getOption(RedisCluster::OPT_COMPRESSION));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_NONE));
        $this->assertSame(RedisCluster::COMPRESSION_NONE, $this->c->getOption(RedisCluster::OPT_COMPRESSION));
    }

    public function testUnknownCompressorIsRefused(): void
    {
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_LZ4);
        foreach ([4, 99, -1] as $bad) {
            $this->assertFalse($this->c->setOption(RedisCluster::OPT_COMPRESSION, $bad));
        }
        $this->assertSame(RedisCluster::COMPRESSION_LZ4, $this->c->getOption(RedisCluster::OPT_COMPRESSION));
    }

    public function testLevelIsKeptAsGiven(): void
    {
        foreach ([5, -3, 100, 0] as $level) {
            $this->assertTrue($this->c->setOption(RedisCluster::OPT_COMPRESSION_LEVEL, $level));
            $this->assertSame($level, $this->c->getOption(RedisCluster::OPT_COMPRESSION_LEVEL));
        }
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_COMPRESSION_LEVEL, '7'));
        $this->assertSame(7, $this->c->getOption(RedisCluster::OPT_COMPRESSION_LEVEL));
    }

    /** @dataProvider vectors */
    public function testBytesAsPhpredisWritesThem(int $cm, int $level, string $in, string $hex): void
    {
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
        $this->c->setOption(RedisCluster::OPT_COMPRESSION_LEVEL, $level);
        $this->assertSame($hex, bin2hex($this->c->_compress($in)));
        $this->assertSame($hex, bin2hex($this->c->_pack($in)));
        $this->assertSame($in, $this->c->_uncompress(hex2bin($hex)));
        $this->assertSame($in, $this->c->_unpack(hex2bin($hex)));

        $k = $this->key();
        $this->assertTrue($this->c->set($k, $in));
        $this->assertSame($hex, bin2hex($this->serverGet($k)), 'what the server holds');
        $this->assertSame($in, $this->c->get($k));
    }

    /** Serialized first, then compressed; read back the other way. */
    public function testPackIsSerializeThenCompress(): void
    {
        $v = ['a' => [1, 2.5, 'x' => null], 'b' => str_repeat('yz', 500)];
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        foreach (self::compressors() as [$cm]) {
            $this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
            $packed = $this->c->_pack($v);
            $this->assertSame($this->c->_compress(serialize($v)), $packed);
            $this->assertSame(serialize($v), $this->c->_uncompress($packed));
            $this->assertSame($v, $this->c->_unpack($packed));
            $this->assertSame(serialize($v), $this->c->_serialize($v), '_serialize does not compress');
        }
    }

    /** @dataProvider pairs */
    public function testRoundTrip(int $serializer, int $cm): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer);
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
        $json = $serializer === RedisCluster::SERIALIZER_JSON;
        // phpredis 5.3.7 hands the JSON decoder the uncompressed bytes without a terminating
        // NUL, so it reads compressed JSON values back as their JSON text (or not, by chance).
        $lossy = $json && self::isPhpredis();
        // JSON cannot hold bytes that are not UTF-8.
        $values = ['', 'plain', $json ? "caf\u{e9}" : "\0\xff\x01bin", str_repeat('compress me ', 5000)];
        if ($serializer !== RedisCluster::SERIALIZER_NONE) {
            array_push($values, 42, -1.5, [1, 'two', ['three' => 3]], true);
        }
        foreach ($values as $i => $v) {
            $k = $this->key("v$i");
            $this->assertTrue($this->c->set($k, $v));
            $this->assertSame($this->c->_pack($v), $this->serverGet($k));
            $got = $this->c->get($k);
            if ($lossy && $got !== $v) {
                $this->assertSame(json_encode($v), $got);
                continue;
            }
            $this->assertSame($v, $got);
        }
        if ($lossy) {
            return;
        }
        $keys = array_map(fn ($i) => $this->key("v$i"), array_keys($values));
        $this->assertSame($values, $this->c->mget($keys));

        $h = $this->key('h');
        $this->c->hset($h, 'f', $values[3]);
        $this->assertSame($values[3], $this->c->hget($h, 'f'));
        $this->assertSame(['f' => $values[3]], $this->c->hgetall($h));
        $l = $this->key('l');
        $this->c->rpush($l, 'a', 'b');
        $this->assertSame(['a', 'b'], $this->c->lrange($l, 0, -1));
    }

    /** Sorted-set members are unpacked too, also where they become the keys of the reply. */
    public function testSortedSetMembers(): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_LZ4);
        $z = $this->key();
        $this->assertSame(2, $this->c->zadd($z, 1, 'one', 2, 'two'));
        $this->assertSame(['one', 'two'], $this->c->zrange($z, 0, -1));
        $this->assertSame(['one' => 1.0, 'two' => 2.0], $this->c->zrange($z, 0, -1, true));
        $this->assertSame(2.0, $this->c->zscore($z, 'two'));
    }

    /**
     * Data that is not compressed (written before compression was turned on) reads as stored.
     * @dataProvider compressors
     */
    public function testUncompressedDataReadsAsStored(int $cm): void
    {
        $k = $this->key();
        $this->serverCall($k, 'SET', $k, 'written without compression');
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
        $this->assertSame('written without compression', $this->c->get($k));

        $this->serverCall($k, 'SET', $k, serialize([1, 2]));
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertSame([1, 2], $this->c->get($k), 'not compressed, still unserialized');
    }

    /**
     * Damaged compressed data: the bytes as stored, no error, and the connection still good.
     * @return array<string, array{0: int, 1: string}>
     */
    public static function damaged(): array
    {
        $lz4 = hex2bin('0f500000004f61626364040034506461626364');
        $zstd = hex2bin('28b52ffd20505500002061626364010039ea88');
        $lzf = hex2bin('046162636461e04003016364');
        return [
            'lz4 truncated' => [RedisCluster::COMPRESSION_LZ4, substr($lz4, 0, -3)],
            'lz4 bad checksum' => [RedisCluster::COMPRESSION_LZ4, "\x00" . substr($lz4, 1)],
            'lz4 header only' => [RedisCluster::COMPRESSION_LZ4, substr($lz4, 0, 5)],
            'lz4 garbage block' => [RedisCluster::COMPRESSION_LZ4, substr($lz4, 0, 5) . "\xff\xff\xff\xff"],
            'zstd truncated' => [RedisCluster::COMPRESSION_ZSTD, substr($zstd, 0, -4)],
            'zstd bad magic' => [RedisCluster::COMPRESSION_ZSTD, "\x29" . substr($zstd, 1)],
            'zstd trailing bytes' => [RedisCluster::COMPRESSION_ZSTD, $zstd . 'xyz'],
            'lzf truncated' => [RedisCluster::COMPRESSION_LZF, substr($lzf, 0, -2)],
            'lzf reference before the start' => [RedisCluster::COMPRESSION_LZF, "\x20\x05"],
        ];
    }

    /** @dataProvider damaged */
    public function testDamagedDataReadsAsStored(int $cm, string $bytes): void
    {
        $k = $this->key();
        $this->serverCall($k, 'SET', $k, $bytes);
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
        $this->assertSame($bytes, $this->c->get($k));
        $this->assertSame($bytes, $this->c->_unpack($bytes));
        $this->assertSame([$bytes], $this->c->mget([$k]));
        try {
            $this->c->_uncompress($bytes);
            $this->fail('_uncompress() accepted damaged data');
        } catch (RedisClusterException $e) {
            $this->assertSame('Invalid compressed data or uncompression error', $e->getMessage());
        }
        $this->assertTrue($this->c->set($k, 'after'), 'the connection is still good');
        $this->assertSame('after', $this->c->get($k));
    }

    public function testUncompressOfEmptyIsEmpty(): void
    {
        foreach (self::compressors() as [$cm]) {
            $this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
            $this->assertSame('', $this->c->_uncompress(''));
            $this->assertSame('', $this->c->_unpack(''));
        }
    }

    public function testUnserializeRefusesBadData(): void
    {
        $this->assertSame('not serialized', $this->c->_unserialize('not serialized'), 'no serializer: as it is');
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        try {
            $this->c->_unserialize('not serialized');
            $this->fail('_unserialize() accepted bad data');
        } catch (RedisClusterException $e) {
            $this->assertSame('Invalid serialized data, or unserialization error', $e->getMessage());
        }
        $this->assertSame('not serialized', $this->c->_unpack('not serialized'), '_unpack returns it as it is');
    }

    /** Without a serializer, arrays and objects are written as a word, as phpredis does. */
    public function testNoSerializerWritesArraysAndObjectsAsAWord(): void
    {
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_LZF);
        $this->assertSame('Array', $this->c->_serialize([1]));
        $this->assertSame('Object', $this->c->_serialize(new \stdClass()));
        $this->assertSame('1.5', $this->c->_serialize(1.5));
        $this->assertSame($this->c->_compress('Array'), $this->c->_pack([1]));
    }

    /** msgpack: in this module when the msgpack extension is loaded; phpredis 5.3.7 has none. */
    public function testMsgpack(): void
    {
        if (self::isPhpredis()) {
            $this->assertFalse($this->c->setOption(RedisCluster::OPT_SERIALIZER, 3), 'Debian\'s 5.3.7 is built without msgpack');
            return;
        }
        $this->assertTrue(extension_loaded('msgpack'), 'php8.2-msgpack is not loaded');
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_MSGPACK));
        $this->assertSame(RedisCluster::SERIALIZER_MSGPACK, $this->c->getOption(RedisCluster::OPT_SERIALIZER));
        $values = ['', 'str', 0, -5, 1.25, false, null, [1, 2], ['a' => ['b' => true]]];
        foreach ($values as $i => $v) {
            $this->assertSame(msgpack_pack($v), $this->c->_serialize($v));
            $this->assertSame($v, $this->c->_unserialize(msgpack_pack($v)));
            $k = $this->key("m$i");
            $this->c->set($k, $v);
            $this->assertSame(msgpack_pack($v), $this->serverGet($k));
            $this->assertSame($v, $this->c->get($k));
        }
        $this->c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_ZSTD);
        $this->assertSame($this->c->_compress(msgpack_pack($values)), $this->c->_pack($values));
        $this->assertSame($values, $this->c->_unpack($this->c->_pack($values)));
        $k = $this->key('plain');
        $this->serverCall($k, 'SET', $k, "\xc1 not msgpack");
        [$got] = $this->quietly(fn () => $this->c->get($k));
        $this->assertSame("\xc1 not msgpack", $got, 'data msgpack refuses reads as stored');
    }
}
