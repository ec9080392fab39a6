<?php

declare(strict_types=1);

/*
 * The framework suite runs Debian's Laravel 8 (php-illuminate-redis, -cache, -queue) and
 * Symfony 5.4 (php-symfony-cache, -lock, -http-foundation) packages, unchanged, through
 * their own autoloaders under /usr/share/php, against a cluster and a standalone server
 * (tests/frameworks/run.sh starts both), with one implementation of the classes Redis and
 * RedisCluster: this project's module (scripts/php.sh) or Debian's phpredis
 * (scripts/php-phpredis.sh).
 */

require_once __DIR__ . '/../lib/RespClient.php';
require __DIR__ . '/src/Inspector.php';
require __DIR__ . '/src/FrameworkTestCase.php';
require __DIR__ . '/src/LaravelTestCase.php';
require __DIR__ . '/src/SymfonyTestCase.php';

if (!class_exists('Redis', false) || !class_exists('RedisCluster', false)) {
    fwrite(STDERR, "Redis and RedisCluster are not loaded: run PHPUnit through scripts/php.sh (this project's module)"
        . " or scripts/php-phpredis.sh (Debian's phpredis)\n");
    exit(1);
}

// The packages' autoloaders require their dependencies by paths relative to the include
// path, as Debian's PHP sets it.
if (!in_array('/usr/share/php', explode(PATH_SEPARATOR, get_include_path()), true)) {
    set_include_path(get_include_path() . PATH_SEPARATOR . '/usr/share/php');
}
$autoloaders = [
    'Illuminate/Redis/autoload.php' => 'php-illuminate-redis',
    'Illuminate/Cache/autoload.php' => 'php-illuminate-cache',
    'Illuminate/Queue/autoload.php' => 'php-illuminate-queue',
    'Illuminate/Container/autoload.php' => 'php-illuminate-container',
    'Symfony/Component/Cache/autoload.php' => 'php-symfony-cache',
    'Symfony/Component/Lock/autoload.php' => 'php-symfony-lock',
    'Symfony/Component/HttpFoundation/autoload.php' => 'php-symfony-http-foundation',
];
foreach ($autoloaders as $file => $package) {
    if (!is_file("/usr/share/php/$file")) {
        fwrite(STDERR, "/usr/share/php/$file is missing: install $package (scripts/setup.sh does)\n");
        exit(1);
    }
    require_once "/usr/share/php/$file";
}

fprintf(
    STDERR,
    "Redis and RedisCluster from %s (extension redis %s), cluster %s, standalone %s\n",
    FrameworkTests\FrameworkTestCase::isPhpredis() ? 'phpredis' : 'this project',
    phpversion('redis'),
    implode(',', FrameworkTests\FrameworkTestCase::seeds()),
    FrameworkTests\FrameworkTestCase::standaloneAddr()
);
