<?php

declare(strict_types=1);

/*
 * The Redis class's security tests (tests/security/redis, ports 7520..7549) start their own
 * servers and need redis-server with TLS, the openssl CLI and a module with the Redis class:
 *   scripts/php-phpredis.sh /usr/bin/phpunit -c tests/security/phpunit-redis.xml
 *   scripts/php.sh /usr/bin/phpunit -c tests/security/phpunit-redis.xml   (once it has Redis)
 */

require_once __DIR__ . '/../lib/RespClient.php';
require __DIR__ . '/src/prepare.php';
require __DIR__ . '/src/CapturesWarnings.php';
require __DIR__ . '/src/Certs.php';
require __DIR__ . '/src/LocalServer.php';
require __DIR__ . '/src/RedisSecurityTestCase.php';

if (!class_exists('Redis', false)) {
    fwrite(STDERR, "Redis is not loaded: run PHPUnit through scripts/php-phpredis.sh, or scripts/php.sh once the module has it\n");
    exit(1);
}
security_prepare(['redis-server', 'openssl']);
fprintf(STDERR, "Redis from extension redis %s\n", phpversion('redis'));
