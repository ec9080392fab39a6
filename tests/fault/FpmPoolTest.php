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
    private ?Fpm $baselineFpm = null;

    protected function tearDown(): void
    {
        try {
            $this->fpm?->stopAll();
            $this->baselineFpm?->stopAll();
            $this->fpm = $this->baselineFpm = null;
        } finally {
            parent::tearDown();
        }
    }

    /** [fault, variant]: variants as in FaultTest (cache, cache-norepl, nocache); for the hung
     *  master, how the pool is used: idle during the fault, live (traffic throughout),
     *  respawn (pm.max_requests = 1, idle during the fault). */
    public static function cases(): iterable
    {
        $cases = [['replace-new-port', 'cache'], ['replace-new-port', 'cache-norepl'], ['replace-new-port', 'nocache'], ['replace-all', 'cache'],
            ['hang-master', 'idle'], ['hang-master', 'live'], ['hang-master', 'respawn']];
        $only = array_filter(explode(',', (string)getenv('FAULT_FPM_CASES')));
        foreach ($cases as [$f, $v]) {
            if (!$only || in_array("$f/$v", $only, true)) {
                yield "$f/$v" => [$f, $v];
            }
        }
    }

    /** @dataProvider cases */
    public function testPool(string $fault, string $variant): void
    {
        if (Fpm::binary() === null) {
            $this->markTestSkipped('php-fpm8.2 not installed');
        }
        $fault === 'hang-master' ? $this->hungMaster($variant) : $this->nodeReplacement($fault, $variant);
    }

    private function nodeReplacement(string $fault, string $variant): void
    {
        $lo = self::portBase() + 4 * self::BLOCK;
        $fpmPort = $lo + self::BLOCK - 1;
        $noReplicasCached = $variant === 'cache-norepl';
        $this->cluster = $cluster = LocalCluster::create($lo, $fpmPort - 2, 3, $noReplicasCached ? 0 : 1);
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

    /** Runs tests/fault/fpm-driver.php against a pool; in the background (returns the
     *  process) unless $batches > 0. */
    private function drive(int $port, string $log, string $control, int $batches, int $holdMs, int $sleepMs)
    {
        $cmd = [PHP_BINARY, '-n', __DIR__ . '/fpm-driver.php', "--port=$port", '--seeds=' . implode(',', $this->cluster->seeds()),
            '--tags=' . implode(',', array_map([Slots::class, 'tag'], Slots::DEFAULT_SLOTS)), "--log=$log", "--control=$control",
            "--batches=$batches", "--hold-ms=$holdMs", "--sleep-ms=$sleepMs", '--concurrency=4'];
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$log.err", 'a'], 2 => ['file', "$log.err", 'a']], $pipes);
        if ($batches > 0) {
            proc_close($proc);
            return null;
        }
        return $proc;
    }

    /** @return list<array> the responses a driver logged */
    private static function responses(string $log): array
    {
        return array_values(array_filter(array_map(fn($l) => json_decode($l, true), @file($log) ?: []), 'is_array'));
    }

    /**
     * The hung master (SIGSTOP until its replica is promoted, never resumed) under a real
     * pool of 4 children with the cache on: idle during the fault, live traffic throughout,
     * or a new child per request (pm.max_requests = 1). With our module: no request that
     * starts after convergence fails, and (idle, respawn) the pool sends one CLUSTER SLOTS
     * for the change (INFO commandstats). Debian's phpredis runs a pool of its own beside
     * ours when FAULT_COMPARE names the fault: reported, not asserted.
     */
    private function hungMaster(string $variant): void
    {
        $lo = self::portBase() + 4 * self::BLOCK;
        $ports = ['ours' => $lo + self::BLOCK - 1, 'phpredis' => $lo + self::BLOCK - 2];
        $this->cluster = $cluster = LocalCluster::create($lo, $lo + self::BLOCK - 3, 3, 1);
        $dir = self::scratch("fpm-hang-master-$variant");
        $ini = ['redis.clusters.cache_slots' => 1];
        $maxRequests = $variant === 'respawn' ? 1 : 0;
        $pools = ['ours' => $this->fpm = new Fpm("$dir/ours", $ports['ours'], 4, $ini, $maxRequests)];
        if (Baseline::wanted('hang-master')) {
            $pools['phpredis'] = $this->baselineFpm = new Fpm("$dir/phpredis", $ports['phpredis'], 4, $ini, $maxRequests, Baseline::iniFiles());
        }
        $slots = [];
        foreach ($pools as $name => $pool) {
            @mkdir("$dir/$name", 0777, true);
            $pool->start();
            // Warm-up, one pool at a time so that CLUSTER SLOTS is counted per pool.
            $before = $cluster->commandCalls('cluster|slots');
            $this->drive($pool->port, "$dir/$name/warm.jsonl", "$dir/$name", 4, 150, 0);
            $slots[$name]['warm-up'] = $cluster->commandCalls('cluster|slots') - $before;
        }
        $live = [];
        if ($variant === 'live') {
            foreach ($pools as $name => $pool) {
                $live[$name] = $this->drive($pool->port, "$dir/$name/run.jsonl", "$dir/$name", 0, 0, 10);
            }
            usleep(500000);
        }
        $tFault = microtime(true);
        $cluster->hangMaster();
        $tConv = microtime(true);
        foreach ($pools as $name => $pool) {
            $before = $cluster->commandCalls('cluster|slots');
            if ($variant === 'live') {
                usleep(3000000);
                touch("$dir/$name/stop");
                proc_close($live[$name]);
            } else {
                $this->drive($pool->port, "$dir/$name/run.jsonl", "$dir/$name", 6, 150, 0);
            }
            $slots[$name]['after the fault'] = $cluster->commandCalls('cluster|slots') - $before;
        }
        $this->reportHung($variant, $pools, $dir, $tFault, $tConv, $slots);
    }

    /** Records each pool's run (FAULT line, results, timeline) and asserts ours. */
    private function reportHung(string $variant, array $pools, string $dir, float $tFault, float $tConv, array $slots): void
    {
        $timeline = [];
        $recs = [];
        foreach ($pools as $name => $pool) {
            $warm = self::responses("$dir/$name/warm.jsonl");
            $run = self::responses("$dir/$name/run.jsonl");
            $module = $run ? ((($run[0]['cache'] ?? null) !== null ? 'ours-' : 'phpredis-') . $run[0]['module']) : $name;
            $after = array_values(array_filter($run, fn($r) => $r['t0'] >= $tConv));
            $bad = array_values(array_filter($after, fn($r) => !$r['ok']));
            $log = $pool->log();
            preg_match_all('/^.*(exited on signal|SIGSEGV|core dumped).*$/mi', $log, $signalLines);
            $timeline[$module] = array_merge($warm, $run);
            $recs[$name] = $rec = [
                'fault' => 'fpm-hang-master', 'variant' => $variant, 'module' => $module,
                'cache_impl' => str_starts_with($module, 'ours-'), 'requests' => count($run),
                'fail_before' => count(array_filter($warm, fn($r) => !$r['ok'])),
                'fail_window' => count(array_filter($run, fn($r) => !$r['ok'] && $r['t0'] < $tConv)),
                'fail_after' => count($bad), 'fail_after_conv' => count($bad), 'ttr' => $bad ? INF : 0.0,
                'conv' => $tConv - $tFault, 'grace' => 0, 'idle_first' => $bad ? 'FAIL' : 'ok',
                'crashes' => array_map('trim', $signalLines[0]), 'writes_checked' => 0, 'lost' => [], 'lossless' => false,
                'errors' => array_count_values(array_map(fn($r) => (string)$r['err'], array_filter($run, fn($r) => !$r['ok']))),
                'children' => 4, 'cluster_slots' => $slots[$name], 'cache' => null,
            ];
            Report::emit($rec);
            fwrite(STDERR, sprintf("      CLUSTER SLOTS from the pool: warm-up %d, after the fault %d\n", $slots[$name]['warm-up'], $slots[$name]['after the fault']));
        }
        Report::timeline('fpm-hang-master', $variant, $tFault, $tConv, $timeline);

        $ours = $recs['ours'];
        $diag = "\n  failed responses: " . json_encode(array_slice(array_filter(self::responses("$dir/ours/run.jsonl"), fn($r) => !$r['ok']), 0, 4), JSON_UNESCAPED_SLASHES)
            . "\n  php-fpm log:\n" . substr($pools['ours']->log(), -2000) . "\n  cluster operations:\n" . $this->cluster->opsLog(12);
        $this->assertGreaterThan(0, $ours['requests'], "no request reached the pool$diag");
        $this->assertSame([], $ours['crashes'], "php-fpm reports children killed by a signal$diag");
        $this->assertSame(0, $ours['fail_before'], "warm-up requests failed$diag");
        $this->assertSame(0, $ours['fail_after'], "{$ours['fail_after']} requests that started after convergence failed ($variant)$diag");
        if ($variant !== 'live') {
            $this->assertSame(0, $ours['fail_window'], "requests failed ($variant)$diag");
            $this->assertSame(1, $slots['ours']['after the fault'], "the pool did not send exactly one CLUSTER SLOTS for the change$diag");
        }
        if ($variant === 'respawn') {
            // Each child is new; only the first fetched the map, the others started from the pool's.
            $this->assertSame(1, $slots['ours']['warm-up'], "respawned children did not start from the shared map$diag");
        }
    }
}
