<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * The two modules read each other's values: for every serializer x compressor pair that
 * Debian's phpredis 5.3.7 has, values written by the other module (in a process of its own,
 * tests/phpunit/peer/codec_peer.php) are read here, and values written here are read
 * there, on the live cluster; both write the same bytes. Run under this module, the other
 * is phpredis; run under phpredis (the oracle run), the other is this module.
 * msgpack, which 5.3.7 lacks, is checked against msgpack_pack() in CompressionTest.
 */
final class CodecCompatTest extends ClusterTestCase
{
    private const SERIALIZERS = [
        'none' => RedisCluster::SERIALIZER_NONE,
        'php' => RedisCluster::SERIALIZER_PHP,
        'json' => RedisCluster::SERIALIZER_JSON,
        'igbinary' => RedisCluster::SERIALIZER_IGBINARY,
    ];
    private const COMPRESSORS = [
        'none' => RedisCluster::COMPRESSION_NONE,
        'lzf' => RedisCluster::COMPRESSION_LZF,
        'zstd' => RedisCluster::COMPRESSION_ZSTD,
        'lz4' => RedisCluster::COMPRESSION_LZ4,
    ];

    /** @return array<string, array{0: int, 1: int, 2: int}> serializer, compressor, level */
    public static function pairs(): array
    {
        $out = [];
        foreach (self::SERIALIZERS as $sn => $s) {
            foreach (self::COMPRESSORS as $cn => $cm) {
                $out["$sn+$cn"] = [$s, $cm, 0];
            }
        }
        // Levels: zstd's range and beyond it; lz4's fast path, HC, and past HC's maximum.
        foreach ([1, 19, 22, 30] as $level) {
            $out["php+zstd level $level"] = [RedisCluster::SERIALIZER_PHP, RedisCluster::COMPRESSION_ZSTD, $level];
        }
        foreach ([-1, 1, 12, 13] as $level) {
            $out["igbinary+lz4 level $level"] = [RedisCluster::SERIALIZER_IGBINARY, RedisCluster::COMPRESSION_LZ4, $level];
        }
        return $out;
    }

    /** @return array<string, mixed> */
    private static function values(int $serializer): array
    {
        $values = [
            'empty' => '',
            'ascii' => 'hello world',
            'utf8' => "caf\u{e9} \u{2603}",
            'numeric string' => '0123',
            'int' => 42,
            'negative' => -17,
            'float' => 3.25,
            'true' => true,
            'array' => [1, 2, 'three'],
            'nested' => ['a' => ['b' => [1.5, 'c', null]], 'ok' => false, 7 => [[]]],
            'object' => (object)['p' => 1, 'q' => [2, 3]],
            'large' => str_repeat("a compressible line of text, number 12345\n", 20000),
        ];
        if ($serializer === RedisCluster::SERIALIZER_JSON) {
            // JSON cannot hold bytes that are not UTF-8.
            $values['incompressible'] = base64_encode(self::noise(3000));
        } else {
            $values['incompressible'] = self::noise(3000);
            $values['binary'] = "\0\x01\x02\xff\xfe\r\n\0";
        }
        return $values;
    }

    /** Bytes that no compressor shrinks, the same in every run. */
    private static function noise(int $n): string
    {
        $out = '';
        for ($i = 0; strlen($out) < $n; $i++) {
            $out .= md5("noise$i", true);
        }
        return substr($out, 0, $n);
    }

    /** What reading $v back gives, written with $serializer. */
    private static function expected(mixed $v, int $serializer): mixed
    {
        return match ($serializer) {
            RedisCluster::SERIALIZER_NONE => match (true) {
                is_array($v) => 'Array',
                is_object($v) => 'Object',
                default => (string)$v,
            },
            RedisCluster::SERIALIZER_JSON => json_decode(json_encode($v), true),
            default => $v,
        };
    }

    /** Runs the peer with the other module; returns its results. */
    private function peer(string $mode, int $serializer, int $cm, int $level, array $values): array
    {
        $job = json_encode([
            'seeds' => self::seeds(), 'serializer' => $serializer, 'compression' => $cm, 'level' => $level,
            'mode' => $mode, 'values' => array_map(fn ($v) => base64_encode(serialize($v)), $values),
        ], JSON_THROW_ON_ERROR);
        [$rc, $out, $err] = \RedisClusterTestLib\OtherModule::run(__DIR__ . '/../peer/codec_peer.php', $job, self::isPhpredis());
        $this->assertSame(0, $rc, "the peer failed: $err");
        $reply = json_decode($out, true, 16, JSON_THROW_ON_ERROR);
        $this->assertNotSame(phpversion('redis'), $reply['module'], 'the peer runs the same module');
        return $reply['results'];
    }

    /**
     * phpredis 5.3.7 hands the JSON decoder the uncompressed bytes without a terminating NUL,
     * so it may read compressed JSON values back as their JSON text: tolerated where the
     * reader is phpredis, checked to be exactly that text.
     */
    private function assertReadBack(mixed $want, mixed $got, bool $phpredisReads, int $serializer, int $cm,
        mixed $written, string $what): void
    {
        if ($phpredisReads && $serializer === RedisCluster::SERIALIZER_JSON && $cm !== RedisCluster::COMPRESSION_NONE
            && serialize($got) !== serialize($want)) {
            $this->assertSame(json_encode($written), $got, "$what (phpredis 5.3.7's JSON reading)");
            return;
        }
        $this->assertSame(serialize($want), serialize($got), $what);
    }

    /** @dataProvider pairs */
    public function testEachReadsTheOther(int $serializer, int $cm, int $level): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_COMPRESSION, $cm));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_COMPRESSION_LEVEL, $level));
        $values = self::values($serializer);
        $theirs = $ours = [];
        foreach ($values as $name => $v) {
            $theirs[$this->key("peer:$name")] = $v;
            $ours[$this->key("self:$name")] = $v;
        }

        // The other module writes; this one reads.
        $this->assertSame(array_fill_keys(array_keys($theirs), true), $this->peer('write', $serializer, $cm, $level, $theirs));
        foreach ($theirs as $k => $v) {
            $this->assertReadBack(self::expected($v, $serializer), $this->c->get($k), self::isPhpredis(),
                $serializer, $cm, $v, "$k written by the other module");
        }

        // This module writes; the other reads.
        foreach ($ours as $k => $v) {
            $this->assertTrue($this->c->set($k, $v));
        }
        $read = $this->peer('read', $serializer, $cm, $level, array_fill_keys(array_keys($ours), null));
        foreach ($ours as $k => $v) {
            $this->assertReadBack(self::expected($v, $serializer), unserialize(base64_decode($read[$k])), !self::isPhpredis(),
                $serializer, $cm, $v, "$k read by the other module");
        }

        // Every format here is deterministic: the same bytes on the server.
        foreach (array_keys($values) as $name) {
            $this->assertSame(bin2hex($this->serverGet($this->key("peer:$name"))), bin2hex($this->serverGet($this->key("self:$name"))),
                "the bytes of '$name'");
        }
    }
}
