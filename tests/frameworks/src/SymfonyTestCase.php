<?php

declare(strict_types=1);

namespace FrameworkTests;

use Symfony\Component\Cache\Adapter\RedisAdapter;

/**
 * Symfony 5.4's Redis connections as an application writes them: a DSN handed to
 * RedisAdapter::createConnection(), which builds a RedisCluster (redis_cluster=1) or a
 * Redis, or with lazy=1 a proxy that connects on first use.
 */
abstract class SymfonyTestCase extends FrameworkTestCase
{
    /** @return array<string, array{0:string, 1:string}> [target, DSN] for the data providers */
    public static function dsns(): array
    {
        $hosts = implode('&', array_map(fn ($a) => "host[$a]", self::seeds()));
        $standalone = 'redis://' . self::standaloneAddr();
        return [
            'cluster' => ['cluster', "redis:?$hosts&redis_cluster=1"],
            'cluster lazy' => ['cluster', "redis:?$hosts&redis_cluster=1&lazy=1"],
            'standalone' => ['standalone', $standalone],
            'standalone lazy' => ['standalone', "$standalone?lazy=1"],
        ];
    }

    /** @return \Redis|\RedisCluster|object a client, or Symfony's proxy of one */
    protected static function connect(string $dsn): object
    {
        return RedisAdapter::createConnection($dsn, ['timeout' => 2, 'read_timeout' => 5]);
    }
}
