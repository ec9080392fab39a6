<?php
/*
 * One fuzz case: starts fuzz_node.php (1-3 fake nodes), builds RedisCluster objects on
 * them (and, in some cases first, a Redis object on one of them, as a standalone server)
 * and drives random commands; every choice comes from fz_rng(seed, case, 'client').
 *
 *   php -n -d extension=build-asan/modules/redis.so fuzz_case.php <seed> <case> <dir> [-v]
 *
 * <dir> receives node.log (what the nodes answered) and node.err. Exceptions thrown by
 * the extension are expected: they are counted, not failures. It prints one line,
 * "CASE OK calls=N exceptions=N", and exits 0; -v also prints every call and its outcome.
 * A crash, a sanitizer report, a hang or a PHP fatal error is for the driver to see.
 */

declare(strict_types=1);

require __DIR__ . '/fuzz_lib.inc';

if ($argc < 4) {
    fwrite(STDERR, "usage: fuzz_case.php <seed> <case> <dir> [-v]\n");
    exit(2);
}
[$seed, $case, $dir] = [(int)$argv[1], (int)$argv[2], $argv[3]];
$verbose = in_array('-v', $argv, true);
$r = fz_rng($seed, $case, 'client');
/* The extension's own choices (seed order, replicas, random slots) use PHP's mt_rand:
 * seeded too, so a replay makes them again. */
mt_srand($r->getInt(0, PHP_INT_MAX));

function say(string $line): void
{
    if ($GLOBALS['verbose']) {
        echo $line, "\n";
    }
}

/* The nodes run with plain PHP: they are not what is tested, and under ASan they would
 * only be slower. */
function start_nodes(int $seed, int $case, int $n, string $dir): array
{
    $env = getenv();
    unset($env['LD_PRELOAD'], $env['USE_ZEND_ALLOC'], $env['ASAN_OPTIONS'], $env['UBSAN_OPTIONS']);
    $cmd = [PHP_BINARY, '-n', __DIR__ . '/fuzz_node.php', (string)$seed, (string)$case, (string)$n, "$dir/node.log"];
    $spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['file', "$dir/node.err", 'a']];
    $proc = proc_open($cmd, $spec, $pipes, null, $env);
    $line = $proc ? fgets($pipes[1]) : false;
    if (!$line || !preg_match('/^PORTS ([\d ]+)$/', trim($line), $m)) {
        fwrite(STDERR, "fuzz_case: the fuzz nodes did not start\n");
        exit(3);
    }
    /* kept open: the nodes exit when this process is gone */
    $GLOBALS['node_proc'] = [$proc, $pipes];
    return array_map('intval', explode(' ', $m[1]));
}

$n = $r->getInt(1, 3);
$ports = start_nodes($seed, $case, $n, $dir);

/* Keys: a pool spread over the slots, some sharing a hash tag. */
$keys = [];
for ($i = 0; $i < 24; $i++) {
    $keys[] = $r->getInt(0, 3) ? "k$i" : '{t' . ($i % 3) . "}k$i";
}
$key = fn() => fz_pick($r, $keys);
$some = fn(int $lo, int $hi) => array_map(fn() => fz_pick($r, $keys), range(1, $r->getInt($lo, $hi)));
$val = fn() => fz_pick($r, ['v', '', '1', str_repeat('x', $r->getInt(1, 200)), 3, 1.5, ['a' => 1]]);
$addr = fn() => fz_pick($r, [$key(), ['127.0.0.1', fz_pick($r, $ports)]]);

/* [method, argument maker]: the API of redis_cluster.stub.php, weighted towards the
 * multi-key commands that fan out over several nodes. */
$calls = [
    ['get', fn() => [$key()]],
    ['set', fn() => [$key(), $val()]],
    ['set', fn() => [$key(), 'v', fz_pick($r, [['nx', 'ex' => 10], ['xx'], 5, ['get']])]],
    ['mget', fn() => [$some(1, 12)]],
    ['mget', fn() => [$some(2, 24)]],
    ['mset', fn() => [array_fill_keys($some(1, 12), 'v')]],
    ['del', fn() => [$some(1, 12)]],
    ['del', fn() => $some(1, 6)],
    ['exists', fn() => [$some(1, 12)]],
    ['unlink', fn() => [$some(1, 12)]],
    ['touch', fn() => [$some(1, 12)]],
    ['hgetall', fn() => [$key()]],
    ['hmget', fn() => [$key(), ['f1', 'f2', 'f3']]],
    ['hset', fn() => [$key(), 'f', $val()]],
    ['hincrbyfloat', fn() => [$key(), 'f', 1.5]],
    ['hkeys', fn() => [$key()]],
    ['zrange', fn() => [$key(), 0, -1, fz_pick($r, [null, true, ['withscores' => true]])]],
    ['zrangebyscore', fn() => [$key(), '-inf', '+inf', ['withscores' => true, 'limit' => [0, 5]]]],
    ['zadd', fn() => [$key(), 1.0, 'm']],
    ['zscore', fn() => [$key(), 'm']],
    ['zpopmin', fn() => [$key(), 2]],
    ['lrange', fn() => [$key(), 0, -1]],
    ['lpop', fn() => [$key(), fz_pick($r, [0, 3])]],
    ['rpush', fn() => [$key(), 'a', 'b']],
    ['smembers', fn() => [$key()]],
    ['sinter', fn() => ['{t1}a', '{t1}b']],
    ['sadd', fn() => [$key(), 'a', 'b']],
    ['srandmember', fn() => [$key(), 3]],
    ['incr', fn() => [$key()]],
    ['incrbyfloat', fn() => [$key(), 0.5]],
    ['ttl', fn() => [$key()]],
    ['type', fn() => [$key()]],
    ['expire', fn() => [$key(), 10]],
    ['dump', fn() => [$key()]],
    ['getrange', fn() => [$key(), 0, 5]],
    ['pfcount', fn() => [$key()]],
    ['eval', fn() => ['return 1', $some(0, 3), $r->getInt(0, 2)]],
    ['evalsha', fn() => [str_repeat('a', 40), [$key()], 1]],
    ['rawcommand', fn() => [$key(), 'GET', $key()]],
    ['rawcommand', fn() => [$addr(), fz_pick($r, ['PING', 'CLUSTER', 'INFO', 'DEBUG']), 'SLOTS']],
    ['ping', fn() => [$addr()]],
    ['info', fn() => [$addr()]],
    ['time', fn() => [$addr()]],
    ['dbsize', fn() => [$addr()]],
    ['echo', fn() => [$addr(), 'hi']],
    ['role', fn() => [$addr()]],
    ['refreshSlots', fn() => []],
    ['_masters', fn() => []],
    ['getlasterror', fn() => []],
    ['close', fn() => []],
];
$weights = array_fill(0, count($calls), 2);
foreach ($calls as $i => [$m]) {
    if (in_array($m, ['mget', 'mset', 'del', 'exists', 'unlink', 'touch'], true)) {
        $weights[$i] = 8;
    } elseif (in_array($m, ['close', 'refreshSlots'], true)) {
        $weights[$i] = 1;
    }
}

/* The Redis class (one server, the engine in standalone mode): the same commands without
 * the cluster's $key_or_address, its own session methods, and batches (a pipeline, MULTI,
 * MULTI inside a pipeline) of the plain commands. */
$plain = array_values(array_filter($calls, fn($c) => !in_array($c[0],
    ['rawcommand', 'ping', 'info', 'time', 'dbsize', 'echo', 'role', 'refreshSlots', '_masters'], true)));
$single_calls = array_merge($plain, [
    ['ping', fn() => fz_pick($r, [[], ['hi']])],
    ['info', fn() => []],
    ['time', fn() => []],
    ['dbsize', fn() => []],
    ['echo', fn() => ['hi']],
    ['role', fn() => []],
    ['rawcommand', fn() => ['GET', $key()]],
    ['select', fn() => [$r->getInt(0, 3)]],
    ['auth', fn() => [fz_pick($r, ['secret', ['user', 'secret']])]],
    ['getdbnum', fn() => []],
    ['isconnected', fn() => []],
    ['scan', fn() => [null]],
]);
$single_weights = array_fill(0, count($single_calls), 2);

/* Runs n calls of $list on $c inside a batch opened by $open ('pipeline', 'multi', or
 * 'both': MULTI inside a pipeline), then exec()s it. */
function batch(Random\Randomizer $r, Redis $c, string $open, array $list, int $n): mixed
{
    if ($open !== 'multi') {
        $c->pipeline();
    }
    if ($open !== 'pipeline') {
        $c->multi();
    }
    for ($i = 0; $i < $n; $i++) {
        [$method, $make] = fz_pick($r, $list);
        try {
            $c->$method(...$make());
        } catch (Throwable $e) {
            say("  in batch $method: " . get_class($e) . ': ' . fz_show($e->getMessage(), 120));
        }
    }
    $ret = $c->exec();
    return $open === 'both' ? $c->exec() : $ret;
}

/* Options that change which paths a reply takes. */
function set_options(Random\Randomizer $r, RedisCluster|Redis $c): void
{
    $opts = [
        [RedisCluster::OPT_SLAVE_FAILOVER, fz_pick($r, [RedisCluster::FAILOVER_NONE, RedisCluster::FAILOVER_ERROR,
            RedisCluster::FAILOVER_DISTRIBUTE, RedisCluster::FAILOVER_DISTRIBUTE_SLAVES])],
        [RedisCluster::OPT_SERIALIZER, fz_pick($r, [RedisCluster::SERIALIZER_NONE, RedisCluster::SERIALIZER_PHP,
            RedisCluster::SERIALIZER_JSON])],
        [RedisCluster::OPT_PREFIX, fz_pick($r, ['', 'p:', '{p}'])],
        [RedisCluster::OPT_MAX_RETRIES, $r->getInt(0, 3)],
        [RedisCluster::OPT_REPLY_LITERAL, fz_chance($r, 0.5)],
        [RedisCluster::OPT_NULL_MULTIBULK_AS_NULL, fz_chance($r, 0.5)],
    ];
    foreach ($opts as [$opt, $value]) {
        if (fz_chance($r, 0.3)) {
            $c->setOption($opt, $value);
        }
    }
}

$stats = ['calls' => 0, 'exceptions' => 0];
$c = null;
/* User code running inside a command (a warning from the stream layer): sometimes it
 * calls back into the object. */
$reenter = fz_pick($r, ['none', 'none', 'close', 'refresh']);
set_error_handler(function (int $no, string $msg) use (&$c, $reenter) {
    say("  warning: $msg (handler: $reenter)");
    try {
        if ($c !== null && $reenter === 'close') {
            $c->close();
        } elseif ($c !== null && $reenter === 'refresh') {
            $c->refreshSlots();
        }
    } catch (Throwable $e) {
    }
    return true;
});

if (fz_chance($r, 0.4)) {
    ini_set('redis.clusters.cache_slots', '1');
    ini_set('redis.clusters.refresh_debounce_ms', (string)fz_pick($r, [0, 100]));
}
$seeds = array_map(fn($p) => "127.0.0.1:$p", $ports);
if (fz_chance($r, 0.3)) {
    /* One node as a standalone server, through the Redis class. */
    $port = fz_pick($r, $ports);
    $persistent = fz_chance($r, 0.2);
    say("new Redis, " . ($persistent ? 'pconnect' : 'connect') . " 127.0.0.1:$port");
    try {
        $c = new Redis();
        $persistent ? $c->pconnect('127.0.0.1', $port, fz_pick($r, [0.2, 0.5, 1.0]), null, 0, fz_pick($r, [0.2, 0.5, 1.0]))
            : $c->connect('127.0.0.1', $port, fz_pick($r, [0.2, 0.5, 1.0]), null, 0, fz_pick($r, [0.2, 0.5, 1.0]));
        set_options($r, $c);
        for ($k = $r->getInt(1, 6); $k > 0; $k--) {
            $stats['calls']++;
            try {
                if (fz_chance($r, 0.25)) {
                    $ret = batch($r, $c, fz_pick($r, ['pipeline', 'multi', 'both']), $plain, $r->getInt(1, 8));
                    say('batch = ' . fz_show(var_export($ret, true), 160));
                    continue;
                }
                [$method, $make] = $single_calls[fz_weighted($r, $single_weights)];
                $args = $make();
                $ret = $method === 'scan' ? $c->scan($it) : $c->$method(...$args);
                say("$method(" . fz_show(json_encode($args, JSON_PARTIAL_OUTPUT_ON_ERROR) ?: '?', 100) . ') = '
                    . fz_show(var_export($ret, true), 160));
            } catch (Throwable $e) {
                $stats['exceptions']++;
                say(get_class($e) . ': ' . fz_show($e->getMessage(), 160));
            }
        }
    } catch (Throwable $e) {
        $stats['exceptions']++;
        say('  ' . get_class($e) . ': ' . $e->getMessage());
    }
    $c = null;
}
for ($obj = $r->getInt(1, 2); $obj > 0; $obj--) {
    $timeout = fz_pick($r, [0.2, 0.5, 1.0, 0.0]);
    /* sometimes long enough for a fast stream to fill a buffer that nothing bounds */
    $read = fz_pick($r, [0.2, 0.5, 1.0, 0.2, 0.5, 1.0, 0.2, 0.5, 1.0, 3.0]);
    $order = $seeds;
    $r->shuffleArray($order);
    if (fz_chance($r, 0.2)) {
        $order[] = '127.0.0.1:1';
    }
    $auth = fz_chance($r, 0.1) ? 'secret' : null;
    say("new RedisCluster(" . implode(',', $order) . ", $timeout, $read)");
    $c = null;
    try {
        $c = new RedisCluster(null, $order, $timeout, $read, fz_chance($r, 0.2), $auth);
        set_options($r, $c);
    } catch (Throwable $e) {
        $stats['exceptions']++;
        say('  ' . get_class($e) . ': ' . $e->getMessage());
        continue;
    }
    for ($k = $r->getInt(1, 6); $k > 0; $k--) {
        [$method, $make] = $calls[fz_weighted($r, $weights)];
        $args = $make();
        $stats['calls']++;
        try {
            $ret = $c->$method(...$args);
            say("$method(" . fz_show(json_encode($args, JSON_PARTIAL_OUTPUT_ON_ERROR) ?: '?', 100) . ') = '
                . fz_show(var_export($ret, true), 160));
        } catch (Throwable $e) {
            $stats['exceptions']++;
            say("$method(...): " . get_class($e) . ': ' . fz_show($e->getMessage(), 160));
        }
    }
    RedisCluster::getSlotCacheInfo();
}
$c = null;
printf("CASE OK calls=%d exceptions=%d\n", $stats['calls'], $stats['exceptions']);
