<?php
/* One benchmark scenario in this process, under whichever `redis` module this PHP loads
 * (bench/run.sh starts one process per scenario, module and repetition). Prints one JSON
 * line of metrics; exits non-zero when a reply is wrong or anything throws.
 *
 *   php bench/scenario.php request          FPM-style request loop (cache_slots from -d)
 *   php bench/scenario.php getloop          GET loop on one object
 *   php bench/scenario.php multikey 3|24    MSET / MGET / DEL of 100 keys
 *   php bench/scenario.php pipeline 3|24    100 mixed commands: a pipeline (ours), one by one
 *   php bench/scenario.php construct 3|24   warm construction (cache_slots=1)
 *   php bench/scenario.php memobj           memory per live object (cache_slots from -d)
 *   php bench/scenario.php memcache 3|24    persistent memory per cached cluster
 *   php bench/scenario.php single-getloop   Redis class: GET loop on one connection
 *   php bench/scenario.php single-pipeline  Redis class: pipelines of 100 GETs
 *
 * Environment: BENCH_SEEDS3, BENCH_SEEDS24, BENCH_NODES3, BENCH_NODES24 (h:p lists),
 * BENCH_SINGLE (h:p of the standalone server of the single-* scenarios),
 * BENCH_MODULE (ours|phpredis, checked against the loaded module), BENCH_QUICK=1,
 * BENCH_SECONDS (length of each timed loop). */

declare(strict_types=1);
require __DIR__ . '/lib.php';

function main(array $argv): void
{
    $want = getenv('BENCH_MODULE');
    if (is_string($want) && $want !== '') {
        bench_check(bench_module() === $want, "BENCH_MODULE=$want but this PHP loads " . bench_module());
    }
    $scenario = $argv[1] ?? '';
    $which = $argv[2] ?? '3';
    bench_check(in_array($which, ['3', '24'], true), "cluster must be 3 or 24, not $which");
    $cs = (int)ini_get('redis.clusters.cache_slots');
    switch ($scenario) {
        case 'request':
            request($cs);
            break;
        case 'getloop':
            getloop();
            break;
        case 'multikey':
            multikey($which);
            break;
        case 'pipeline':
            pipeline($which);
            break;
        case 'construct':
            bench_check($cs === 1, 'construct needs -d redis.clusters.cache_slots=1');
            construct($which);
            break;
        case 'memobj':
            memobj($cs);
            break;
        case 'memcache':
            memcache($which);
            break;
        case 'single-getloop':
            single_getloop();
            break;
        case 'single-pipeline':
            single_pipeline();
            break;
        default:
            fwrite(STDERR, "usage: scenario.php request|getloop|multikey|pipeline|construct|memobj|memcache [3|24]\n"
                . "       scenario.php single-getloop|single-pipeline\n");
            exit(2);
    }
}

/* (1) new RedisCluster + 10 GETs + 2 SETs per request, a new object each time. */
function request(int $cs): void
{
    $seeds = bench_seeds('3');
    $nodes = bench_nodes('3');
    for ($i = 0; $i < 3; $i++) {
        bench_fpm_request($seeds, $i);   // warm-up; fills the slot cache when it is on
    }
    $calls = bench_cluster_slots_calls($nodes);
    $t = bench_seconds();
    $n = 0;
    $ru0 = getrusage();
    $start = bench_now();
    do {
        bench_fpm_request($seeds, $n++);
        $el = (bench_now() - $start) / 1e9;
    } while ($el < $t || $n < 5);
    $ru1 = getrusage();
    $calls = bench_cluster_slots_calls($nodes) - $calls;
    $cpu = fn(string $k) => (($ru1["ru_$k.tv_sec"] - $ru0["ru_$k.tv_sec"]) * 1e6
        + $ru1["ru_$k.tv_usec"] - $ru0["ru_$k.tv_usec"]) / $n;
    bench_emit([
        "request_cs$cs" => $n / $el,
        "request_cs{$cs}_slots_calls" => $calls / $n,
        "request_cs{$cs}_user_us" => $cpu('utime'),
        "request_cs{$cs}_sys_us" => $cpu('stime'),
    ]);
}

/* (2) GETs of one key on one object; redis-benchmark -t get reads the same key. */
function getloop(): void
{
    bench_emit(['getloop_us' => 1e6 / get_loop(new RedisCluster(null, bench_seeds('3'), 1.5, 1.5))]);
}

/** GETs of key:__rand_int__ (value xxx) in batches of 100 for BENCH_SECONDS, after a
 * warm-up: operations per second. A RedisCluster or a Redis object. */
function get_loop(object $c): float
{
    $key = 'key:__rand_int__';
    for ($i = 0; $i < 200; $i++) {
        bench_check($c->get($key) === 'xxx', "GET $key");
    }
    $t = bench_seconds();
    $n = 0;
    $start = bench_now();
    do {
        for ($i = 0; $i < 100; $i++) {
            if ($c->get($key) !== 'xxx') {
                throw new BenchFailure("GET $key returned a wrong value");
            }
        }
        $n += 100;
        $el = (bench_now() - $start) / 1e9;
    } while ($el < $t);
    return $n / $el;
}

/* (3) MSET, MGET and DEL of 100 keys spread over every master; every reply checked. */
function multikey(string $which): void
{
    $c = new RedisCluster(null, bench_seeds($which), 1.5, 1.5);
    $keys = [];
    for ($k = 0; $k < 100; $k++) {
        $keys[] = "bench:mk:$k";
    }
    $t = bench_seconds();
    $tm = $tg = $td = 0;
    $n = 0;
    $warm = 3;
    $start = bench_now();
    do {
        $kv = [];
        foreach ($keys as $k => $key) {
            $kv[$key] = "v$n-$k";
        }
        $expect = array_values($kv);

        $t0 = bench_now();
        $r = $c->mset($kv);
        $t1 = bench_now();
        bench_check($r === true, 'MSET did not return true');
        $got = $c->mget($keys);
        $t2 = bench_now();
        bench_check($got === $expect, 'MGET returned wrong values');
        $del = $c->del($keys);
        $t3 = bench_now();
        bench_check($del === 100, 'DEL returned ' . var_export($del, true) . ', not 100');

        if ($warm > 0) {
            $warm--;
            $start = bench_now();
            continue;
        }
        $tm += $t1 - $t0;
        $tg += $t2 - $t1;
        $td += $t3 - $t2;
        $n++;
    } while ((bench_now() - $start) / 1e9 < $t || $n < 3);
    bench_emit([
        "mset100_$which" => $n / ($tm / 1e9),
        "mget100_$which" => $n / ($tg / 1e9),
        "del100_$which" => $n / ($td / 1e9),
    ]);
}

/* 25 x (SET, GET, HSET, EXPIRE) over keys in every slot range, and what each returns. */
/* (3b) a batch of 100 mixed commands: this module's pipeline, and one by one (what a
 * consumer does on phpredis, whose RedisCluster has no pipeline: its row is one by one),
 * each in a timed loop of back-to-back batches (a rate). Then, for this module, the time
 * of one batch against the floor, one round trip per node in parallel (a pipeline of one
 * GET to each master), measured in the same loop, alternately: batch, floor (not timed:
 * it lets the replicas take the batch's writes, which the floor would otherwise be
 * charged for), floor; the medians of the timed ones. Alongside: the CPU the servers
 * (masters and replicas, /proc) and this process (getrusage) spend per batch in the
 * back-to-back loop, which says what bounds the batch on a small machine. */
function pipeline(string $which): void
{
    $c = new RedisCluster(null, bench_seeds($which), 1.5, 1.5);
    $ours = method_exists($c, 'pipeline');
    $per_master = bench_key_per_master($c);
    $pids = bench_node_pids(bench_nodes($which));
    $t = bench_seconds();
    $metrics = $cpu = [];
    foreach ($ours ? ['pipe', 'seq'] : ['seq'] as $mode) {
        $n = 0;
        $warm = 3;
        do {
            if ($warm === 0) {
                $start = bench_now();
                $cpu0 = [bench_pids_cpu_us($pids), getrusage()];
            }
            if ($mode === 'pipe') {
                $c->pipeline();
                pipeline_batch($c, $n);
                pipeline_check($c->exec(), $n);
            } else {
                pipeline_check(pipeline_one_by_one($c, $n), $n);
            }
            $n += $warm-- > 0 ? 0 : 1;
        } while ($warm >= 0 || (bench_now() - $start) / 1e9 < $t || $n < 3);
        $metrics[$mode] = (bench_now() - $start) / 1e3 / $n;   // µs per batch
        $servers = bench_pids_cpu_us($pids);
        $cpu[$mode] = [$servers === null ? null : ($servers - $cpu0[0]) / $n, bench_rusage_us($cpu0[1], getrusage()) / $n];
    }
    $out = [
        /* the row compares this module's pipeline with phpredis one by one */
        "pipe100_$which" => 1e6 / ($metrics['pipe'] ?? $metrics['seq']),
        "seq100_$which" => 1e6 / $metrics['seq'],
        "seq100_servers_cpu_us_$which" => $cpu['seq'][0],
    ];
    if ($ours) {
        [$batch, $floor] = pipeline_against_floor($c, $per_master, $t);
        $out += [
            "pipe100_us_$which" => $batch,
            "rtt_us_$which" => $floor,
            "pipe100_servers_cpu_us_$which" => $cpu['pipe'][0],
            "pipe100_client_cpu_us_$which" => $cpu['pipe'][1],
        ];
    }
    bench_emit($out);
}

/* The medians of one batch's time and of the floor's, alternately (see pipeline()). */
function pipeline_against_floor(RedisCluster $c, array $per_master, float $seconds): array
{
    $batch = $floor = [];
    $start = bench_now();
    for ($n = 0; $n < 6 || (bench_now() - $start) / 1e9 < $seconds; $n++) {
        $t0 = bench_now();
        $c->pipeline();
        pipeline_batch($c, $n);
        pipeline_check($c->exec(), $n);
        $t1 = bench_now();
        pipeline_floor($c, $per_master);
        $t2 = bench_now();
        pipeline_floor($c, $per_master);
        $t3 = bench_now();
        if ($n >= 3) {
            $batch[] = ($t1 - $t0) / 1e3;
            $floor[] = ($t3 - $t2) / 1e3;
        }
    }
    sort($batch);
    sort($floor);
    return [$batch[intdiv(count($batch), 2)], $floor[intdiv(count($floor), 2)]];
}

/* (4) new RedisCluster with a warm slot cache (the first construction fills it). */
function construct(string $which): void
{
    $seeds = bench_seeds($which);
    $nodes = bench_nodes($which);
    $c = new RedisCluster(null, $seeds, 1.5, 1.5);
    bench_check($c->get('key:__rand_int__') === 'xxx', 'GET after construction');
    for ($i = 0; $i < 20; $i++) {
        $c = new RedisCluster(null, $seeds, 1.5, 1.5);
    }
    unset($c);
    // Request memory a construction leaves behind once its object is gone (0 unless
    // something leaks); the timed loop is capped so a leak cannot exhaust memory_limit.
    $mem = memory_get_usage();
    for ($i = 0; $i < 1000; $i++) {
        $c = new RedisCluster(null, $seeds, 1.5, 1.5);
    }
    unset($c);
    $leak = (memory_get_usage() - $mem) / 1000;
    $calls = bench_cluster_slots_calls($nodes);
    $t = bench_seconds();
    $n = 0;
    $start = bench_now();
    do {
        for ($i = 0; $i < 50; $i++) {
            $c = new RedisCluster(null, $seeds, 1.5, 1.5);
        }
        $n += 50;
        $el = (bench_now() - $start) / 1e9;
    } while ($el < $t && $n < 100000);
    $calls = bench_cluster_slots_calls($nodes) - $calls;
    // The last object still works: the cached map routes correctly.
    bench_check(count($c->_masters()) === ($which === '3' ? 3 : 24), 'wrong number of masters');
    bench_check($c->get('key:__rand_int__') === 'xxx', 'GET on a warm-constructed object');
    bench_emit([
        "construct_$which" . '_us' => $el * 1e6 / $n,
        "construct_{$which}_slots_calls" => $calls / $n,
        "construct_{$which}_leak" => $leak,
    ]);
}

/* (5a) Memory per live object: K objects, each constructed and used for one GET, kept
 * alive together. Request memory (emalloc, memory_get_usage) and malloc (mallinfo2:
 * persistent allocations, hiredis, sockets' buffers if malloc'd) counted separately. */
function memobj(int $cs): void
{
    $seeds = bench_seeds('3');
    $k = bench_quick() ? 10 : 200;
    $key = 'key:__rand_int__';
    $c = new RedisCluster(null, $seeds, 1.5, 1.5);   // warm-up (and fills the cache when on)
    bench_check($c->get($key) === 'xxx', "GET $key");
    unset($c);
    $objs = new SplFixedArray($k);   // allocated before the measurement
    gc_collect_cycles();
    $e0 = memory_get_usage();
    $m0 = bench_malloc_bytes();
    for ($i = 0; $i < $k; $i++) {
        $c = new RedisCluster(null, $seeds, 1.5, 1.5);
        bench_check($c->get($key) === 'xxx', "GET $key");
        $objs[$i] = $c;
    }
    unset($c);
    $e1 = memory_get_usage();
    $m1 = bench_malloc_bytes();
    $out = ["memobj_cs{$cs}_emalloc" => ($e1 - $e0) / $k];
    if ($m0 !== null) {
        $out["memobj_cs{$cs}_malloc"] = ($m1 - $m0) / $k;
        $out["memobj_cs$cs"] = ($e1 - $e0 + $m1 - $m0) / $k;
    }
    bench_emit($out);
    unset($objs);
}

/* (5b) Persistent memory per cached cluster. A cache entry is keyed by the seed list, so
 * M distinct seed lists (subsets of the cluster's nodes) make M entries of the same
 * cluster. Constructing from each list with cache_slots=0 (control) and then =1, with
 * every object freed at once, leaves only the entries: (delta(=1) - delta(=0)) / M, in
 * malloc'd bytes (mallinfo2) and in RSS. */
function memcache(string $which): void
{
    $nodes = bench_nodes($which);
    $m = bench_quick() ? 4 : 40;
    $lists = [];
    $n = count($nodes);
    for ($size = 2; $size <= $n && count($lists) < $m + 1; $size++) {
        foreach (combinations($n, $size) as $idx) {
            $lists[] = array_map(fn($i) => $nodes[$i], $idx);
            if (count($lists) >= $m + 1) {
                break;
            }
        }
    }
    bench_check(count($lists) === $m + 1, 'not enough distinct seed lists');
    $warm = array_pop($lists);

    $phase = function (int $cs) use ($lists, $warm): array {
        ini_set('redis.clusters.cache_slots', (string)$cs);
        bench_check((int)ini_get('redis.clusters.cache_slots') === $cs, 'cache_slots not set');
        $c = new RedisCluster(null, $warm, 1.5, 1.5);
        unset($c);
        gc_collect_cycles();
        $m0 = bench_malloc_bytes();
        $r0 = bench_rss();
        foreach ($lists as $seeds) {
            $c = new RedisCluster(null, $seeds, 1.5, 1.5);
            unset($c);
        }
        gc_collect_cycles();
        return [(bench_malloc_bytes() ?? 0) - ($m0 ?? 0), bench_rss() - $r0];
    };
    [$mc0, $rc0] = $phase(0);
    [$mc1, $rc1] = $phase(1);
    $out = ["memcache_{$which}_rss" => ($rc1 - $rc0) / $m];
    if (bench_malloc_bytes() !== null) {
        $out["memcache_$which"] = ($mc1 - $mc0) / $m;
    }
    bench_emit($out);
}

/* (7) The Redis class: GETs of one key on one connection; redis-benchmark -t get reads the
 * same key of the same server. Operations per second. */
function single_getloop(): void
{
    [$host, $port] = bench_single();
    bench_emit(['single_getloop' => get_loop(bench_single_connect($host, $port, false))]);
}

/* (8) The Redis class: pipeline() + 100 GETs of distinct keys + exec(), every reply
 * checked, on one connection (both modules have Redis::pipeline()). Whole pipelines per
 * second. */
function single_pipeline(): void
{
    [$host, $port] = bench_single();
    $r = bench_single_connect($host, $port, false);
    for ($i = 0; $i < 3; $i++) {
        bench_single_pipeline($r);
    }
    $t = bench_seconds();
    $n = 0;
    $start = bench_now();
    do {
        bench_single_pipeline($r);
        $n++;
        $el = (bench_now() - $start) / 1e9;
    } while ($el < $t || $n < 3);
    bench_emit(['single_pipe100' => $n / $el]);
}

/** Index combinations of $k out of 0..$n-1, in lexicographic order. */
function combinations(int $n, int $k): Generator
{
    $idx = range(0, $k - 1);
    while (true) {
        yield $idx;
        $i = $k - 1;
        while ($i >= 0 && $idx[$i] === $n - $k + $i) {
            $i--;
        }
        if ($i < 0) {
            return;
        }
        $idx[$i]++;
        for ($j = $i + 1; $j < $k; $j++) {
            $idx[$j] = $idx[$j - 1] + 1;
        }
    }
}

try {
    main($argv);
} catch (Throwable $e) {
    fwrite(STDERR, 'scenario ' . implode(' ', array_slice($argv, 1)) . ' failed: '
        . get_class($e) . ': ' . $e->getMessage() . "\n");
    exit(1);
}
