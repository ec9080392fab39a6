<?php

declare(strict_types=1);

/*
 * The suite needs a running cluster (scripts/cluster.sh start) and exactly one RedisCluster
 * implementation: this project's module (scripts/php.sh) or Debian's phpredis
 * (scripts/php-phpredis.sh). A cluster that is down makes the tests fail, never skip.
 */

require_once __DIR__ . '/../lib/RespClient.php';
require_once __DIR__ . '/../lib/OtherModule.php';
require __DIR__ . '/src/ClusterAdmin.php';
require __DIR__ . '/src/ClusterTestCase.php';

if (!class_exists('RedisCluster', false)) {
    fwrite(STDERR, "RedisCluster is not loaded: run PHPUnit through scripts/php.sh (this project's module)"
        . " or scripts/php-phpredis.sh (Debian's phpredis)\n");
    exit(1);
}

fprintf(
    STDERR,
    "RedisCluster from %s (extension redis %s), seeds %s\n",
    RedisClusterTests\ClusterTestCase::isPhpredis() ? 'phpredis' : 'this project',
    phpversion('redis'),
    implode(',', RedisClusterTests\ClusterTestCase::seeds())
);
