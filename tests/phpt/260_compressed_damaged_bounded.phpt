--TEST--
Compressed values that are damaged, lie about their size or expand past memory_limit come back as stored
--EXTENSIONS--
redis
--INI--
memory_limit=256M
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

function crc8(string $s): int
{
    $crc = 0xff;
    for ($i = 0; $i < strlen($s); $i++) {
        $crc ^= ord($s[$i]);
        for ($b = 0; $b < 8; $b++) {
            $crc = ($crc & 0x80) ? (($crc << 1) ^ 0x31) & 0xff : ($crc << 1) & 0xff;
        }
    }
    return $crc;
}
/* lz4 as phpredis frames it: CRC-8 of the length, the length (native int), one block. */
function lz4_framed(int $announced, string $block): string
{
    $len = pack('V', $announced);
    return chr(crc8($len)) . $len . $block;
}

$lz4 = RedisCluster::COMPRESSION_LZ4;
$zstd = RedisCluster::COMPRESSION_ZSTD;
$lzf = RedisCluster::COMPRESSION_LZF;
$damaged = [
    /* lengths that the block cannot give: the largest int, more than 255 times the block, a negative one */
    'lz4 INT_MAX' => [$lz4, lz4_framed(0x7fffffff, "\x10a")],
    'lz4 past 255:1' => [$lz4, lz4_framed(300000, str_repeat("\x1f", 1000))],
    'lz4 negative' => [$lz4, lz4_framed(-5, "\x10a")],
    /* the block gives less than announced */
    'lz4 short block' => [$lz4, lz4_framed(1000, "\x10a")],
    /* a frame whose 8-byte content size says 2^47 and that holds "abc" */
    'zstd lying size' => [$zstd, "\x28\xb5\x2f\xfd\xe0" . pack('P', 1 << 47) . "\x19\x00\x00abc"],
    /* the content size of "abc" turned into 200 */
    'zstd size too big' => [$zstd, "\x28\xb5\x2f\xfd\x20\xc8\x19\x00\x00abc"],
    'zstd size too small' => [$zstd, "\x28\xb5\x2f\xfd\x20\x02\x19\x00\x00abc"],
    /* a frame without a content size (streaming): refused, as phpredis 5.3.7 refuses it */
    'zstd no size' => [$zstd, "\x28\xb5\x2f\xfd\x00\x58\x19\x00\x00abc"],
    'lzf literal cut' => [$lzf, "\x05ab"],
    'lzf reference cut' => [$lzf, "\x02abc\xe0"],
];
$data = [];
foreach ($damaged as $name => [, $bytes]) {
    $data["d:$name"] = $bytes;
}
fake_cluster(1, [0 => ['data' => $data]]);
$c = new RedisCluster(null, fake_seeds(), 5, 10);

/* Bombs: 12 MiB of zeros, honest about their size, written by the module itself. */
$bombs = [];
foreach ([$lz4, $zstd, $lzf] as $cm) {
    $c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
    $bombs[$cm] = $c->_compress(str_repeat("\0", 12 << 20));
    $c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_NONE);
    $c->set("bomb:$cm", $bombs[$cm]);
}
gc_mem_caches();
var_dump(ini_set('memory_limit', '8M') !== false);
memory_reset_peak_usage();
$base = memory_get_usage();

foreach ($damaged as $name => [$cm, $bytes]) {
    $c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
    $got = $c->get("d:$name");
    try {
        $c->_uncompress($bytes);
        $thrown = 'no exception';
    } catch (RedisClusterException $e) {
        $thrown = $e->getMessage();
    }
    printf("%-22s %s, _uncompress: %s\n", $name, $got === $bytes ? 'as stored' : 'CHANGED', $thrown);
}
/* Under USE_ZEND_ALLOC=0 (valgrind) PHP enforces no memory_limit: a bomb may then expand. */
$unlimited = getenv('USE_ZEND_ALLOC') === '0';
foreach ($bombs as $cm => $bytes) {
    $c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
    $got = $c->get("bomb:$cm");
    $ok = $got === $bytes || ($unlimited && $got === str_repeat("\0", 12 << 20));
    printf("bomb %d (%d bytes): %s\n", $cm, strlen($bytes), $ok ? 'as stored' : 'CHANGED');
    unset($got);
}
/* with a serializer as well: neither step applies, so the bytes as stored */
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
$c->setOption(RedisCluster::OPT_COMPRESSION, $lz4);
var_dump($c->get('d:lz4 INT_MAX') === $damaged['lz4 INT_MAX'][1]);
var_dump($unlimited || memory_get_peak_usage() - $base < (2 << 20));

/* what fits is uncompressed: 1 MiB of zeros */
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_NONE);
foreach ([$lz4, $zstd, $lzf] as $cm) {
    $c->setOption(RedisCluster::OPT_COMPRESSION, $cm);
    $c->set("small:$cm", str_repeat("\0", 1 << 20));
    var_dump($c->get("small:$cm") === str_repeat("\0", 1 << 20));
}
fake_stop();
?>
--EXPECTF--
bool(true)
lz4 INT_MAX            as stored, _uncompress: Invalid compressed data or uncompression error
lz4 past 255:1         as stored, _uncompress: Invalid compressed data or uncompression error
lz4 negative           as stored, _uncompress: Invalid compressed data or uncompression error
lz4 short block        as stored, _uncompress: Invalid compressed data or uncompression error
zstd lying size        as stored, _uncompress: Invalid compressed data or uncompression error
zstd size too big      as stored, _uncompress: Invalid compressed data or uncompression error
zstd size too small    as stored, _uncompress: Invalid compressed data or uncompression error
zstd no size           as stored, _uncompress: Invalid compressed data or uncompression error
lzf literal cut        as stored, _uncompress: Invalid compressed data or uncompression error
lzf reference cut      as stored, _uncompress: Invalid compressed data or uncompression error
bomb 3 (%d bytes): as stored
bomb 2 (%d bytes): as stored
bomb 1 (%d bytes): as stored
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
