<?php

namespace RedisClusterTests;

use RedisCluster;

/** Every constant of the reference, with phpredis 5.3.7's value. */
final class ConstantsTest extends ClusterTestCase
{
    public const EXPECTED = [
        'REDIS_NOT_FOUND' => 0,
        'REDIS_STRING' => 1,
        'REDIS_SET' => 2,
        'REDIS_LIST' => 3,
        'REDIS_ZSET' => 4,
        'REDIS_HASH' => 5,
        'REDIS_STREAM' => 6,
        'ATOMIC' => 0,
        'MULTI' => 1,
        'OPT_SERIALIZER' => 1,
        'OPT_PREFIX' => 2,
        'OPT_READ_TIMEOUT' => 3,
        'OPT_TCP_KEEPALIVE' => 6,
        'OPT_COMPRESSION' => 7,
        'OPT_REPLY_LITERAL' => 8,
        'OPT_COMPRESSION_LEVEL' => 9,
        'OPT_NULL_MULTIBULK_AS_NULL' => 10,
        'SERIALIZER_NONE' => 0,
        'SERIALIZER_PHP' => 1,
        'SERIALIZER_IGBINARY' => 2,
        'SERIALIZER_JSON' => 4,
        'COMPRESSION_NONE' => 0,
        'COMPRESSION_LZF' => 1,
        'COMPRESSION_ZSTD' => 2,
        'COMPRESSION_ZSTD_MIN' => 1,
        'COMPRESSION_ZSTD_DEFAULT' => 3,
        'COMPRESSION_ZSTD_MAX' => 22,
        'COMPRESSION_LZ4' => 3,
        'OPT_SCAN' => 4,
        'SCAN_RETRY' => 1,
        'SCAN_NORETRY' => 0,
        'SCAN_PREFIX' => 2,
        'SCAN_NOPREFIX' => 3,
        'AFTER' => 'after',
        'BEFORE' => 'before',
        'OPT_SLAVE_FAILOVER' => 5,
        'FAILOVER_NONE' => 0,
        'FAILOVER_ERROR' => 1,
        'FAILOVER_DISTRIBUTE' => 2,
        'FAILOVER_DISTRIBUTE_SLAVES' => 3,
        'OPT_MAX_RETRIES' => 11,
        'OPT_BACKOFF_ALGORITHM' => 12,
        'BACKOFF_ALGORITHM_DEFAULT' => 0,
        'BACKOFF_ALGORITHM_CONSTANT' => 6,
        'BACKOFF_ALGORITHM_UNIFORM' => 5,
        'BACKOFF_ALGORITHM_EXPONENTIAL' => 4,
        'BACKOFF_ALGORITHM_FULL_JITTER' => 2,
        'BACKOFF_ALGORITHM_EQUAL_JITTER' => 3,
        'BACKOFF_ALGORITHM_DECORRELATED_JITTER' => 1,
        'OPT_BACKOFF_BASE' => 13,
        'OPT_BACKOFF_CAP' => 14,
    ];

    public function testEveryConstant(): void
    {
        $actual = (new \ReflectionClass(RedisCluster::class))->getConstants();
        foreach (self::EXPECTED as $name => $value) {
            $this->assertArrayHasKey($name, $actual, "RedisCluster::$name is missing");
            $this->assertSame($value, $actual[$name], "RedisCluster::$name");
            $this->assertSame($value, constant(RedisCluster::class . "::$name"));
        }
    }

    /** phpredis defines these only when built with what they need (5.3.7: no msgpack). */
    public const BUILD_DEPENDENT = [
        'SERIALIZER_MSGPACK' => 3,
    ];

    public function testBuildDependentConstants(): void
    {
        $actual = (new \ReflectionClass(RedisCluster::class))->getConstants();
        foreach (self::BUILD_DEPENDENT as $name => $value) {
            if (array_key_exists($name, $actual)) {
                $this->assertSame($value, $actual[$name], "RedisCluster::$name");
            } else {
                $this->assertTrue(self::isPhpredis(), "RedisCluster::$name is missing");
            }
        }
    }

    /** Added by this module: pipelines on a cluster (phpredis's Redis::PIPELINE value). */
    public const ADDED = [
        'PIPELINE' => 2,
    ];

    public function testAddedConstants(): void
    {
        $actual = (new \ReflectionClass(RedisCluster::class))->getConstants();
        foreach (self::ADDED as $name => $value) {
            if (self::isPhpredis()) {
                $this->assertArrayNotHasKey($name, $actual, "phpredis 5.3.7 has no RedisCluster::$name");
            } else {
                $this->assertSame($value, $actual[$name] ?? null, "RedisCluster::$name");
            }
        }
    }

    public function testNoOtherConstants(): void
    {
        $extra = array_diff_key((new \ReflectionClass(RedisCluster::class))->getConstants(), self::EXPECTED,
            self::BUILD_DEPENDENT, self::ADDED);
        $this->assertSame([], $extra, 'constants the reference does not list');
    }
}
