<?php

declare(strict_types=1);

namespace SecurityTests;

use PHPUnit\Framework\TestCase;
use Redis;

/**
 * Base of the security tests of the single-node Redis class: each test class starts its
 * own server (see serverOptions()) before its first test and stops it after its last.
 */
abstract class RedisSecurityTestCase extends TestCase
{
    use CapturesWarnings;

    /** @var array<class-string, LocalServer> */
    private static array $servers = [];

    /** @return array{0: int, 1: array} the port (7520..7549) and LocalServer options */
    abstract protected static function serverOptions(): array;

    public static function setUpBeforeClass(): void
    {
        [$port, $opts] = static::serverOptions();
        self::$servers[static::class] = LocalServer::start($port, $opts);
    }

    public static function tearDownAfterClass(): void
    {
        if (isset(self::$servers[static::class])) {
            self::$servers[static::class]->stop();
            unset(self::$servers[static::class]);
        }
    }

    protected static function server(): LocalServer
    {
        return self::$servers[static::class];
    }

    /** phpredis (the oracle) or this project's module: see tests/phpunit-redis's RedisTestCase. */
    protected static function isPhpredis(): bool
    {
        return !method_exists(\RedisCluster::class, 'refreshSlots');
    }

    protected static function isPhpredis5(): bool
    {
        return self::isPhpredis() && str_starts_with((string)phpversion('redis'), '5.');
    }


    /**
     * $fn fails to connect within [$min, $max] seconds: it throws RedisException or returns
     * false (phpredis 5.3.7 returns false from connect() when the TLS handshake fails).
     * Returns the exception (or null) and the warnings.
     * @return array{0: ?\Throwable, 1: list<string>}
     */
    protected function assertConnectFails(callable $fn, float $min, float $max): array
    {
        $t = microtime(true);
        [$result, $thrown, $warnings] = self::capture($fn);
        $elapsed = microtime(true) - $t;
        if ($thrown !== null) {
            $this->assertInstanceOf(\RedisException::class, $thrown, get_class($thrown) . ': ' . $thrown->getMessage());
        } else {
            $this->assertFalse($result, 'expected a failure, got ' . var_export($result, true));
        }
        $this->assertGreaterThanOrEqual($min, $elapsed);
        $this->assertLessThanOrEqual($max, $elapsed, sprintf('failed after %.3fs', $elapsed));
        return [$thrown, $warnings];
    }

    /** CLIENT ID of $r's connection. */
    protected static function clientId(Redis $r): int
    {
        return (int)$r->rawcommand('CLIENT', 'ID');
    }

    /** set/get through $r, checked against the server itself. */
    protected function assertWorks(Redis $r, string $key): void
    {
        $v = bin2hex(random_bytes(4));
        $this->assertTrue($r->set($key, $v));
        $this->assertSame($v, $r->get($key));
        $this->assertSame($v, self::server()->admin()->call('GET', $key));
        $this->assertSame(1, $r->del($key));
    }
}
