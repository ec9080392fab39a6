<?php
/*
 * A real PHP-FPM pool (php-fpm8.2, pm = static, 4 children, 127.0.0.1 TCP) loading the
 * module under test with redis.clusters.cache_slots=1 (variant: off), serving
 * tests/fault/fpm/app.php through a FastCGI client. Every child is warmed (caches the
 * map), a master is replaced by a new node on a new port (the old one shut down and
 * forgotten) with no traffic (also: with the map cached before the cluster had replicas;
 * and every node replaced), then requests are sent until every child has served some:
 * all must succeed, no child may have been restarted (same pids), and the php-fpm log
 * must show no child killed by a signal.
 */

declare(strict_types=1);

namespace FaultTest;

final class FpmPoolTest extends FaultTestCase
{
    private ?Fpm $fpm = null;

    protected function tearDown(): void
    {
        try {
            $this->fpm?->stopAll();
            $this->fpm = null;
        } finally {
            parent::tearDown();
        }
    }

    /** [fault, variant]: variants as in FaultTest (cache, cache-norepl, nocache). */
    public static function cases(): iterable
    {
        $cases = [['replace-new-port', 'cache'], ['replace-new-port', 'cache-norepl'], ['replace-new-port', 'nocache'], ['replace-all', 'cache']];
        $only = array_filter(explode(',', (string)getenv('FAULT_FPM_CASES')));
        foreach ($cases as [$f, $v]) {
            if (!$only || in_array("$f/$v", $only, true)) {
                yield "$f/$v" => [$f, $v];
            }
        }
    }

    /** @dataProvider cases */
    public function testPoolSurvivesNodeReplacement(string $fault, string $variant): void
    {
        if (Fpm::binary() === null) {
            $this->markTestSkipped('php-fpm8.2 not installed');
        }
        $lo = self::portBase() + 4 * self::BLOCK;
        $fpmPort = $lo + self::BLOCK - 1;
        $noReplicasCached = $variant === 'cache-norepl';
        $this->cluster = $cluster = LocalCluster::create($lo, $fpmPort - 1, 3, $noReplicasCached ? 0 : 1);
        $children = 4;
        $dir = self::scratch("fpm-$fault-$variant");
        $this->fpm = $fpm = new Fpm($dir, $fpmPort, $children, [
            'redis.clusters.cache_slots' => $variant === 'nocache' ? 0 : 1,
        ]);
        $fpm->start();
        $pids = $fpm->childPids();
        $this->assertCount($children, $pids, "php-fpm children: " . implode(',', $pids));

        $fcgi = new FastCgi('127.0.0.1', $fpmPort, 15);
        $params = [
            'GATEWAY_INTERFACE' => 'FastCGI/1.0', 'REQUEST_METHOD' => 'GET',
            'SCRIPT_FILENAME' => realpath(__DIR__ . '/fpm/app.php'), 'SCRIPT_NAME' => '/app.php',
            'REQUEST_URI' => '/app.php?sleep=150', 'QUERY_STRING' => 'sleep=150',
            'SERVER_PROTOCOL' => 'HTTP/1.1', 'SERVER_NAME' => 'localhost', 'SERVER_PORT' => '80',
            'REMOTE_ADDR' => '127.0.0.1', 'CONTENT_LENGTH' => '0',
            'REDIS_SEEDS' => implode(',', $cluster->seeds()),
            'FAULT_TAGS' => implode(',', array_map([Slots::class, 'tag'], Slots::DEFAULT_SLOTS)),
        ];
        // One batch: $children requests at once, each holding its child 150 ms, so they spread.
        $batch = function () use ($fcgi, $params, $children): array {
            $socks = [];
            for ($i = 0; $i < $children; $i++) {
                $socks[] = $fcgi->send($params);
            }
            $out = [];
            foreach ($socks as $s) {
                try {
                    $r = $fcgi->wait($s);
                } catch (\RuntimeException $e) {
                    $out[] = ['pid' => 0, 'ok' => false, 'err' => $e->getMessage() . ' (a child died?)'];
                    continue;
                }
                $j = json_decode($r['body'], true);
                $out[] = is_array($j) ? $j : ['pid' => 0, 'ok' => false, 'err' => "status {$r['status']}: " . substr($r['body'] . $r['stderr'], 0, 300)];
            }
            return $out;
        };
        // Sends batches until every child answered $minPerChild times (at most 30 batches);
        // returns every response and the count per child.
        $serve = function (int $minPerChild) use ($batch, $pids, $fpm): array {
            $all = [];
            $seen = array_fill_keys($pids, 0);
            // Stops early when the pool's children changed: a lost child never answers again.
            for ($i = 0; $i < 30 && min($seen) < $minPerChild && ($i < 2 || $fpm->childPids() === $pids); $i++) {
                foreach ($batch() as $r) {
                    $all[] = $r;
                    if (isset($seen[$r['pid']])) {
                        $seen[$r['pid']]++;
                    }
                }
            }
            return [$all, $seen];
        };
        $failed = fn(array $rs) => array_values(array_filter($rs, fn($r) => !$r['ok']));

        [$warm, $seen] = $serve(2);
        $this->assertGreaterThanOrEqual(2, min($seen), 'warm-up: not every child served 2 requests: ' . json_encode($seen) . "\n" . $fpm->log());
        $this->assertSame([], $failed($warm), 'warm-up requests failed');

        if ($noReplicasCached) {
            $cluster->addReplicas();
        }

        $tFault = microtime(true);
        $fault === 'replace-all' ? $cluster->replaceAll() : $cluster->replaceNodeNewPort();
        $tConv = microtime(true);

        [$after, $seen] = $serve(1);
        $bad = $failed($after);
        $firstPerChild = [];
        foreach ($after as $r) {
            $firstPerChild[$r['pid']] ??= $r['ok'] ? 'ok' : 'FAIL';
        }
        $pidsAfter = $fpm->childPids();
        $log = $fpm->log();
        $signals = preg_match_all('/^.*(exited on signal|SIGSEGV|core dumped).*$/mi', $log, $signalLines);
        $crashes = array_map(fn($l) => trim(preg_replace('/^\[[^\]]*\]\s*/', '', $l)), $signalLines[0]);
        if (!$crashes && $pidsAfter !== $pids) {
            $crashes[] = 'children before ' . implode(',', $pids) . ', after ' . implode(',', $pidsAfter);
        }
        $strangers = array_diff(array_unique(array_column($after, 'pid')), $pids);

        $last = [];
        foreach ($after as $r) {
            $last[(string)$r['pid']] = [$r + ['end' => true]];
        }
        $rec = [
            'cache' => Report::cacheSummary($last),
            'fault' => "fpm-$fault", 'variant' => $variant, 'module' => Report::module(),
            'cache_impl' => method_exists('RedisCluster', 'getSlotCacheInfo'),
            'requests' => count($after), 'fail_before' => count($failed($warm)), 'fail_window' => 0,
            'fail_after' => count($bad), 'fail_after_conv' => count($bad), 'ttr' => $bad ? INF : 0.0,
            'conv' => $tConv - $tFault, 'grace' => 0, 'idle_first' => in_array('FAIL', $firstPerChild, true) ? 'FAIL' : 'ok',
            'crashes' => $crashes,
            'writes_checked' => 0, 'lost' => [], 'lossless' => false,
            'errors' => array_count_values(array_map(fn($r) => (string)$r['err'], $bad)),
            'children' => $children, 'first_per_child' => $firstPerChild, 'served_per_child' => $seen,
        ];
        Report::emit($rec);
        $diag = "\n  failed responses: " . json_encode(array_slice($bad, 0, 4), JSON_UNESCAPED_SLASHES)
            . "\n  php-fpm log:\n" . substr($log, -3000) . "\n  cluster operations:\n" . $cluster->opsLog(12);

        $this->assertSame(0, $signals, "php-fpm reports children killed by a signal$diag");
        $this->assertGreaterThanOrEqual(1, min($seen), 'not every child served a request after the fault: ' . json_encode($seen) . $diag);
        $this->assertSame($pids, $pidsAfter, "php-fpm children changed (a child was restarted)$diag");
        $this->assertSame([], array_values($strangers), "responses from unknown pids$diag");
        $this->assertSame([], $bad, count($bad) . ' of ' . count($after) . " requests failed after $fault ($variant)$diag");
    }
}
