<?php
/* Helpers shared by the benchmark scenarios (bench/scenario.php) and the FPM app
 * (bench/fpm/app.php). Nothing here depends on which `redis` module is loaded: the
 * same code runs under ours and under phpredis, each in its own process. */

declare(strict_types=1);

/** A failed check: the scenario (and bench/run.sh) fails. Slowness is never a failure. */
final class BenchFailure extends RuntimeException {}

function bench_check(bool $ok, string $what): void
{
    if (!$ok) {
        throw new BenchFailure($what);
    }
}

/** Seeds of a cluster from the environment: BENCH_SEEDS3 / BENCH_SEEDS24, "h:p,h:p,...". */
function bench_seeds(string $which): array
{
    $v = getenv('BENCH_SEEDS' . $which);
    bench_check(is_string($v) && $v !== '', "BENCH_SEEDS$which is not set");
    return explode(',', $v);
}

/** Every node of a cluster ("h:p" list) from BENCH_NODES3 / BENCH_NODES24. */
function bench_nodes(string $which): array
{
    $v = getenv('BENCH_NODES' . $which);
    bench_check(is_string($v) && $v !== '', "BENCH_NODES$which is not set");
    return explode(',', $v);
}

function bench_quick(): bool
{
    return getenv('BENCH_QUICK') === '1';
}

/** How long each timed loop runs, in seconds. */
function bench_seconds(): float
{
    $s = getenv('BENCH_SECONDS');
    return $s !== false && $s !== '' ? (float)$s : (bench_quick() ? 0.05 : 1.0);
}

function bench_now(): int
{
    return hrtime(true);
}

/** One result line for bench/run.sh: {"metric": value, ...} as JSON on stdout. */
function bench_emit(array $metrics): void
{
    echo json_encode($metrics, JSON_PRESERVE_ZERO_FRACTION), "\n";
}

/** Bytes held by malloc (the persistent allocator: pemalloc, hiredis): glibc mallinfo2()
 * through FFI. The Zend MM allocates its chunks with mmap, so emalloc is not in here. */
function bench_malloc_bytes(): ?int
{
    static $ffi = false;
    if ($ffi === false) {
        $ffi = null;
        if (extension_loaded('ffi')) {
            try {
                $ffi = FFI::cdef('struct mallinfo2 { size_t arena, ordblks, smblks, hblks, hblkhd,
                    usmblks, fsmblks, uordblks, fordblks, keepcost; };
                    struct mallinfo2 mallinfo2(void);', 'libc.so.6');
            } catch (Throwable $e) {
                $ffi = null;
            }
        }
    }
    if ($ffi === null) {
        return null;
    }
    $m = $ffi->mallinfo2();
    return $m->uordblks + $m->hblkhd;
}

/** The process's resident set size in bytes, from /proc/self/status. */
function bench_rss(): int
{
    $s = file_get_contents('/proc/self/status');
    bench_check(is_string($s) && preg_match('/^VmRSS:\s+(\d+) kB/m', $s, $m) === 1, 'no VmRSS');
    return (int)$m[1] * 1024;
}

/** A plain RESP request over a raw socket, without the redis module: for setup and
 * for the servers' command statistics. Returns the reply's raw bytes. */
function bench_raw(string $node, string ...$args): string
{
    [$host, $port] = explode(':', $node);
    $s = @stream_socket_client("tcp://$host:$port", $errno, $errstr, 2.0);
    bench_check($s !== false, "connect $node: $errstr");
    $cmd = '*' . count($args) . "\r\n";
    foreach ($args as $a) {
        $cmd .= '$' . strlen($a) . "\r\n" . $a . "\r\n";
    }
    fwrite($s, $cmd);
    $line = fgets($s);
    bench_check(is_string($line), "no reply from $node");
    $out = $line;
    if ($line[0] === '$' && (int)substr($line, 1) >= 0) {
        $n = (int)substr($line, 1) + 2;
        $body = '';
        while (strlen($body) < $n && !feof($s)) {
            $body .= fread($s, $n - strlen($body));
        }
        $out .= $body;
    }
    fclose($s);
    return $out;
}

/** The process IDs of the given nodes (INFO server); [] where /proc cannot be read, as
 * the CPU figures need the nodes on this machine. */
function bench_node_pids(array $nodes): array
{
    $pids = [];
    foreach ($nodes as $node) {
        if (preg_match('/^process_id:(\d+)/m', bench_raw($node, 'INFO', 'server'), $m)
            && is_readable("/proc/{$m[1]}/stat")) {
            $pids[] = (int)$m[1];
        }
    }
    return count($pids) === count($nodes) ? $pids : [];
}

/** User + system CPU the processes have used, µs (/proc/<pid>/stat, in clock ticks of
 * 1/100 s: rough over less than a second); null without pids. */
function bench_pids_cpu_us(array $pids): ?float
{
    if ($pids === []) {
        return null;
    }
    $ticks = 0;
    foreach ($pids as $pid) {
        /* the fields after the command name, which is in parentheses */
        $stat = (string)@file_get_contents("/proc/$pid/stat");
        $f = explode(' ', substr($stat, (int)strrpos($stat, ')') + 2));
        $ticks += (int)($f[11] ?? 0) + (int)($f[12] ?? 0);
    }
    return $ticks * 1e4;
}

/** User + system CPU between two getrusage() results, µs. */
function bench_rusage_us(array $a, array $b): float
{
    $us = 0;
    foreach (['utime', 'stime'] as $k) {
        $us += ($b["ru_$k.tv_sec"] - $a["ru_$k.tv_sec"]) * 1e6 + $b["ru_$k.tv_usec"] - $a["ru_$k.tv_usec"];
    }
    return $us;
}

/** How many CLUSTER SLOTS the given nodes have served so far (INFO commandstats). */
function bench_cluster_slots_calls(array $nodes): int
{
    $n = 0;
    foreach ($nodes as $node) {
        if (preg_match('/^cmdstat_cluster\|slots:calls=(\d+)/m', bench_raw($node, 'INFO', 'commandstats'), $m)) {
            $n += (int)$m[1];
        }
    }
    return $n;
}

/** The module under test, as the run labels it. */
function bench_module(): string
{
    return (new ReflectionExtension('redis'))->getVersion() === '5.3.7' ? 'phpredis' : 'ours';
}

/** The FPM-style request: 10 GETs + 2 SETs on a fresh RedisCluster. Checks every
 * reply; the keys bench:req:0..9 hold "value-0".."value-9" (bench/scenario.php setup). */
function bench_fpm_request(array $seeds, int $i): void
{
    $c = new RedisCluster(null, $seeds, 1.5, 1.5);
    for ($k = 0; $k < 10; $k++) {
        $v = $c->get("bench:req:$k");
        if ($v !== "value-$k") {
            throw new BenchFailure("GET bench:req:$k returned " . var_export($v, true));
        }
    }
    $a = $c->set('bench:req:w1', "w$i");
    $b = $c->set('bench:req:w2', "w$i");
    if ($a !== true || $b !== true) {
        throw new BenchFailure('SET did not return true');
    }
}

/* (3b) The batch of 100 mixed commands (25 x SET, GET, HSET, EXPIRE over keys in every
 * slot range), its check, the same commands one by one, and the floor (one round trip per
 * node in parallel): bench/scenario.php pipeline and bench/instr.php share them. */
function pipeline_batch(RedisCluster $c, int $n): void
{
    for ($i = 0; $i < 25; $i++) {
        $c->set("bench:pl:$i", "v$n");
        $c->get("bench:pl:$i");
        $c->hset("bench:plh:$i", 'f', "v$n");
        $c->expire("bench:pl:$i", 100);
    }
}

function pipeline_check(array $replies, int $n): void
{
    bench_check(count($replies) === 100, 'the batch did not return 100 replies');
    for ($i = 0; $i < 100; $i += 4) {
        bench_check($replies[$i] === true && $replies[$i + 1] === "v$n" && is_int($replies[$i + 2])
            && $replies[$i + 3] === true, 'the batch returned wrong replies');
    }
}

function pipeline_one_by_one(RedisCluster $c, int $n): array
{
    $out = [];
    for ($i = 0; $i < 25; $i++) {
        $out[] = $c->set("bench:pl:$i", "v$n");
        $out[] = $c->get("bench:pl:$i");
        $out[] = $c->hset("bench:plh:$i", 'f', "v$n");
        $out[] = $c->expire("bench:pl:$i", 100);
    }
    return $out;
}

/** One key per master, each master named by its ID; every key holds "x". */
function bench_key_per_master(RedisCluster $c): array
{
    $per_master = [];
    for ($i = 0; count($per_master) < count($c->_masters()) && $i < 100000; $i++) {
        $per_master[$c->rawcommand("bench:rtt:$i", 'CLUSTER', 'MYID')] ??= "bench:rtt:$i";
    }
    foreach ($per_master as $key) {
        bench_check($c->set($key, 'x') === true, "SET $key");
    }
    return $per_master;
}

/** The floor: a pipeline of one GET to each master. */
function pipeline_floor(RedisCluster $c, array $per_master): void
{
    $c->pipeline();
    foreach ($per_master as $key) {
        $c->get($key);
    }
    bench_check($c->exec() === array_fill(0, count($per_master), 'x'), 'the floor pipeline');
}

/** The standalone server of the Redis class's scenarios, from BENCH_SINGLE ("h:p"). */
function bench_single(): array
{
    $v = getenv('BENCH_SINGLE');
    bench_check(is_string($v) && preg_match('/^(.+):(\d+)$/', $v, $m) === 1, 'BENCH_SINGLE (host:port) is not set');
    return [$m[1], (int)$m[2]];
}

/** A Redis object connected (or pconnected) to the standalone server. */
function bench_single_connect(string $host, int $port, bool $persistent): Redis
{
    $r = new Redis();
    $ok = $persistent ? $r->pconnect($host, $port, 1.5) : $r->connect($host, $port, 1.5);
    bench_check($ok === true, ($persistent ? 'pconnect' : 'connect') . " $host:$port");
    return $r;
}

/** The keys the Redis scenarios read: key:__rand_int__ (the key redis-benchmark -t get
 * reads), bench:sp:0..99 (the pipeline) and bench:sreq:0..7 (the request). */
function bench_single_setup(string $host, int $port): void
{
    $kv = ['key:__rand_int__' => 'xxx'];
    for ($k = 0; $k < 100; $k++) {
        $kv["bench:sp:$k"] = "sv-$k";
    }
    for ($k = 0; $k < 8; $k++) {
        $kv["bench:sreq:$k"] = "value-$k";
    }
    bench_check(bench_single_connect($host, $port, false)->mset($kv) === true, 'MSET of the bench data');
}

/** A pipeline of 100 GETs of bench:sp:0..99, every reply checked. */
function bench_single_pipeline(Redis $r): void
{
    $r->pipeline();
    for ($k = 0; $k < 100; $k++) {
        $r->get("bench:sp:$k");
    }
    $got = $r->exec();
    if (!is_array($got) || count($got) !== 100) {
        throw new BenchFailure('the pipeline did not return 100 replies');
    }
    foreach ($got as $k => $v) {
        if ($v !== "sv-$k") {
            throw new BenchFailure("pipelined GET bench:sp:$k returned " . var_export($v, true));
        }
    }
}

/** The php-fpm request of the Redis class: new Redis + connect (or pconnect), 8 GETs and
 * 2 SETs, 10 commands; every reply checked. The object goes at the end, as a request's do. */
function bench_fpm_single_request(string $host, int $port, bool $persistent, int $i): void
{
    $r = bench_single_connect($host, $port, $persistent);
    for ($k = 0; $k < 8; $k++) {
        $v = $r->get("bench:sreq:$k");
        if ($v !== "value-$k") {
            throw new BenchFailure("GET bench:sreq:$k returned " . var_export($v, true));
        }
    }
    if ($r->set('bench:sreq:w1', "w$i") !== true || $r->set('bench:sreq:w2', "w$i") !== true) {
        throw new BenchFailure('SET did not return true');
    }
}
