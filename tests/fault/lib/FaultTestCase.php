<?php
/* Shared set-up of the fault tests: port blocks, scratch directories, clean-up. */

declare(strict_types=1);

namespace FaultTest;

use PHPUnit\Framework\TestCase;

abstract class FaultTestCase extends TestCase
{
    /** Blocks of 20 ports from FAULT_PORT_BASE (7300): 0-3 rotate between fault runs, 4 is the PHP-FPM test's. */
    protected const BLOCK = 20;
    private static int $run = 0;

    protected ?LocalCluster $cluster = null;
    protected ?Workers $workers = null;

    protected static function portBase(): int
    {
        return (int)(getenv('FAULT_PORT_BASE') ?: 7300);
    }

    /** The next fault run's port block [lo, hi]. */
    protected static function nextBlock(): array
    {
        $lo = self::portBase() + (self::$run++ % 4) * self::BLOCK;
        return [$lo, $lo + self::BLOCK - 1];
    }

    protected static function scratch(string $name): string
    {
        $d = rtrim(getenv('TMPDIR') ?: '/tmp', '/') . '/rediscluster-fault-run-' . getmypid() . "/$name";
        if (is_dir($d)) {
            exec('rm -rf ' . escapeshellarg($d));
        }
        mkdir($d, 0777, true);
        return $d;
    }

    protected function setUp(): void
    {
        if (!extension_loaded('redis') || !class_exists('RedisCluster')) {
            $this->markTestSkipped('no redis extension: run through scripts/php.sh or scripts/php-phpredis.sh');
        }
        if (!function_exists('posix_kill') || !function_exists('proc_open')) {
            $this->markTestSkipped('needs posix and proc_open');
        }
        exec('command -v redis-server', $o, $rc);
        if ($rc !== 0) {
            $this->markTestSkipped('redis-server not installed (scripts/setup.sh)');
        }
    }

    protected function tearDown(): void
    {
        try {
            $this->workers?->stopAll(5);
        } finally {
            $this->workers = null;
            $this->cluster?->stopAll();
            $this->cluster = null;
        }
    }

    public static function tearDownAfterClass(): void
    {
        Registry::cleanup();
        $d = rtrim(getenv('TMPDIR') ?: '/tmp', '/') . '/rediscluster-fault-run-' . getmypid();
        if (is_dir($d) && !getenv('FAULT_KEEP_LOGS')) {
            exec('rm -rf ' . escapeshellarg($d));
        }
    }
}
