<?php
/*
 * FastCGI load for a php-fpm pool of the fault tests: batches of --concurrency requests
 * to tests/fault/fpm/app.php sent at once (each on a fresh connection), one JSON line per
 * response, until --batches are done or DIR/stop exists. Runs under `php -n` (it loads no
 * redis module: the pool does).
 *
 *   php -n tests/fault/fpm-driver.php --port=7399 --seeds=h:p,... --tags=a,b,c --log=FILE
 *       [--concurrency=4] [--hold-ms=150] [--sleep-ms=0] [--batches=0 (no limit)] [--control=DIR]
 *       [--max-seconds=120]
 *
 * Log line: {"t0":sent,"t1":answered,"ok":bool,"err":null|"...","pid":child,"cache":...},
 * times from this process's clock (the test's machine).
 */

declare(strict_types=1);

require __DIR__ . '/lib/FastCgi.php';

use FaultTest\FastCgi;

$opt = ['port' => '', 'seeds' => '', 'tags' => '', 'log' => '', 'concurrency' => '4', 'hold-ms' => '150',
    'sleep-ms' => '0', 'batches' => '0', 'control' => '', 'max-seconds' => '120'];
foreach (array_slice($argv, 1) as $a) {
    if (!preg_match('/^--([a-z-]+)=(.*)$/s', $a, $m) || !array_key_exists($m[1], $opt)) {
        fwrite(STDERR, "fpm-driver.php: unknown argument $a\n");
        exit(2);
    }
    $opt[$m[1]] = $m[2];
}
$app = realpath(__DIR__ . '/fpm/app.php');
$query = 'sleep=' . (int)$opt['hold-ms'];
$params = [
    'GATEWAY_INTERFACE' => 'FastCGI/1.0', 'REQUEST_METHOD' => 'GET',
    'SCRIPT_FILENAME' => $app, 'SCRIPT_NAME' => '/app.php', 'REQUEST_URI' => "/app.php?$query", 'QUERY_STRING' => $query,
    'SERVER_PROTOCOL' => 'HTTP/1.1', 'SERVER_NAME' => 'localhost', 'SERVER_PORT' => '80',
    'REMOTE_ADDR' => '127.0.0.1', 'CONTENT_LENGTH' => '0', 'REDIS_SEEDS' => $opt['seeds'], 'FAULT_TAGS' => $opt['tags'],
];
$fcgi = new FastCgi('127.0.0.1', (int)$opt['port'], 15);
$log = fopen($opt['log'], 'a');
$stop = $opt['control'] !== '' ? rtrim($opt['control'], '/') . '/stop' : null;
$deadline = microtime(true) + (float)$opt['max-seconds'];

for ($b = 0; ((int)$opt['batches'] === 0 || $b < (int)$opt['batches']) && microtime(true) < $deadline; $b++) {
    if ($stop !== null && file_exists($stop)) {
        break;
    }
    $inFlight = [];
    for ($i = 0; $i < (int)$opt['concurrency']; $i++) {
        $t0 = microtime(true);
        try {
            $inFlight[] = [$t0, $fcgi->send($params), null];
        } catch (RuntimeException $e) {
            $inFlight[] = [$t0, null, $e->getMessage()];
        }
    }
    foreach ($inFlight as [$t0, $sock, $sendErr]) {
        $rec = ['t0' => $t0, 'ok' => false, 'err' => $sendErr, 'pid' => 0];
        if ($sock !== null) {
            try {
                $r = $fcgi->wait($sock);
                $j = json_decode($r['body'], true);
                $rec = is_array($j) ? ['t0' => $t0] + $j : $rec + ['err' => "status {$r['status']}: " . substr($r['body'] . $r['stderr'], 0, 300)];
            } catch (RuntimeException $e) {
                $rec['err'] = $e->getMessage() . ' (a child died?)';
            }
        }
        $rec['t1'] = microtime(true);
        fwrite($log, json_encode($rec, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) . "\n");
    }
    if ((int)$opt['sleep-ms'] > 0) {
        usleep((int)$opt['sleep-ms'] * 1000);
    }
}
