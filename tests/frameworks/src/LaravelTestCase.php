<?php

declare(strict_types=1);

namespace FrameworkTests;

use Illuminate\Container\Container;
use Illuminate\Redis\Connections\Connection;
use Illuminate\Redis\RedisManager;

/**
 * Laravel 8's Redis layer as an application configures it (config/database.php's 'redis'
 * array, client 'phpredis'): one connection named 'fw', a cluster under 'clusters' or a
 * standalone server, with the options a test gives.
 */
abstract class LaravelTestCase extends FrameworkTestCase
{
    /** @return list<array{host:string, port:int, database:int}> the cluster's seeds as Laravel lists them */
    protected static function clusterServers(): array
    {
        return array_map(function ($addr) {
            [$host, $port] = self::split($addr);
            return ['host' => $host, 'port' => $port, 'database' => 0];
        }, self::seeds());
    }

    /**
     * A RedisManager whose connection 'fw' is the target: on the cluster, $options are
     * the cluster's own ('clusters' => ['fw' => [...servers, 'options' => $options]]) and
     * $shared the ones of every cluster ('clusters' => ['options' => $shared]); standalone,
     * $options are the connection's keys and $shared the 'options' of every connection.
     */
    protected function manager(string $target, array $options = [], array $shared = []): RedisManager
    {
        if ($target === 'cluster') {
            $config = ['clusters' => ['options' => $shared, 'fw' => self::clusterServers() + ['options' => $options]]];
        } else {
            [$host, $port] = self::split(self::standaloneAddr());
            $config = ['options' => $shared, 'fw' => $options + ['host' => $host, 'port' => $port, 'database' => 0]];
        }
        $m = new RedisManager(new Container(), 'phpredis', ['client' => 'phpredis'] + $config);
        return $m;
    }

    protected function connection(string $target, array $options = [], array $shared = []): Connection
    {
        return $this->manager($target, $options, $shared)->connection('fw');
    }
}
