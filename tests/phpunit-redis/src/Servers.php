<?php

declare(strict_types=1);

namespace RedisTests;

use RedisClusterTestLib\RespClient;

/**
 * Where scripts/standalone.sh runs its servers (RS_PORT_BASE, default 7500, as the script
 * reads it), and plain RESP connections to them (tests/lib/RespClient.php), independent of
 * the module under test: what a test checks on the server is read through these.
 */
final class Servers
{
    /** @var array<int, RespClient> admin connections by port */
    private static array $admin = [];

    public static function base(): int
    {
        $env = getenv('RS_PORT_BASE');
        return $env === false || $env === '' ? 7500 : (int)$env;
    }

    /** The master the sentinels watch as "mymaster"; it also listens on socket(). */
    public static function master(): int
    {
        return self::base();
    }

    public static function replica(): int
    {
        return self::base() + 1;
    }

    /** A second master, unrelated to the first: MIGRATE's target. */
    public static function second(): int
    {
        return self::base() + 2;
    }

    /** A master with requirepass password(). */
    public static function locked(): int
    {
        return self::base() + 3;
    }

    /** @return list<int> */
    public static function sentinels(): array
    {
        return [self::base() + 10, self::base() + 11, self::base() + 12];
    }

    public static function dir(): string
    {
        return rtrim(getenv('TMPDIR') ?: '/tmp', '/') . '/redis-standalone-' . self::base();
    }

    public static function socket(): string
    {
        return self::dir() . '/redis.sock';
    }

    public static function password(): string
    {
        $env = getenv('RS_PASSWORD');
        return $env === false || $env === '' ? 'Pw-standalone-S3cr3t' : $env;
    }

    /** An administrative connection to $port (authenticated on locked()), kept open, in db 0. */
    public static function admin(?int $port = null): RespClient
    {
        $port ??= self::master();
        if (!isset(self::$admin[$port])) {
            $c = new RespClient('127.0.0.1', $port, 2.0, 5.0);
            if ($port === self::locked()) {
                $c->ok('AUTH', self::password());
            }
            self::$admin[$port] = $c;
        }
        return self::$admin[$port];
    }

    /** Drops the admin connection to $port (after the server closed it, or changed role). */
    public static function forget(int $port): void
    {
        if (isset(self::$admin[$port])) {
            self::$admin[$port]->close();
            unset(self::$admin[$port]);
        }
    }

    /** A command on $port in database $db, on the admin connection (left in db 0). */
    public static function callIn(int $port, int $db, string|int|float ...$args): mixed
    {
        if ($db === 0) {
            return self::admin($port)->call(...$args);
        }
        $replies = self::admin($port)->pipeline([['SELECT', $db], $args, ['SELECT', 0]]);
        return $replies[1];
    }

    /** True when $port is a server scripts/standalone.sh started (its dir is ours). */
    public static function isOurs(int $port): bool
    {
        $dir = self::admin($port)->call('CONFIG', 'GET', 'dir');
        return is_array($dir) && ($dir[1] ?? '') === self::dir() . "/$port";
    }

    /** Waits until the replica is linked to the master and has caught up. */
    public static function waitReplicaInSync(float $seconds = 15.0): void
    {
        $deadline = microtime(true) + $seconds;
        do {
            try {
                $info = (string)self::admin(self::replica())->call('INFO', 'replication');
                $m = (string)self::admin(self::master())->call('INFO', 'replication');
                if (str_contains($info, "master_link_status:up")
                    && preg_match('/slave0:ip=127\.0\.0\.1,port=' . self::replica() . ',state=online,offset=(\d+)/', $m, $s)
                    && preg_match('/master_repl_offset:(\d+)/', $m, $o) && (int)$s[1] >= (int)$o[1] - 1000) {
                    return;
                }
            } catch (\RuntimeException $e) {
                self::forget(self::replica());
                self::forget(self::master());
            }
            usleep(50000);
        } while (microtime(true) < $deadline);
        throw new \RuntimeException("the replica on " . self::replica() . " is not in sync after {$seconds}s");
    }

    /** SENTINEL <sub> mymaster on sentinel $port, as [field => value] (one entry) or a list of them. */
    public static function sentinelInfo(int $port, string $sub): array
    {
        $c = new RespClient('127.0.0.1', $port, 2.0, 5.0);
        $r = $c->ok('SENTINEL', $sub, 'mymaster');
        $c->close();
        $zip = function (array $flat): array {
            $out = [];
            for ($i = 0; $i + 1 < count($flat); $i += 2) {
                $out[$flat[$i]] = $flat[$i + 1];
            }
            return $out;
        };
        return is_array($r[0] ?? null) ? array_map($zip, $r) : $zip($r);
    }

    /**
     * Waits until master() is the master with replica() in sync, and every sentinel sees
     * them so (what scripts/standalone.sh start waits for).
     */
    public static function waitSetupHealthy(float $seconds = 30.0): void
    {
        self::waitReplicaInSync($seconds);
        $deadline = microtime(true) + $seconds;
        do {
            $ok = true;
            foreach (self::sentinels() as $p) {
                try {
                    $m = self::sentinelInfo($p, 'master');
                    $replicas = self::sentinelInfo($p, 'replicas');
                } catch (\RuntimeException $e) {
                    $ok = false;
                    break;
                }
                $ok = $ok && $m['flags'] === 'master' && $m['port'] === (string)self::master() && $m['num-slaves'] === '1'
                    && $m['num-other-sentinels'] === '2' && count($replicas) === 1 && $replicas[0]['flags'] === 'slave'
                    && $replicas[0]['port'] === (string)self::replica() && $replicas[0]['master-link-status'] === 'ok';
            }
            if ($ok) {
                return;
            }
            usleep(100000);
        } while (microtime(true) < $deadline);
        throw new \RuntimeException("the sentinels do not see master " . self::master() . " and replica " . self::replica()
            . " after {$seconds}s");
    }
}
