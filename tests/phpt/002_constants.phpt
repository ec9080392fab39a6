--TEST--
RedisCluster class constants have phpredis's values
--EXTENSIONS--
redis
--FILE--
<?php
$expected = [
    'REDIS_NOT_FOUND' => 0, 'REDIS_STRING' => 1, 'REDIS_SET' => 2,
    'REDIS_LIST' => 3, 'REDIS_ZSET' => 4, 'REDIS_HASH' => 5, 'REDIS_STREAM' => 6,
    'ATOMIC' => 0, 'MULTI' => 1, 'PIPELINE' => 2,
    'OPT_SERIALIZER' => 1, 'OPT_PREFIX' => 2, 'OPT_READ_TIMEOUT' => 3,
    'OPT_TCP_KEEPALIVE' => 6, 'OPT_COMPRESSION' => 7, 'OPT_REPLY_LITERAL' => 8,
    'OPT_COMPRESSION_LEVEL' => 9, 'OPT_NULL_MULTIBULK_AS_NULL' => 10,
    'SERIALIZER_NONE' => 0, 'SERIALIZER_PHP' => 1, 'SERIALIZER_IGBINARY' => 2,
    'SERIALIZER_JSON' => 4, 'SERIALIZER_MSGPACK' => 3,
    'COMPRESSION_NONE' => 0, 'COMPRESSION_LZF' => 1, 'COMPRESSION_ZSTD' => 2,
    'COMPRESSION_ZSTD_MIN' => 1, 'COMPRESSION_ZSTD_DEFAULT' => 3,
    'COMPRESSION_ZSTD_MAX' => 22, 'COMPRESSION_LZ4' => 3,
    'OPT_SCAN' => 4, 'SCAN_RETRY' => 1, 'SCAN_NORETRY' => 0,
    'SCAN_PREFIX' => 2, 'SCAN_NOPREFIX' => 3,
    'AFTER' => 'after', 'BEFORE' => 'before',
    'OPT_SLAVE_FAILOVER' => 5, 'FAILOVER_NONE' => 0, 'FAILOVER_ERROR' => 1,
    'FAILOVER_DISTRIBUTE' => 2, 'FAILOVER_DISTRIBUTE_SLAVES' => 3,
    'OPT_MAX_RETRIES' => 11, 'OPT_BACKOFF_ALGORITHM' => 12,
    'BACKOFF_ALGORITHM_DEFAULT' => 0, 'BACKOFF_ALGORITHM_CONSTANT' => 6,
    'BACKOFF_ALGORITHM_UNIFORM' => 5, 'BACKOFF_ALGORITHM_EXPONENTIAL' => 4,
    'BACKOFF_ALGORITHM_FULL_JITTER' => 2, 'BACKOFF_ALGORITHM_EQUAL_JITTER' => 3,
    'BACKOFF_ALGORITHM_DECORRELATED_JITTER' => 1,
    'OPT_BACKOFF_BASE' => 13, 'OPT_BACKOFF_CAP' => 14,
];
$bad = 0;
foreach ($expected as $name => $value) {
    $full = "RedisCluster::$name";
    if (!defined($full)) {
        echo "missing: $name\n";
        $bad++;
    } elseif (constant($full) !== $value) {
        echo "wrong: $name = ", var_export(constant($full), true), "\n";
        $bad++;
    }
}
echo count($expected), " constants checked, $bad bad\n";
?>
--EXPECT--
53 constants checked, 0 bad
