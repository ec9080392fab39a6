<?php
/*
 * A real PHP-FPM pool (php-fpm8.2, pm = static, 4 children) with
 * session.save_handler = rediscluster, on a cluster of its own (3 masters with a replica
 * each, ports from SESSION_PORT_BASE, 7400; the pool on the block's last port), or
 * session.save_handler = redis on the standalone server of Standalone (SESSION_REDIS_PORT,
 * 7280). Two streams of requests, each in a process of its own, increment a counter in
 * ONE session, SESSION_REQUESTS (40) times each, every request holding the session 20 ms
 * between its read and its write:
 *   - with redis.session.locking_enabled=1 the final count is exactly 2N;
 *   - without locking it is lower (increments lost), which shows the test can tell;
 *   - with locking and a master failover (CLUSTER FAILOVER on the replica of the
 *     session's master) a third of the way in: no increment lost, every request served,
 *     none longer than the lock timeout (lock_retries x lock_wait_time).
 * Each case prints a line "SESSION-FPM ..." with its numbers (docs/sessions.md).
 */

declare(strict_types=1);

namespace SessionTest;

use FaultTest\Fpm;
use FaultTest\LocalCluster;
use FaultTest\Registry;
use PHPUnit\Framework\TestCase;
use RedisClusterTestLib\RespClient;

final class FpmSessionTest extends TestCase
{
    private const HOLD_MS = 20;
    /** phpredis's defaults: 100 retries, 20 ms apart. */
    private const LOCK_TIMEOUT = 100 * 0.020;

    private static ?LocalCluster $cluster = null;
    private ?Fpm $fpm = null;

    public static function setUpBeforeClass(): void
    {
        if (Fpm::binary() === null) {
            self::fail('php-fpm8.2 is not installed (scripts/setup.sh installs it)');
        }
        $lo = self::portBase();
        self::$cluster = LocalCluster::create($lo, $lo + 18, 3, 1);
    }

    public static function tearDownAfterClass(): void
    {
        self::$cluster?->stopAll();
        self::$cluster = null;
        Registry::cleanup();
    }

    protected function tearDown(): void
    {
        $this->fpm?->stopAll();
        $this->fpm = null;
    }

    private static function portBase(): int
    {
        return (int)(getenv('SESSION_PORT_BASE') ?: 7400);
    }

    /** @return iterable<string, array{string, bool, bool}> handler, locking, failover */
    public static function cases(): iterable
    {
        yield 'locking' => ['rediscluster', true, false];
        yield 'no locking' => ['rediscluster', false, false];
        yield 'locking, master failover' => ['rediscluster', true, true];
        yield 'redis handler, locking' => ['redis', true, false];
        yield 'redis handler, no locking' => ['redis', false, false];
    }

    /** @dataProvider cases */
    public function testTwoStreamsIncrementOneSession(string $handler, bool $locking, bool $failover): void
    {
        $cluster = self::$cluster;
        $n = (int)(getenv('SESSION_REQUESTS') ?: 40);
        $sid = 'fpm' . bin2hex(random_bytes(6));
        $key = ($handler === 'redis' ? 'PHPREDIS_SESSION:' : 'PHPREDIS_CLUSTER_SESSION:') . $sid;
        $dir = sys_get_temp_dir() . "/session-fpm-$sid";
        mkdir($dir);
        $fpmPort = self::portBase() + 19;
        $this->fpm = new Fpm($dir, $fpmPort, 4, [
            'session.save_handler' => $handler,
            'session.save_path' => '"' . ($handler === 'redis' ? 'tcp://' . Standalone::get()->address() . '?'
                : implode('&', array_map(fn ($s) => "seed[]=$s", $cluster->seeds())) . '&') . 'timeout=2&read_timeout=2"',
            'session.use_cookies' => 0,
            'session.use_only_cookies' => 0,
            'session.cache_limiter' => '""',
            'session.use_strict_mode' => 0,
            'redis.clusters.cache_slots' => 1,
            'redis.session.locking_enabled' => (int)$locking,
        ]);
        $this->fpm->start();

        $streams = [$this->stream($fpmPort, $n, $sid), $this->stream($fpmPort, $n, $sid)];
        $failedOver = $failover ? $this->failoverWhen($key, intdiv(2 * $n, 3)) : null;
        $results = array_merge(...array_map(fn ($s) => $this->finish($s), $streams));
        $final = $this->sessionCount($handler, $key);
        $failed = array_values(array_filter($results, fn ($r) => !$r['ok']));
        $walls = array_map(fn ($r) => $r['wall'], $results);
        sort($walls);
        // Requests that were running while the cluster failed over, and that started after.
        $during = $after = 0;
        foreach ($results as $r) {
            if ($failedOver) {
                $during += $r['start'] < $failedOver['end'] && $r['start'] + $r['wall'] > $failedOver['start'];
                $after += $r['start'] >= $failedOver['end'];
            }
        }
        fwrite(STDERR, sprintf("\nSESSION-FPM handler=%s locking=%d failover=%s requests=%dx2 final=%d lost=%d failed=%d"
            . " request median=%.3fs max=%.3fs%s\n", $handler, $locking, $failedOver['what'] ?? 'no', $n, $final, 2 * $n - $final,
            count($failed), $walls[intdiv(count($walls), 2)], end($walls),
            $failedOver ? sprintf(' (failover %.2fs, %d requests during it, %d after)', $failedOver['end'] - $failedOver['start'],
                $during, $after) : ''));
        $maxT = end($walls);
        $log = $this->fpm->log();
        exec('rm -rf ' . escapeshellarg($dir));

        $this->assertSame([], array_slice($failed, 0, 3), count($failed) . " requests failed\n" . substr($log, -2000));
        $this->assertSame(0, preg_match_all('/exited on signal|SIGSEGV|core dumped/i', $log), "a child crashed:\n$log");
        if ($locking) {
            $this->assertSame(2 * $n, $final, 'every increment kept');
            $this->assertLessThan(self::LOCK_TIMEOUT + 0.5, $maxT, 'no request waited past the lock timeout');
        } else {
            $this->assertLessThan(2 * $n, $final, 'without locking, concurrent requests overwrite each other');
        }
        if ($failover) {
            $this->assertNotNull($failedOver, 'the counter never reached the failover point');
            $this->assertGreaterThan(0, $during, 'requests ran while the cluster failed over');
            $this->assertGreaterThan(0, $after, 'requests ran after the failover');
        }
    }

    /** Starts one stream of $n requests (tests/session/fpm/stream.php). @return array{0: resource, 1: array} */
    private function stream(int $port, int $n, string $sid): array
    {
        $proc = proc_open([PHP_BINARY, '-n', __DIR__ . '/fpm/stream.php', (string)$port, (string)$n, $sid, (string)self::HOLD_MS],
            [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $this->assertIsResource($proc);
        return [$proc, $pipes];
    }

    private function finish(array $stream): array
    {
        [$proc, $pipes] = $stream;
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $this->assertSame(0, proc_close($proc), "a stream failed: $err");
        $results = json_decode((string)$out, true);
        $this->assertIsArray($results, "a stream printed: $out $err");
        return $results;
    }

    /** The counter the session holds, read from its server (its master) behind the pool's back. */
    private function sessionCount(string $handler, string $key): int
    {
        $server = $handler === 'redis' ? Standalone::get()->client()
            : new RespClient('127.0.0.1', self::$cluster->ownerOf(\FaultTest\Slots::slot($key)));
        $data = (string)$server->call('GET', $key);
        return preg_match('/^n\|i:(\d+);$/', $data, $m) ? (int)$m[1] : -1;
    }

    /** Once the counter reaches $at, fails the session's master over to its replica (and waits
     *  until the cluster agrees); returns what ("old master->new master") and when, or null
     *  if the run ended first. @return array{what: string, start: float, end: float}|null */
    private function failoverWhen(string $key, int $at): ?array
    {
        $cluster = self::$cluster;
        $master = $cluster->ownerOf(\FaultTest\Slots::slot($key));
        for ($deadline = microtime(true) + 60; $this->sessionCount('rediscluster', $key) < $at; usleep(10000)) {
            if (microtime(true) > $deadline) {
                return null;
            }
        }
        $replica = $cluster->replicasOf($master)[0];
        $start = microtime(true);
        $cluster->manualFailover($replica);
        return ['what' => "$master->$replica", 'start' => $start, 'end' => microtime(true)];
    }
}
