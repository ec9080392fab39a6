<?php

declare(strict_types=1);

namespace FrameworkTests;

use PHPUnit\Framework\TestCase;

/**
 * Base of the framework tests. Each test names its keys after $this->id (a prefix, a
 * namespace, a queue name), so that tearDown() can delete what it left on both servers.
 * The targets:
 *   cluster     FW_CLUSTER_SEEDS (default 127.0.0.1:7900..7905)
 *   standalone  FW_REDIS (default 127.0.0.1:7950)
 */
abstract class FrameworkTestCase extends TestCase
{
    /** @var array<string, Inspector> */
    private static array $inspectors = [];
    protected string $id;

    /** @return list<string> "host:port" */
    public static function seeds(): array
    {
        $env = getenv('FW_CLUSTER_SEEDS');
        if ($env === false || $env === '') {
            return array_map(fn ($p) => "127.0.0.1:$p", range(7900, 7905));
        }
        return array_map('trim', explode(',', $env));
    }

    public static function standaloneAddr(): string
    {
        $env = getenv('FW_REDIS');
        return $env === false || $env === '' ? '127.0.0.1:7950' : $env;
    }

    /** @return array{0:string, 1:int} */
    public static function split(string $addr): array
    {
        $i = strrpos($addr, ':');
        return [substr($addr, 0, $i), (int)substr($addr, $i + 1)];
    }

    /**
     * True when the module under test is Debian's phpredis (the oracle): only this
     * project's RedisCluster has a slot cache API. Used only where phpredis 5.3.7 itself
     * fails a framework's path, which is then asserted for this project's module alone.
     */
    public static function isPhpredis(): bool
    {
        return !method_exists(\RedisCluster::class, 'getSlotCacheInfo');
    }

    /** @return array<string, array{0:string}> the data provider of both targets */
    public static function targets(): array
    {
        return ['cluster' => ['cluster'], 'standalone' => ['standalone']];
    }

    protected function inspector(string $target, int $db = 0): Inspector
    {
        return self::$inspectors["$target/$db"] ??= match ($target) {
            'cluster' => Inspector::cluster(self::seeds()),
            'standalone' => Inspector::standalone(self::standaloneAddr(), $db),
        };
    }

    protected function setUp(): void
    {
        $this->id = 'fw' . bin2hex(random_bytes(5));
    }

    protected function tearDown(): void
    {
        foreach (self::$inspectors as $inspector) {
            $inspector->deleteMatching("*$this->id*");
        }
    }

    /** The key's time to live, in seconds, is in [$min, $max]. */
    protected function assertTtl(Inspector $in, string $key, int $min, int $max): void
    {
        $ttl = $in->ttl($key);
        $this->assertGreaterThanOrEqual($min, $ttl, "TTL of $key");
        $this->assertLessThanOrEqual($max, $ttl, "TTL of $key");
    }

    /**
     * Runs $fn and returns what it threw (null when nothing), with the PHP warnings it
     * raised collected into $warnings instead of failing the test.
     * @param list<string> $warnings
     */
    protected static function thrownBy(callable $fn, ?array &$warnings = null): ?\Throwable
    {
        $warnings = [];
        set_error_handler(function (int $no, string $msg) use (&$warnings) {
            $warnings[] = $msg;
            return true;
        });
        try {
            $fn();
            return null;
        } catch (\Throwable $e) {
            return $e;
        } finally {
            restore_error_handler();
        }
    }
}
