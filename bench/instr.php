<?php
/* A fixed amount of work for bench/instr.sh: php bench/instr.php OP N.
 * Run twice (N and 2N) under callgrind, the difference is the cost of N operations.
 * Cluster ops (get, request, mget, construct, pipeline, floor, seq100) need BENCH_SEEDS3;
 * pipeline and floor need RedisCluster::pipeline() (exit 3 without it). The Redis class's
 * ops (single-get, single-pipeline, single-request, single-prequest) need BENCH_SINGLE. */
declare(strict_types=1);
require __DIR__ . '/lib.php';

[, $op, $n] = $argv + [null, 'get', '1000'];
$n = (int)$n;
if (str_starts_with($op, 'single-')) {
    single($op, $n);
    exit(0);
}
$seeds = bench_seeds('3');
$c = new RedisCluster(null, $seeds, 1.5, 1.5);
$keys = array_map(fn($k) => "bench:mk:$k", range(0, 99));
$c->mset(array_combine($keys, $keys));
bench_check($c->get('key:__rand_int__') === 'xxx', 'GET');
bench_fpm_request($seeds, 0);
if (in_array($op, ['pipeline', 'floor'], true) && !method_exists($c, 'pipeline')) {
    exit(3);
}
$per_master = bench_key_per_master($c);
/* The first batch opens every master's connection and warms the code paths. */
pipeline_check(pipeline_one_by_one($c, 0), 0);
switch ($op) {
    case 'get':
        for ($i = 0; $i < $n; $i++) {
            $c->get('key:__rand_int__');
        }
        break;
    case 'request':
        for ($i = 0; $i < $n; $i++) {
            bench_fpm_request($seeds, $i);
        }
        break;
    case 'mget':
        for ($i = 0; $i < $n; $i++) {
            $c->mget($keys);
        }
        break;
    case 'construct':
        for ($i = 0; $i < $n; $i++) {
            $c = new RedisCluster(null, $seeds, 1.5, 1.5);
        }
        break;
    case 'pipeline':
        for ($i = 0; $i < $n; $i++) {
            $c->pipeline();
            pipeline_batch($c, $i);
            pipeline_check($c->exec(), $i);
        }
        break;
    case 'floor':
        for ($i = 0; $i < $n; $i++) {
            pipeline_floor($c, $per_master);
        }
        break;
    case 'seq100':
        for ($i = 0; $i < $n; $i++) {
            pipeline_check(pipeline_one_by_one($c, $i), $i);
        }
        break;
    default:
        exit(2);
}

/* The Redis class on one server: the same work as bench/scenario.php's single-* scenarios. */
function single(string $op, int $n): void
{
    [$host, $port] = bench_single();
    bench_single_setup($host, $port);
    $r = bench_single_connect($host, $port, false);
    bench_fpm_single_request($host, $port, false, 0);
    bench_fpm_single_request($host, $port, true, 0);
    bench_single_pipeline($r);
    switch ($op) {
        case 'single-get':
            for ($i = 0; $i < $n; $i++) {
                $r->get('key:__rand_int__');
            }
            break;
        case 'single-pipeline':
            for ($i = 0; $i < $n; $i++) {
                bench_single_pipeline($r);
            }
            break;
        case 'single-request':
        case 'single-prequest':
            for ($i = 0; $i < $n; $i++) {
                bench_fpm_single_request($host, $port, $op === 'single-prequest', $i);
            }
            break;
        default:
            exit(2);
    }
}
