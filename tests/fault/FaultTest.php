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
 * STDERR and appends it to build/fault-results.jsonl.
 *
 *   scripts/php.sh /usr/bin/phpunit -c tests/fault/phpunit.xml
 *   FAULT_FAULTS=kill-master,migrate-slot FAULT_VARIANTS=cache scripts/php.sh /usr/bin/phpunit -c tests/fault/phpunit.xml
 */

declare(strict_types=1);

namespace FaultTest;

final class FaultTest extends FaultTestCase
{
    /** fault => [helper, lossless?]. Lossless faults are asserted to keep every acknowledged write. */
    private const FAULTS = [
        'kill-master' => ['killMaster', false],
        'manual-failover' => ['manualFailover', true],
        'replace-new-port' => ['replaceNodeNewPort', false],
        'replace-same-port' => ['replaceNodeSamePort', false],
        'replace-all' => ['replaceAll', false],
        'migrate-slot' => ['migrateSlot', true],
        'add-shard' => ['addShard', true],
        'remove-shard' => ['removeShard', true],
    ];
    private const VARIANTS = ['cache', 'cache-norepl', 'nocache'];

    public static function cases(): iterable
    {
        $faults = array_filter(explode(',', (string)getenv('FAULT_FAULTS'))) ?: array_keys(self::FAULTS);
        $variants = array_filter(explode(',', (string)getenv('FAULT_VARIANTS'))) ?: self::VARIANTS;
        foreach ($faults as $f) {
            if (!isset(self::FAULTS[$f])) {
                throw new \InvalidArgumentException("FAULT_FAULTS: unknown fault $f (" . implode(', ', array_keys(self::FAULTS)) . ')');
            }
            foreach ($variants as $v) {
                yield "$f/$v" => [$f, $v];
            }
        }
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
        $this->workers = $w = new Workers(self::scratch(str_replace('/', '-', "$fault-$variant")), $cluster->seeds(), $ini, bin2hex(random_bytes(3)));
        $w->start('b1', 'busy');
        $w->start('b2', 'busy');
        $w->start('i1', 'idle');

        // Warm up: every worker has cached the map (with the cache on) and works.
        $w->waitBusy(3, 0, 20, 'warm-up requests');
        for ($i = 0; $i < 2; $i++) {
            $r = $w->idleRequest('i1');
            $this->assertTrue($r['ok'], "idle worker warm-up request failed: {$r['err']}\n" . $w->diagnosis());
        }
        if ($noReplicasCached) {
            $cluster->addReplicas();
            $this->assertSame([], array_diff($cluster->seedPorts, array_keys($cluster->nodes)), 'replicas did not take the planned seed ports');
            $w->waitBusy(3, microtime(true), 20, 'requests after adding replicas');
        }

        $tFault = microtime(true);
        $cluster->$helper();
        $tConv = microtime(true);

        // The idle worker's first request after the fault (and one more), busy requests past
        // the grace window, then one more idle request (so an idle worker that never
        // recovers shows in fail_after too).
        $idleFirst = ['ok' => false, 'err' => 'not run'];
        $postError = null;
        try {
            $idleFirst = $w->idleRequest('i1');
            $w->idleRequest('i1');
            $w->waitBusy(3, $tConv + $grace, 20, 'requests after convergence', false);
            $w->idleRequest('i1');
        } catch (ClusterTimeout $e) {
            $postError = $e->getMessage();
        }
        $w->stopAll();

        $requests = [];
        $keys = [];
        foreach ($w->ids() as $id) {
            $requests[$id] = $w->requests($id);
            $keys[$id] = $w->keys($id);
        }
        $a = Report::analyze($requests, $tFault, $tConv, $grace);
        $cacheInfo = Report::cacheSummary(array_map(fn($id) => $w->records($id), array_combine($w->ids(), $w->ids())));
        $writes = Report::verifyWrites($requests, $keys, fn($k) => $cluster->get($k));
        $crashes = [];
        foreach ($w->ids() as $id) {
            if ($why = $w->crashed($id)) {
                $crashes[$id] = $why;
            }
        }
        $rec = [
            'fault' => $fault, 'variant' => $variant, 'module' => Report::module(),
            'cache_impl' => method_exists('RedisCluster', 'getSlotCacheInfo'),
            'requests' => $a['requests'], 'fail_before' => $a['fail_before'], 'fail_window' => $a['fail_window'],
            'fail_after' => $a['fail_after'], 'fail_after_conv' => $a['fail_after_conv'],
            'ttr' => $a['ttr'], 'conv' => $tConv - $tFault, 'grace' => $grace,
            'idle_first' => $idleFirst['ok'] ? 'ok' : 'FAIL', 'idle_first_err' => $idleFirst['err'],
            'crashes' => $crashes, 'writes_checked' => $writes['checked'], 'lost' => $writes['lost'],
            'lossless' => $lossless, 'errors' => $a['errors'], 'cache' => $cacheInfo,
            'post_wait_timeout' => $postError !== null,
        ];
        Report::emit($rec);

        $diag = "\n" . $w->diagnosis($tConv + $grace) . "\n  cluster operations:\n" . $cluster->opsLog(12);
        $this->assertNull($postError, "after $fault ($variant) the workers did not get through their requests$diag");
        $this->assertSame([], $crashes, "workers crashed during $fault ($variant)$diag");
        $this->assertSame(0, $a['fail_before'], "requests failed before the fault ($variant)$diag");
        $this->assertSame(0, $a['fail_after'], sprintf(
            "%d requests failed more than %.1fs after the cluster converged from %s (%s); time to recovery %s; errors: %s%s",
            $a['fail_after'], $grace, $fault, $variant, Report::fmtTime($a['ttr']),
            json_encode(array_slice($a['errors'], 0, 3, true)), $diag,
        ));
        $this->assertTrue($idleFirst['ok'], "the idle worker's first request after $fault ($variant) failed: {$idleFirst['err']}$diag");
        if ($lossless) {
            $this->assertSame([], $writes['lost'], "acknowledged writes lost in $fault ($variant)$diag");
        }
        $this->assertGreaterThan(0, $writes['checked'], 'no acknowledged write to check');
        if ($cache && $cacheInfo !== null) {
            $this->assertGreaterThan(0, $cacheInfo['hits'], 'the workers never hit the slot cache: is redis.clusters.cache_slots on?');
        }
    }
}
