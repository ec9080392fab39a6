<?php
/*
 * Base of the session tests: tests/phpunit's ClusterTestCase (REDIS_CLUSTER_SEEDS; every
 * key a test makes contains its unique id and is removed afterwards; serverCall() looks
 * behind the module's back), plus the peers' files, and what tells the two handlers apart:
 * the handler, its key and lock names, its save path and where it stores. These methods
 * are rediscluster's here; OnStandalone's are the redis handler's on the servers of
 * Standalone, so that each test is written once and runs against both.
 */

declare(strict_types=1);

namespace SessionTest;

use RedisClusterTests\ClusterTestCase;

abstract class SessionTestCase extends ClusterTestCase
{
    /** Where the peers signal through files. */
    protected string $dir;

    protected function setUp(): void
    {
        $this->uniq = 't' . bin2hex(random_bytes(5));
        $this->startBackend();
        $this->dir = sys_get_temp_dir() . "/session-test-$this->uniq";
        mkdir($this->dir);
    }

    protected function tearDown(): void
    {
        exec('rm -rf ' . escapeshellarg($this->dir));
        parent::tearDown();
    }

    protected function startBackend(): void
    {
        $this->c = $this->client();
    }

    protected function handler(): string
    {
        return 'rediscluster';
    }

    protected function defaultPrefix(): string
    {
        return 'PHPREDIS_CLUSTER_SESSION:';
    }

    /** The lock key of session key $key: in its slot (docs/sessions.md). */
    protected function lockKey(string $key): string
    {
        return '{' . $key . '}_LOCK';
    }

    /** The save path for the local cluster, with more options. */
    protected function savePath(string $more = ''): string
    {
        $path = implode('&', array_map(fn ($s) => "seed[]=$s", self::seeds())) . '&timeout=2&read_timeout=2';
        return $more === '' ? $path : "$path&$more";
    }

    /** A client whose _compress() makes the bytes of OPT_COMPRESSION $kind at $level. */
    protected function compressor(int $kind, int $level): \RedisCluster|\Redis
    {
        $c = new \RedisCluster(null, self::seeds(), 2, 2);
        $c->setOption(\RedisCluster::OPT_COMPRESSION, $kind);
        $c->setOption(\RedisCluster::OPT_COMPRESSION_LEVEL, $level);
        return $c;
    }

    /** The keys of every master whose name contains $part. @return list<string> */
    protected function keysWith(string $part): array
    {
        $out = [];
        foreach (self::admin()->masters() as $m) {
            array_push($out, ...self::scan(self::admin()->node($m['addr']), "*$part*"));
        }
        sort($out);
        return $out;
    }

    /** Every key of one server matching $pattern. @return list<string> */
    protected static function scan(\RedisClusterTestLib\RespClient $node, string $pattern): array
    {
        $out = [];
        $cursor = '0';
        do {
            [$cursor, $keys] = $node->ok('SCAN', $cursor, 'MATCH', $pattern, 'COUNT', 1000);
            array_push($out, ...$keys);
        } while ($cursor !== '0');
        return $out;
    }

    /** A session ID of this test: only [a-z0-9], as PHP accepts. */
    protected function sid(string $name = 'a'): string
    {
        return $this->uniq . $name;
    }

    /** A job for session_peer.php: the handler and save path, PHP settings, the steps. */
    protected function job(array $steps, array $ini = [], string $pathOptions = ''): array
    {
        return ['ini' => $ini + ['session.save_handler' => $this->handler(),
            'session.save_path' => $this->savePath($pathOptions)], 'steps' => $steps];
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
