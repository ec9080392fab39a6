<?php

declare(strict_types=1);

namespace SecurityTests;

use PHPUnit\Framework\TestCase;
use RedisCluster;

/**
 * Base of the security tests: each test class starts its own private cluster (see
 * clusterOptions()) before its first test and stops it after its last, whatever happened.
 */
abstract class SecurityTestCase extends TestCase
{
    use CapturesWarnings;

    /** @var array<class-string,LocalCluster> */
    private static array $clusters = [];

    /** @return array{0:int, 1:array} the port base (7700..7799) and LocalCluster options */
    abstract protected static function clusterOptions(): array;

    public static function setUpBeforeClass(): void
    {
        [$base, $opts] = static::clusterOptions();
        self::$clusters[static::class] = LocalCluster::start($base, $opts);
    }

    public static function tearDownAfterClass(): void
    {
        if (isset(self::$clusters[static::class])) {
            self::$clusters[static::class]->stop();
            unset(self::$clusters[static::class]);
        }
    }

    protected static function cluster(): LocalCluster
    {
        return self::$clusters[static::class];
    }


    /** Asserts $fn throws $class within [$min, $max] seconds; returns the exception and the warnings. */
    protected function assertThrowsWithin(callable $fn, string $class, float $min, float $max): array
    {
        $t = microtime(true);
        [$result, $thrown, $warnings] = self::capture($fn);
        $elapsed = microtime(true) - $t;
        $this->assertNotNull($thrown, 'expected ' . $class . ', got a result: ' . var_export($result, true));
        $this->assertInstanceOf($class, $thrown, get_class($thrown) . ': ' . $thrown->getMessage());
        $this->assertGreaterThanOrEqual($min, $elapsed, sprintf('threw after %.3fs: %s', $elapsed, $thrown->getMessage()));
        $this->assertLessThanOrEqual($max, $elapsed, sprintf('threw after %.3fs: %s', $elapsed, $thrown->getMessage()));
        return [$thrown, $warnings, $elapsed];
    }

    /** [host, port] for rawcommand() and the directed-node commands. */
    protected static function node(int $port): array
    {
        return ['127.0.0.1', $port];
    }

    /** CLIENT ID of the object's connection to each master, by port. */
    protected static function clientIds(RedisCluster $rc): array
    {
        $ids = [];
        foreach (self::cluster()->ports as $p) {
            $ids[$p] = $rc->rawcommand(self::node($p), 'CLIENT', 'ID');
        }
        return $ids;
    }

    /** One key on each master: port => key. */
    protected static function keyPerMaster(string $prefix): array
    {
        $keys = [];
        foreach (self::cluster()->ports as $p) {
            $keys[$p] = self::cluster()->keyOn($p, $prefix);
        }
        return $keys;
    }

    /** set/get/mget on every master through $rc, checked against the servers themselves. */
    protected function assertWorksOnEveryMaster(RedisCluster $rc, string $prefix): void
    {
        $keys = self::keyPerMaster($prefix . bin2hex(random_bytes(4)) . ':');
        foreach ($keys as $p => $k) {
            $this->assertTrue($rc->set($k, "v$p"));
            $this->assertSame("v$p", $rc->get($k));
            $this->assertSame("v$p", self::cluster()->admin($p)->call('GET', $k), "$k is not on master $p");
        }
        $this->assertSame(array_map(fn ($p) => "v$p", array_keys($keys)), $rc->mget(array_values($keys)));
        $this->assertSame(count($keys), $rc->del(array_values($keys)));
    }
}
