<?php
/*
 * Fault tests: each run starts a fresh local cluster (3 masters, 1 replica each), starts
 * PHP-FPM worker stand-ins (2 busy, 1 idle) that build a new RedisCluster per request,
 * changes the cluster under them and waits until it has converged, then asserts:
 *   - no worker crashed (signal, non-zero exit, hang);
 *   - no request failed that started FAULT_GRACE (1 s) after convergence, nor before the fault;
 *   - the idle worker's first request after the fault succeeded;
 *   - for the lossless faults, every acknowledged write is still readable with its value.
 * Variants: "cache" (redis.clusters.cache_slots=1, map cached with replicas listed),
 * "cache-norepl" (cache on, map cached while the cluster had no replicas; replicas added
 * before the fault), "nocache" (cache off).
 * Each run prints a "FAULT ..." line (failures in the fault window, time to recovery) on
 * STDERR and appends it to build/fault-results.jsonl; the requests go to
 * build/fault-timelines/ (tests/fault/timeline-svg.php draws them).
 * The hung master (SIGSTOP, never resumed) must cost no failed request once the cluster
 * has converged, grace or not. For the faults FAULT_COMPARE names (default: hang-master),
 * Debian's phpredis runs the same three workers beside ours in the same run: reported on
 * its own line, never asserted.
 *
 *   scripts/php.sh /usr/bin/phpunit -c tests/fault/phpunit.xml
 *   FAULT_FAULTS=kill-master,migrate-slot FAULT_VARIANTS=cache scripts/php.sh /usr/bin/phpunit -c tests/fault/phpunit.xml
 */

declare(strict_types=1);

namespace FaultTest;

final class FaultTest extends FaultTestCase
{
    /** fault => [helper, lossless?, default variants (null: all)]. Lossless faults are asserted
     *  to keep every acknowledged write. */
    private const FAULTS = [
        'kill-master' => ['killMaster', false, null],
        'hang-master' => ['hangMaster', false, ['cache', 'cache-norepl']],
        'manual-failover' => ['manualFailover', true, null],
        'replace-new-port' => ['replaceNodeNewPort', false, null],
        'replace-same-port' => ['replaceNodeSamePort', false, null],
        'replace-all' => ['replaceAll', false, null],
        'migrate-slot' => ['migrateSlot', true, null],
        'add-shard' => ['addShard', true, null],
        'remove-shard' => ['removeShard', true, null],
    ];
    private const VARIANTS = ['cache', 'cache-norepl', 'nocache'];

    private ?Workers $baseline = null;

    protected function tearDown(): void
    {
        try {
            $this->baseline?->stopAll(5);
            $this->baseline = null;
        } finally {
            parent::tearDown();
        }
    }

    public static function cases(): iterable
    {
        $faults = array_filter(explode(',', (string)getenv('FAULT_FAULTS'))) ?: array_keys(self::FAULTS);
        $given = array_filter(explode(',', (string)getenv('FAULT_VARIANTS')));
        foreach ($faults as $f) {
            if (!isset(self::FAULTS[$f])) {
                throw new \InvalidArgumentException("FAULT_FAULTS: unknown fault $f (" . implode(', ', array_keys(self::FAULTS)) . ')');
            }
            foreach ($given ?: (self::FAULTS[$f][2] ?? self::VARIANTS) as $v) {
                yield "$f/$v" => [$f, $v];
            }
        }
    }

    /** Three workers (two busy, one idle) named $prefix.b1, .b2, .i1, warmed up. */
    private function startWorkers(Workers $w, string $prefix): void
    {
        $w->start("{$prefix}b1", 'busy');
        $w->start("{$prefix}b2", 'busy');
        $w->start("{$prefix}i1", 'idle');
    }

    private function warmUp(Workers $w, string $prefix, bool $assert): void
    {
        $w->waitBusy(3, 0, 20, 'warm-up requests');
        for ($i = 0; $i < 2; $i++) {
            $r = $w->idleRequest("{$prefix}i1");
            if ($assert) {
                $this->assertTrue($r['ok'], "idle worker warm-up request failed: {$r['err']}\n" . $w->diagnosis());
            }
        }
    }

    /** After the fault: the idle worker's first request (and one more), busy requests past
     *  the grace window, one more idle request (so an idle worker that never recovers shows
     *  in fail_after too). Returns [idle's first record, error or null]. */
    private function afterFault(Workers $w, string $prefix, float $tConv, float $grace): array
    {
        $idleFirst = ['ok' => false, 'err' => 'not run'];
        try {
            $idleFirst = $w->idleRequest("{$prefix}i1");
            $w->idleRequest("{$prefix}i1");
            $w->waitBusy(3, $tConv + $grace, 20, 'requests after convergence', false);
            $w->idleRequest("{$prefix}i1");
        } catch (ClusterTimeout $e) {
            return [$idleFirst, $e->getMessage()];
        }
        return [$idleFirst, null];
    }

    /** Every figure of one module's workers, as Report::emit() records it. */
    private function record(Workers $w, string $fault, string $variant, float $tFault, float $tConv, float $grace,
        array $idleFirst, bool $lossless, ?string $postError): array
    {
        $requests = $keys = $records = $crashes = [];
        foreach ($w->ids() as $id) {
            $requests[$id] = $w->requests($id);
            $keys[$id] = $w->keys($id);
            $records[$id] = $w->records($id);
            if ($why = $w->crashed($id)) {
                $crashes[$id] = $why;
            }
        }
        $a = Report::analyze($requests, $tFault, $tConv, $grace);
        $writes = Report::verifyWrites($requests, $keys, fn($k) => $this->cluster->get($k));
        $module = Report::module();
        foreach ($records as $recs) {
            $end = end($recs);
            $module = is_array($end) && isset($end['module']) ? $end['module'] : $module;
        }
        return [
            'fault' => $fault, 'variant' => $variant, 'module' => $module,
            'cache_impl' => str_starts_with($module, 'ours-'),
            'requests' => $a['requests'], 'fail_before' => $a['fail_before'], 'fail_window' => $a['fail_window'],
            'fail_after' => $a['fail_after'], 'fail_after_conv' => $a['fail_after_conv'],
            'ttr' => $a['ttr'], 'conv' => $tConv - $tFault, 'grace' => $grace,
            'idle_first' => $idleFirst['ok'] ? 'ok' : 'FAIL', 'idle_first_err' => $idleFirst['err'],
            'crashes' => $crashes, 'writes_checked' => $writes['checked'], 'lost' => $writes['lost'],
            'lossless' => $lossless, 'errors' => $a['errors'], 'cache' => Report::cacheSummary($records),
            'post_wait_timeout' => $postError !== null, 'all_requests' => array_merge(...array_values($requests)),
        ];
    }

    /** @dataProvider cases */
    public function testFault(string $fault, string $variant): void
    {
        [$helper, $lossless] = self::FAULTS[$fault];
        $cache = $variant !== 'nocache';
        $noReplicasCached = $variant === 'cache-norepl';
        $grace = (float)(getenv('FAULT_GRACE') ?: 1.0);
        [$lo, $hi] = self::nextBlock();

        $this->cluster = $cluster = LocalCluster::create($lo, $hi, 3, $noReplicasCached ? 0 : 1);
        if ($noReplicasCached) {
            // The seeds also name the ports the replicas will get: seeds outside the cached map.
            $cluster->planSeeds(3);
        }
        $ini = ['redis.clusters.cache_slots' => $cache ? 1 : 0];
        foreach (array_filter(explode(' ', (string)getenv('FAULT_WORKER_INI'))) as $kv) {
            [$k, $v] = explode('=', $kv, 2);
            $ini[$k] = $v;
        }
        $run = bin2hex(random_bytes(3));
        $dir = self::scratch(str_replace('/', '-', "$fault-$variant"));
        $this->workers = $w = new Workers($dir, $cluster->seeds(), $ini, $run);
        $this->startWorkers($w, '');
        if (Baseline::wanted($fault)) {
            $this->baseline = new Workers("$dir/phpredis", $cluster->seeds(), $ini, $run, Slots::DEFAULT_SLOTS, Baseline::env());
            $this->startWorkers($this->baseline, 'p');
        }
        $this->warmUp($w, '', true);
        if ($this->baseline) {
            $this->warmUp($this->baseline, 'p', false);
        }
        if ($noReplicasCached) {
            $cluster->addReplicas();
            $this->assertSame([], array_diff($cluster->seedPorts, array_keys($cluster->nodes)), 'replicas did not take the planned seed ports');
            $w->waitBusy(3, microtime(true), 20, 'requests after adding replicas');
        }

        $tFault = microtime(true);
        $cluster->$helper();
        $tConv = microtime(true);

        [$idleFirst, $postError] = $this->afterFault($w, '', $tConv, $grace);
        $base = $this->baseline ? $this->afterFault($this->baseline, 'p', $tConv, $grace) : null;
        $w->stopAll();
        $this->baseline?->stopAll();

        $rec = $this->record($w, $fault, $variant, $tFault, $tConv, $grace, $idleFirst, $lossless, $postError);
        $timeline = [$rec['module'] => $rec['all_requests']];
        unset($rec['all_requests']);
        Report::emit($rec);
        if ($this->baseline) {
            $brec = $this->record($this->baseline, $fault, $variant, $tFault, $tConv, $grace, $base[0], $lossless, $base[1]);
            $timeline[$brec['module']] = $brec['all_requests'];
            unset($brec['all_requests']);
            Report::emit($brec);
        }
        Report::timeline($fault, $variant, $tFault, $tConv, $timeline);
        $this->check($rec, $fault, $variant, $cache, $w->diagnosis($tConv + $grace) . "\n  cluster operations:\n" . $cluster->opsLog(12));
    }

    private function check(array $rec, string $fault, string $variant, bool $cache, string $diag): void
    {
        $diag = "\n$diag";
        $this->assertFalse($rec['post_wait_timeout'], "after $fault ($variant) the workers did not get through their requests$diag");
        $this->assertSame([], $rec['crashes'], "workers crashed during $fault ($variant)$diag");
        $this->assertSame(0, $rec['fail_before'], "requests failed before the fault ($variant)$diag");
        $this->assertSame(0, $rec['fail_after'], sprintf(
            "%d requests failed more than %.1fs after the cluster converged from %s (%s); time to recovery %s; errors: %s%s",
            $rec['fail_after'], $rec['grace'], $fault, $variant, Report::fmtTime($rec['ttr']),
            json_encode(array_slice($rec['errors'], 0, 3, true)), $diag,
        ));
        if ($fault === 'hang-master' && $cache) {
            // The pool knows the node is gone: not one request that starts after convergence may fail.
            $this->assertSame(0, $rec['fail_after_conv'], "requests failed after the cluster converged from a hung master ($variant)$diag");
        }
        $this->assertSame('ok', $rec['idle_first'], "the idle worker's first request after $fault ($variant) failed: {$rec['idle_first_err']}$diag");
        if ($rec['lossless']) {
            $this->assertSame([], $rec['lost'], "acknowledged writes lost in $fault ($variant)$diag");
        }
        $this->assertGreaterThan(0, $rec['writes_checked'], 'no acknowledged write to check');
        if ($cache && $rec['cache'] !== null) {
            $this->assertGreaterThan(0, $rec['cache']['hits'], 'the workers never hit the slot cache: is redis.clusters.cache_slots on?');
        }
    }
}
