<?php
/* How a pipeline scales: queue and exec time and memory for 10 000, 50 000 and 100 000
 * SETs, each batch's replies checked. The figures in docs/benchmarks.md ("Pipelines")
 * and docs/api-differences.md come from it:
 *   BENCH_SEEDS3=127.0.0.1:7840,... php -n -d extension=modules/redis.so bench/pipeline-scale.php */
declare(strict_types=1);
require __DIR__ . '/lib.php';

ini_set('memory_limit', '512M');
$c = new RedisCluster(null, bench_seeds('3'), 5, 5);
foreach ([10000, 50000, 100000] as $n) {
    gc_collect_cycles();
    $m0 = memory_get_usage();
    $t0 = bench_now();
    $c->pipeline();
    for ($i = 0; $i < $n; $i++) {
        $c->set("bench:scale:$i", 'v');
    }
    $queued = memory_get_usage() - $m0;
    $t1 = bench_now();
    $r = $c->exec();
    $t2 = bench_now();
    bench_check(count($r) === $n && !in_array(false, $r, true), "the batch of $n");
    printf("%6d SETs: queue %.0f ms, exec %.0f ms, %.0f bytes per queued command, peak %.1f MB\n", $n,
        ($t1 - $t0) / 1e6, ($t2 - $t1) / 1e6, $queued / $n, memory_get_peak_usage() / 1048576);
    unset($r);
}
$c->pipeline();
for ($i = 0; $i < 100000; $i++) {
    $c->del("bench:scale:$i");
}
$c->exec();
