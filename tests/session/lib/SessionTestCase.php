<?php
/*
 * Base of the session tests against the local cluster: tests/phpunit's ClusterTestCase
 * (REDIS_CLUSTER_SEEDS; every key a test makes contains its unique id and is removed
 * afterwards; serverCall() looks behind the module's back), plus the peers' files.
 */

declare(strict_types=1);

namespace SessionTest;

use RedisClusterTests\ClusterTestCase;

abstract class SessionTestCase extends ClusterTestCase
{
    protected const DEFAULT_PREFIX = 'PHPREDIS_CLUSTER_SESSION:';
    /** Where the peers signal through files. */
    protected string $dir;

    protected function setUp(): void
    {
        parent::setUp();
        $this->dir = sys_get_temp_dir() . "/session-test-$this->uniq";
        mkdir($this->dir);
    }

    protected function tearDown(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
        parent::tearDown();
    }

    /** A session ID of this test: only [a-z0-9], as PHP accepts. */
    protected function sid(string $name = 'a'): string
    {
        return $this->uniq . $name;
    }

    /** The save path for the local cluster, with more options. */
    protected function savePath(string $more = ''): string
    {
        $path = implode('&', array_map(fn ($s) => "seed[]=$s", self::seeds())) . '&timeout=2&read_timeout=2';
        return $more === '' ? $path : "$path&$more";
    }

    /** A job for session_peer.php: the save path, PHP settings, the steps. */
    protected function job(array $steps, array $ini = [], string $pathOptions = ''): array
    {
        return ['ini' => $ini + ['session.save_path' => $this->savePath($pathOptions)], 'steps' => $steps];
    }

    /** The step results of a peer's report, by op (the last of each op). */
    protected static function results(array $report): array
    {
        return array_column($report['steps'], 'result', 'op');
    }

    /** Waits (at most 10 s) for a file a peer writes with ["note", path]; its content. */
    protected function waitNote(string $path): string
    {
        for ($deadline = microtime(true) + 10; !file_exists($path); usleep(5000)) {
            $this->assertLessThan($deadline, microtime(true), "the peer never reached $path");
        }
        usleep(2000);
        return (string)file_get_contents($path);
    }
}
