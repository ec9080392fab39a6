<?php
/* The request php-fpm serves in the pool scenario (bench/run.sh, bench/fcgi.php): the same
 * FPM-style request as bench/scenario.php's `request` (new RedisCluster + 10 GETs + 2 SETs,
 * every reply checked). Answers "OK <module>" so the driver also checks which `redis`
 * module the pool loaded; anything else is a failure. */
declare(strict_types=1);
require dirname(__DIR__) . '/lib.php';

try {
    bench_fpm_request(bench_seeds('3'), getmypid());
    echo 'OK ', bench_module();
} catch (Throwable $e) {
    http_response_code(500);
    echo 'FAIL ', get_class($e), ': ', $e->getMessage();
}
