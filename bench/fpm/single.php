<?php
/* The Redis class's request in the php-fpm pool scenario (bench/run.sh, bench/fcgi.php):
 * new Redis + connect() (?mode=connect) or pconnect() (?mode=pconnect), 8 GETs and 2
 * SETs, every reply checked (bench/lib.php's bench_fpm_single_request). Answers
 * "OK <module>" so the driver also checks which `redis` module the pool loaded; anything
 * else is a failure. */
declare(strict_types=1);
require dirname(__DIR__) . '/lib.php';

try {
    $mode = $_GET['mode'] ?? '';
    bench_check($mode === 'connect' || $mode === 'pconnect', "mode must be connect or pconnect, not '$mode'");
    [$host, $port] = bench_single();
    bench_fpm_single_request($host, $port, $mode === 'pconnect', getmypid());
    echo 'OK ', bench_module();
} catch (Throwable $e) {
    http_response_code(500);
    echo 'FAIL ', get_class($e), ': ', $e->getMessage();
}
