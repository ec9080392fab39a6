<?php
/* A fixed amount of work for bench/instr.sh: php bench/instr.php get|request|mget N.
 * Run twice (N and 2N) under callgrind, the difference is the cost of N operations. */
declare(strict_types=1);
require __DIR__ . '/lib.php';

[, $op, $n] = $argv + [null, 'get', '1000'];
$n = (int)$n;
$seeds = bench_seeds('3');
$c = new RedisCluster(null, $seeds, 1.5, 1.5);
$keys = array_map(fn($k) => "bench:mk:$k", range(0, 99));
$c->mset(array_combine($keys, $keys));
bench_check($c->get('key:__rand_int__') === 'xxx', 'GET');
bench_fpm_request($seeds, 0);
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
    default:
        exit(2);
}
