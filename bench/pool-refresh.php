<?php
/*
 * CLUSTER SLOTS a php-fpm pool sends for one topology change, with the shared topology on
 * and off (redis.clusters.shm_size=0), for pools of several sizes: a local 3+3 cluster
 * (tests/fault's LocalCluster), a static pool of N children with cache_slots=1, warmed up
 * (every child has the map); then a manual CLUSTER FAILOVER (the replica takes its
 * master's slots, lossless) with the pool idle, then 3N requests, N at a time. Counted on
 * the servers (INFO commandstats): CLUSTER SLOTS and CLUSTER INFO calls, and their cost in
 * microseconds per call. Run through scripts/php.sh (the pool loads the module that PHP
 * loads):
 *
 *   scripts/php.sh bench/pool-refresh.php [--base=7870] [--children=4,16] [--out=FILE.jsonl]
 *
 * Prints a Markdown table; --out also writes one JSON line per measurement.
 */

declare(strict_types=1);

require __DIR__ . '/../tests/lib/RespClient.php';
foreach (['Slots', 'Registry', 'LocalCluster', 'FastCgi', 'Fpm'] as $lib) {
    require __DIR__ . "/../tests/fault/lib/$lib.php";
}

use FaultTest\Fpm;
use FaultTest\LocalCluster;
use FaultTest\Slots;

$opt = ['base' => '7870', 'children' => '4,16', 'out' => ''];
foreach (array_slice($argv, 1) as $a) {
    if (!preg_match('/^--([a-z]+)=(.*)$/', $a, $m) || !isset($opt[$m[1]])) {
        fwrite(STDERR, "pool-refresh.php: unknown argument $a\n");
        exit(2);
    }
    $opt[$m[1]] = $m[2];
}
$base = (int)$opt['base'];
$work = sys_get_temp_dir() . '/rediscluster-pool-refresh-' . getmypid();
@mkdir($work, 0777, true);

/* Sends $batches batches of $n concurrent requests to the pool; returns how many failed. */
function drive(LocalCluster $cluster, int $port, string $log, int $n, int $batches): int
{
    $cmd = [PHP_BINARY, '-n', __DIR__ . '/../tests/fault/fpm-driver.php', "--port=$port",
        '--seeds=' . implode(',', $cluster->seeds()), '--tags=' . implode(',', array_map([Slots::class, 'tag'], Slots::DEFAULT_SLOTS)),
        "--log=$log", "--batches=$batches", "--concurrency=$n", '--hold-ms=50'];
    proc_close(proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$log.err", 'a'], 2 => ['file', "$log.err", 'a']], $pipes));
    $failed = 0;
    foreach (@file($log) ?: [] as $line) {
        $failed += (json_decode($line, true)['ok'] ?? false) ? 0 : 1;
    }
    return $failed;
}

/* [calls, usec per call] of a command over the cluster's live nodes. */
function stats(LocalCluster $c, string $cmd): array
{
    $calls = $usec = 0;
    foreach (array_keys($c->nodes) as $p) {
        if (preg_match('/^cmdstat_' . preg_quote($cmd, '/') . ':calls=(\d+),usec=(\d+)/m', (string)$c->cmd($p, 'INFO', 'commandstats'), $m)) {
            $calls += (int)$m[1];
            $usec += (int)$m[2];
        }
    }
    return [$calls, $usec];
}

$rows = [];
try {
    foreach (array_map('intval', explode(',', $opt['children'])) as $n) {
        foreach (['on' => '8M', 'off' => '0'] as $shm => $size) {
            $cluster = LocalCluster::create($base, $base + 17, 3, 1);
            $dir = "$work/$n-$shm";
            @mkdir($dir, 0777, true);
            $fpm = new Fpm($dir, $base + 19, $n, ['redis.clusters.cache_slots' => 1, 'redis.clusters.shm_size' => $size]);
            $fpm->start();
            $warmFailed = drive($cluster, $base + 19, "$dir/warm.jsonl", $n, 3);
            $before = ['slots' => stats($cluster, 'cluster|slots'), 'info' => stats($cluster, 'cluster|info')];
            $cluster->manualFailover();
            // The harness's own calls while it waited for convergence are not the pool's.
            $afterChange = ['slots' => stats($cluster, 'cluster|slots'), 'info' => stats($cluster, 'cluster|info')];
            $failed = drive($cluster, $base + 19, "$dir/run.jsonl", $n, 3);
            $after = ['slots' => stats($cluster, 'cluster|slots'), 'info' => stats($cluster, 'cluster|info')];
            $fpm->stopAll();
            $cluster->stopAll();
            $row = ['children' => $n, 'shm' => $shm, 'requests' => 3 * $n, 'failed' => $failed + $warmFailed,
                'cluster_slots' => $after['slots'][0] - $afterChange['slots'][0],
                'cluster_info' => $after['info'][0] - $afterChange['info'][0],
                'slots_usec_per_call' => $after['slots'][0] > 0 ? round($after['slots'][1] / $after['slots'][0], 1) : null,
                'info_usec_per_call' => $after['info'][0] > 0 ? round($after['info'][1] / $after['info'][0], 1) : null,
                'harness_slots_during_change' => $afterChange['slots'][0] - $before['slots'][0]];
            $rows[] = $row;
            if ($opt['out'] !== '') {
                file_put_contents($opt['out'], json_encode($row) . "\n", FILE_APPEND);
            }
            fwrite(STDERR, json_encode($row) . "\n");
        }
    }
} finally {
    FaultTest\Registry::cleanup();
    exec('rm -rf ' . escapeshellarg($work));
}
echo "| children | shared topology | requests after the change | failed | CLUSTER SLOTS from the pool | CLUSTER INFO from the pool | µs per CLUSTER SLOTS / CLUSTER INFO (server) |\n";
echo "|---:|---|---:|---:|---:|---:|---|\n";
foreach ($rows as $r) {
    printf("| %d | %s | %d | %d | %d | %d | %s / %s |\n", $r['children'], $r['shm'], $r['requests'], $r['failed'],
        $r['cluster_slots'], $r['cluster_info'], $r['slots_usec_per_call'] ?? '-', $r['info_usec_per_call'] ?? '-');
}
