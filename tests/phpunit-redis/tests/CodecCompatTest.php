<?php

namespace RedisTests;

use Redis;

/**
 * The two modules read each other's values through Redis on the master: for every
 * serializer x compressor pair Debian's phpredis 5.3.7 has, values written by the other
 * module (peer/codec_peer.php in a process of its own) are read here and values written
 * here are read there; both store the same bytes. Run under this module, the peer is
 * phpredis; run under phpredis (the oracle run), the peer is this module: through its Redis
 * class once it has one, until then through its codec (see the peer).
 */
final class CodecCompatTest extends RedisTestCase
{
    private const SERIALIZERS = ['none' => Redis::SERIALIZER_NONE, 'php' => Redis::SERIALIZER_PHP,
        'json' => Redis::SERIALIZER_JSON, 'igbinary' => Redis::SERIALIZER_IGBINARY];
    private const COMPRESSORS = ['none' => Redis::COMPRESSION_NONE, 'lzf' => Redis::COMPRESSION_LZF,
        'zstd' => Redis::COMPRESSION_ZSTD, 'lz4' => Redis::COMPRESSION_LZ4];

    /** @return array<string, array{0: int, 1: int, 2: int}> serializer, compressor, level */
    public static function pairs(): array
    {
        $out = [];
        foreach (self::SERIALIZERS as $sn => $s) {
            foreach (self::COMPRESSORS as $cn => $cm) {
                $out["$sn+$cn"] = [$s, $cm, 0];
            }
        }
        foreach ([1, 22, 30] as $level) {
            $out["json+zstd level $level"] = [Redis::SERIALIZER_JSON, Redis::COMPRESSION_ZSTD, $level];
        }
        foreach ([1, 12, 13] as $level) {
            $out["php+lz4 level $level"] = [Redis::SERIALIZER_PHP, Redis::COMPRESSION_LZ4, $level];
        }
        return $out;
    }

    /** @return array<string, mixed> */
    private static function values(int $serializer): array
    {
        $text = '';
        for ($i = 0; $i < 3000; $i++) {
            $text .= "line $i of a text that compresses well\n";
        }
        $noise = '';
        for ($i = 0; strlen($noise) < 2048; $i++) {
            $noise .= sha1("n$i", true);
        }
        $values = ['empty' => '', 'word' => 'redis', 'unicode' => "\u{1F600} na\u{ef}ve", 'digits' => '007', 'int' => -3,
            'float' => 0.5, 'false' => false, 'list' => ['x', 2, 3.5], 'map' => ['k' => ['deep' => [null, true]], 9 => []],
            'object' => (object)['a' => 1], 'text' => $text];
        $values['noise'] = $serializer === Redis::SERIALIZER_JSON ? bin2hex($noise) : $noise;
        if ($serializer !== Redis::SERIALIZER_JSON) {
            $values['bytes'] = "\xff\x00\r\n\x80";
        }
        return $values;
    }

    /** What reading $v back gives, written with $serializer. */
    private static function expected(mixed $v, int $serializer): mixed
    {
        return match ($serializer) {
            Redis::SERIALIZER_NONE => is_array($v) ? 'Array' : (is_object($v) ? 'Object' : (string)$v),
            Redis::SERIALIZER_JSON => json_decode(json_encode($v), true),
            default => $v,
        };
    }

    private function peer(string $mode, int $serializer, int $cm, int $level, array $values): array
    {
        $job = json_encode(['port' => Servers::master(), 'serializer' => $serializer, 'compression' => $cm, 'level' => $level,
            'mode' => $mode, 'values' => array_map(fn ($v) => base64_encode(serialize($v)), $values)], JSON_THROW_ON_ERROR);
        [$rc, $out, $err] = \RedisClusterTestLib\OtherModule::run(__DIR__ . '/../peer/codec_peer.php', $job, self::isPhpredis());
        $this->assertSame(0, $rc, "the peer failed: $err");
        $reply = json_decode($out, true, 16, JSON_THROW_ON_ERROR);
        $this->assertNotSame(phpversion('redis'), $reply['module'], 'the peer runs the other module');
        return $reply['results'];
    }

    /**
     * phpredis 5.3.7 decodes uncompressed JSON without a terminating NUL and may give back
     * a compressed JSON value as its JSON text: tolerated where phpredis reads, as exactly that text.
     */
    private function assertReadBack(mixed $want, mixed $got, bool $phpredisReads, int $serializer, int $cm, mixed $written,
        string $what): void
    {
        if ($phpredisReads && $serializer === Redis::SERIALIZER_JSON
            && $cm !== Redis::COMPRESSION_NONE && serialize($got) !== serialize($want)) {
            $this->assertSame(json_encode($written, JSON_HEX_TAG), $got, "$what (phpredis 5.3.7's JSON reading)");
            return;
        }
        $this->assertSame(serialize($want), serialize($got), $what);
    }

    /** @dataProvider pairs */
    public function testEachReadsTheOther(int $serializer, int $cm, int $level): void
    {
        $this->assertTrue($this->r->setOption(Redis::OPT_SERIALIZER, $serializer));
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION, $cm));
        $this->assertTrue($this->r->setOption(Redis::OPT_COMPRESSION_LEVEL, $level));
        $values = self::values($serializer);
        $theirs = $ours = [];
        foreach ($values as $name => $v) {
            $theirs[$this->key("peer:$name")] = $v;
            $ours[$this->key("self:$name")] = $v;
        }
        $this->assertSame(array_fill_keys(array_keys($theirs), true), $this->peer('write', $serializer, $cm, $level, $theirs));
        foreach ($theirs as $k => $v) {
            $this->assertReadBack(self::expected($v, $serializer), $this->r->get($k), self::isPhpredis(), $serializer, $cm, $v,
                "$k written by the other module");
        }
        foreach ($ours as $k => $v) {
            $this->assertTrue($this->r->set($k, $v));
        }
        $read = $this->peer('read', $serializer, $cm, $level, array_fill_keys(array_keys($ours), null));
        foreach ($ours as $k => $v) {
            $this->assertReadBack(self::expected($v, $serializer), unserialize(base64_decode($read[$k])), !self::isPhpredis(),
                $serializer, $cm, $v, "$k read by the other module");
        }
        // The same bytes on the server: every format is deterministic. Except LZF: its
        // compressor may encode one input in more than one valid way, and this project's
        // differs from Debian's phpredis 5.3.7 on hex text ('noise' under JSON); both decode
        // either (checked above).
        foreach (array_keys($values) as $name) {
            if ($cm === Redis::COMPRESSION_LZF) {
                $this->assertSame(bin2hex($this->r->_uncompress((string)$this->serverGet($this->key("self:$name")))),
                    bin2hex($this->r->_uncompress((string)$this->serverGet($this->key("peer:$name")))),
                    "'$name': either side's LZF bytes decompress to the same bytes");
                continue;
            }
            $this->assertSame(bin2hex((string)$this->serverGet($this->key("peer:$name"))),
                bin2hex((string)$this->serverGet($this->key("self:$name"))), "the bytes of '$name'");
        }
    }
}
