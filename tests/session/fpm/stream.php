<?php
/*
 * One stream of requests for tests/session/FpmSessionTest.php, in a process of its own so
 * that two streams really overlap: sends counter.php COUNT requests one after the other
 * to the pool, for one session, and prints their answers as a JSON list (with each request's
 * start time and wall time as this client saw them).
 *   php -n stream.php <fpm port> <count> <session id> <hold ms>
 */

declare(strict_types=1);

require __DIR__ . '/../../fault/lib/FastCgi.php';

[, $port, $count, $sid, $hold] = $argv;
$fcgi = new FaultTest\FastCgi('127.0.0.1', (int)$port, 20);
$params = [
    'GATEWAY_INTERFACE' => 'FastCGI/1.0', 'REQUEST_METHOD' => 'GET',
    'SCRIPT_FILENAME' => __DIR__ . '/counter.php', 'SCRIPT_NAME' => '/counter.php',
    'REQUEST_URI' => '/counter.php', 'QUERY_STRING' => '', 'SERVER_PROTOCOL' => 'HTTP/1.1',
    'SERVER_NAME' => 'localhost', 'SERVER_PORT' => '80', 'REMOTE_ADDR' => '127.0.0.1', 'CONTENT_LENGTH' => '0',
    'SESSION_ID' => $sid, 'HOLD_MS' => $hold,
];
$out = [];
for ($i = 0; $i < (int)$count; $i++) {
    $t0 = microtime(true);
    try {
        $r = $fcgi->request($params);
        $j = json_decode($r['body'], true);
        $out[] = (is_array($j) ? $j
            : ['ok' => false, 'err' => "status {$r['status']}: " . substr($r['body'] . $r['stderr'], 0, 300)])
            + ['start' => $t0, 'wall' => microtime(true) - $t0];
    } catch (RuntimeException $e) {
        $out[] = ['ok' => false, 'err' => $e->getMessage(), 'start' => $t0, 'wall' => microtime(true) - $t0];
    }
}
echo json_encode($out);
