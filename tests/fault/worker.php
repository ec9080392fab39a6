<?php
/*
 * A PHP-FPM worker stand-in for the fault tests: one long-lived process serving a loop of
 * "requests". Each request builds `new RedisCluster(null, $seeds, 1.0, 1.0)`, SETs every
 * key (one per slot in --slots, so every master holds some) to "<run>:<worker>:<seq>",
 * GETs them back, and drops the object. With redis.clusters.cache_slots=1 the slot cache
 * is the only thing that survives from one request to the next, as in PHP-FPM.
 *
 *   php -d redis.clusters.cache_slots=1 tests/fault/worker.php --seeds=127.0.0.1:7300,... \
 *       --log=FILE [--id=w1] [--mode=busy|idle] [--control=DIR] [--slots=100,5000,...]
 *       [--sleep-ms=20] [--max-seconds=120] [--max-requests=100000] [--run=RUNID]
 *       [--timeout=1.0] [--read-timeout=1.0]
 *
 * Seeds also come from REDIS_CLUSTER_SEEDS ("host:port,host:port").
 * busy: requests back to back, --sleep-ms apart. idle: request N starts only once the file
 * DIR/go-<id> holds a number >= N (the test writes it), so a request can be made to happen
 * right after a fault. Either stops when DIR/stop exists, or by itself after --max-seconds
 * or --max-requests.
 *
 * Log: one JSON object per line. Per request:
 *   {"w":id,"n":seq,"t0":start,"t1":end,"ok":bool,"err":null|"Class: message",
 *    "acked":K,"tried":null|K,"cache":...}
 * the first K keys' SETs were acknowledged (their value holds seq); "tried" is the index of
 * a SET whose fate is unknown (it threw). "cache" (RedisCluster::getSlotCacheInfo(), when
 * the module has it) only on failures. A last line {"w":id,"end":true,...} on a clean exit;
 * a worker that crashed has none.
 */

declare(strict_types=1);

require_once __DIR__ . '/lib/Slots.php';

use FaultTest\Slots;

$opt = [
    'id' => 'w' . getmypid(), 'seeds' => getenv('REDIS_CLUSTER_SEEDS') ?: '', 'log' => 'php://stdout',
    'mode' => 'busy', 'control' => '', 'slots' => implode(',', Slots::DEFAULT_SLOTS), 'sleep-ms' => '20',
    'max-seconds' => '120', 'max-requests' => '100000', 'run' => (string)getmypid(),
    'timeout' => '1.0', 'read-timeout' => '1.0', 'tags' => '',
];
foreach (array_slice($argv, 1) as $a) {
    if (!preg_match('/^--([a-z-]+)=(.*)$/s', $a, $m) || !array_key_exists($m[1], $opt)) {
        fwrite(STDERR, "worker.php: unknown argument $a\n");
        exit(2);
    }
    $opt[$m[1]] = $m[2];
}
$seeds = array_values(array_filter(explode(',', $opt['seeds'])));
if (!$seeds) {
    fwrite(STDERR, "worker.php: no seeds (--seeds or REDIS_CLUSTER_SEEDS)\n");
    exit(2);
}
if (!in_array($opt['mode'], ['busy', 'idle'], true) || ($opt['mode'] === 'idle' && $opt['control'] === '')) {
    fwrite(STDERR, "worker.php: --mode is busy or idle; idle needs --control\n");
    exit(2);
}

// Hash tags per slot: given by the test (--tags=slot:tag,...) or found here.
$tags = [];
foreach (array_filter(explode(',', $opt['tags'])) as $pair) {
    [$s, $t] = explode(':', $pair, 2);
    $tags[(int)$s] = $t;
}
$keys = [];
foreach (array_filter(explode(',', $opt['slots']), 'strlen') as $s) {
    $tag = $tags[(int)$s] ?? Slots::tag((int)$s);
    $keys[] = "fault:{{$tag}}:{$opt['id']}";
}

$log = fopen($opt['log'], 'a');
$emit = function (array $rec) use ($log): void {
    fwrite($log, json_encode($rec, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE) . "\n");
};
$control = rtrim($opt['control'], '/');
$stopFile = $control !== '' ? "$control/stop" : null;
$goFile = $control !== '' ? "$control/go-{$opt['id']}" : null;
$deadline = microtime(true) + (float)$opt['max-seconds'];
$maxRequests = (int)$opt['max-requests'];
$timeout = (float)$opt['timeout'];
$readTimeout = (float)$opt['read-timeout'];
$hasInfo = method_exists('RedisCluster', 'getSlotCacheInfo');
$stopped = fn(): bool => ($stopFile !== null && file_exists($stopFile)) || microtime(true) >= $deadline;

$n = 0;
while ($n < $maxRequests && !$stopped()) {
    $seq = $n + 1;
    if ($opt['mode'] === 'idle') {
        while ((int)@file_get_contents($goFile) < $seq) {
            if ($stopped()) {
                break 2;
            }
            usleep(5000);
        }
    }
    $n = $seq;
    $t0 = microtime(true);
    $acked = 0;
    $tried = null;
    $err = null;
    $value = "{$opt['run']}:{$opt['id']}:$seq";
    try {
        $c = new RedisCluster(null, $seeds, $timeout, $readTimeout);
        foreach ($keys as $i => $k) {
            $tried = $i;
            $r = $c->set($k, $value);
            if ($r !== true) {
                throw new UnexpectedValueException("SET $k returned " . var_export($r, true) . ' (' . $c->getLastError() . ')');
            }
            $acked++;
            $tried = null;
        }
        foreach ($keys as $k) {
            $r = $c->get($k);
            if ($r !== $value) {
                throw new UnexpectedValueException("GET $k returned " . var_export($r, true) . ", not $value");
            }
        }
    } catch (Throwable $e) {
        $err = get_class($e) . ': ' . $e->getMessage();
    }
    $c = null;
    $rec = ['w' => $opt['id'], 'n' => $seq, 't0' => $t0, 't1' => microtime(true), 'ok' => $err === null,
        'err' => $err, 'acked' => $acked, 'tried' => $tried];
    if ($err !== null && $hasInfo) {
        try {
            $rec['cache'] = RedisCluster::getSlotCacheInfo();
        } catch (Throwable $e) {
            $rec['cache'] = 'getSlotCacheInfo: ' . $e->getMessage();
        }
    }
    $emit($rec);
    if ($opt['mode'] === 'busy' && (int)$opt['sleep-ms'] > 0) {
        usleep((int)$opt['sleep-ms'] * 1000);
    }
}
$end = ['w' => $opt['id'], 'end' => true, 'requests' => $n, 't' => microtime(true), 'pid' => getmypid(),
    'keys' => $keys, 'cache_slots' => ini_get('redis.clusters.cache_slots'),
    'module' => ($hasInfo ? 'ours-' : 'phpredis-') . phpversion('redis')];
if ($hasInfo) {
    try {
        $end['cache'] = RedisCluster::getSlotCacheInfo();
    } catch (Throwable $e) {
        $end['cache'] = 'getSlotCacheInfo: ' . $e->getMessage();
    }
}
$emit($end);
exit(0);
