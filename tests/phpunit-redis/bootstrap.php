<?php

declare(strict_types=1);

/*
 * The suite needs the servers of scripts/standalone.sh and exactly one implementation of
 * Redis and RedisSentinel: this project's module (scripts/php.sh) or Debian's phpredis
 * (scripts/php-phpredis.sh). Servers that are down make the tests fail, never skip.
 */

require_once __DIR__ . '/../lib/RespClient.php';
require_once __DIR__ . '/../lib/OtherModule.php';
require __DIR__ . '/src/Servers.php';
require __DIR__ . '/src/Monitor.php';
require __DIR__ . '/src/RedisTestCase.php';

if (!class_exists('Redis', false) || !class_exists('RedisSentinel', false)) {
    fwrite(STDERR, "Redis or RedisSentinel is not loaded: run PHPUnit through scripts/php.sh (this project's module,"
        . " once it has the classes) or scripts/php-phpredis.sh (Debian's phpredis)\n");
    exit(1);
}

fprintf(
    STDERR,
    "Redis from %s (extension redis %s), master 127.0.0.1:%d\n",
    RedisTests\RedisTestCase::isPhpredis() ? 'phpredis' : 'this project',
    phpversion('redis'),
    RedisTests\Servers::master()
);
