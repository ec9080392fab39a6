<?php

declare(strict_types=1);

/*
 * The security suite starts its own clusters (ports 7700..7799, bus ports +10000) and needs
 * redis-server and redis-cli with TLS, the openssl CLI, and this project's module:
 *   scripts/php.sh /usr/bin/phpunit -c tests/security/phpunit.xml
 */

require_once __DIR__ . '/../lib/RespClient.php';
require __DIR__ . '/src/prepare.php';
require __DIR__ . '/src/CapturesWarnings.php';
require __DIR__ . '/src/Certs.php';
require __DIR__ . '/src/LocalCluster.php';
require __DIR__ . '/src/SecurityTestCase.php';

if (!class_exists('RedisCluster', false)) {
    fwrite(STDERR, "RedisCluster is not loaded: run PHPUnit through scripts/php.sh\n");
    exit(1);
}
security_prepare(['redis-server', 'redis-cli', 'openssl']);
fprintf(STDERR, "RedisCluster from extension redis %s (%s)\n", phpversion('redis'),
    method_exists('RedisCluster', 'getSlotCacheInfo') ? 'this project' : 'phpredis');
