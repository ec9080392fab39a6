<?php

declare(strict_types=1);

/*
 * The security suite starts its own clusters (ports 7700..7799, bus ports +10000) and needs
 * redis-server and redis-cli with TLS, the openssl CLI, and this project's module:
 *   scripts/php.sh /usr/bin/phpunit -c tests/security/phpunit.xml
 */

require_once __DIR__ . '/../lib/RespClient.php';
require __DIR__ . '/src/Certs.php';
require __DIR__ . '/src/LocalCluster.php';
require __DIR__ . '/src/SecurityTestCase.php';

if (!class_exists('RedisCluster', false)) {
    fwrite(STDERR, "RedisCluster is not loaded: run PHPUnit through scripts/php.sh\n");
    exit(1);
}
// Ctrl-C or a kill: exit normally, so that the shutdown function stops the clusters.
if (function_exists('pcntl_async_signals')) {
    pcntl_async_signals(true);
    foreach ([SIGINT, SIGTERM, SIGHUP] as $sig) {
        pcntl_signal($sig, function (int $sig) {
            fwrite(STDERR, "\nsignal $sig: stopping the test clusters\n");
            exit(128 + $sig);
        });
    }
}
foreach (['redis-server', 'redis-cli', 'openssl'] as $tool) {
    if (trim((string)shell_exec('command -v ' . $tool)) === '') {
        fwrite(STDERR, "$tool is not installed\n");
        exit(1);
    }
}
fprintf(STDERR, "RedisCluster from extension redis %s (%s)\n", phpversion('redis'),
    method_exists('RedisCluster', 'getSlotCacheInfo') ? 'this project' : 'phpredis');
