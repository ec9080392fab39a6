<?php
/* Turns bench/run.sh's raw results (one JSON line per process: rep, module, metrics)
 * into the Markdown table: medians per module, the ratio ours/phpredis, the issue's
 * targets and whether they are met. Run with `php -n bench/report.php raw.jsonl`.
 * BENCH_META_MACHINE, BENCH_META_VERSIONS, BENCH_META_COMMAND head the table;
 * BENCH_PROVISIONAL=1 marks the cache_slots=1 rows as provisional. */

declare(strict_types=1);

$file = $argv[1] ?? '';
$lines = is_file($file) ? file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) : false;
if (!$lines) {
    fwrite(STDERR, "report.php: no results in '$file'\n");
    exit(1);
}

/** $v[metric][module][rep] = value */
$v = [];
$reps = [];
foreach ($lines as $line) {
    $r = json_decode($line, true, 8, JSON_THROW_ON_ERROR);
    $reps[$r['rep']] = true;
    foreach ($r['metrics'] as $k => $x) {
        $v[$k][$r['module']][$r['rep']] = (float)$x;
    }
}

function median(array $xs): ?float
{
    $xs = array_values(array_filter($xs, 'is_float'));
    if (!$xs) {
        return null;
    }
    sort($xs);
    $n = count($xs);
    return $n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2;
}

/** Per-repetition quotient of two metrics of one module (or of a module and the limit). */
function per_rep(array $v, string $a, string $ma, string $b, string $mb): array
{
    $out = [];
    foreach ($v[$a][$ma] ?? [] as $rep => $x) {
        if (isset($v[$b][$mb][$rep]) && $v[$b][$mb][$rep] != 0) {
            $out[$rep] = $x / $v[$b][$mb][$rep];
        }
    }
    return $out;
}

/** Spread of a series: (max - min) / median, in percent. */
function spread(array $xs): string
{
    $m = median($xs);
    if ($m === null || count($xs) < 2 || $m == 0) {
        return '';
    }
    return sprintf(' ±%.0f%%', 50 * (max($xs) - min($xs)) / abs($m));
}

function fmt(?float $x, string $unit): string
{
    if ($x === null) {
        return 'n/a';
    }
    return match ($unit) {
        'req/s', 'ops/s' => number_format($x, 0, '.', ' '),
        'µs' => number_format($x, $x < 10 ? 2 : 1, '.', ' '),
        'B' => number_format($x, 0, '.', ' ') . ($x >= 4096 ? sprintf(' (%.1f KiB)', $x / 1024) : ''),
        '×' => sprintf('%.2f×', $x),
        default => sprintf('%.3g', $x),
    };
}

$prov = getenv('BENCH_PROVISIONAL') === '1' ? ' ‡' : '';

/* Rows: label, metric (or derived), unit, better (hi/lo), target. Targets:
 *   ge            ours at least as good as phpredis
 *   ratio>=X      ours/phpredis rate at least X (and ge)
 *   max=X         ours at most X (unit of the row)
 *   info          no target */
$rows = [
    ['(1) FPM-style request, cache_slots=0', 'request_cs0', 'req/s', 'hi', 'ge'],
    ["(1) FPM-style request, cache_slots=1$prov", 'request_cs1', 'req/s', 'hi', 'ge'],
    ['(2) GET loop, one object (3 rounds per repetition)', 'getloop_us', 'µs', 'lo', 'ge'],
    ['(2) redis-benchmark -c 1 -P 1 -t get, one node', 'redis_benchmark_us', 'µs', 'lo', 'limit'],
    ['(2) GET loop ÷ redis-benchmark', 'getloop_over_limit', '×', 'lo', 'max=1.10'],
    ['(3) MGET 100 keys, 3 masters', 'mget100_3', 'ops/s', 'hi', 'ratio>=2.5'],
    ['(3) MSET 100 keys, 3 masters', 'mset100_3', 'ops/s', 'hi', 'ge'],
    ['(3) DEL 100 keys, 3 masters', 'del100_3', 'ops/s', 'hi', 'ge'],
    ['(3) MGET 100 keys, 24 masters', 'mget100_24', 'ops/s', 'hi', 'ge'],
    ['(3) MSET 100 keys, 24 masters', 'mset100_24', 'ops/s', 'hi', 'ge'],
    ['(3) DEL 100 keys, 24 masters', 'del100_24', 'ops/s', 'hi', 'ge'],
    ['(3b) 100 mixed commands, 3 masters: ours a pipeline, phpredis one by one', 'pipe100_3', 'ops/s', 'hi', 'ratio>=20'],
    ['(3b) 100 mixed commands, 24 masters: ours a pipeline, phpredis one by one', 'pipe100_24', 'ops/s', 'hi', 'ge'],
    ['(3b) 100 mixed commands one by one, 3 masters', 'seq100_3', 'ops/s', 'hi', 'ge'],
    ['(3b) 100 mixed commands one by one, 24 masters', 'seq100_24', 'ops/s', 'hi', 'ge'],
    ['(3b) pipeline of 100 ÷ one round trip per node in parallel, 3 masters', 'pipe_over_rtt_3', '×', 'lo', 'max=1.5'],
    ['(3b) pipeline of 100 ÷ one round trip per node in parallel, 24 masters', 'pipe_over_rtt_24', '×', 'lo', 'max=1.5'],
    ["(4) warm construction, 3 masters$prov", 'construct_3_us', 'µs', 'lo', 'ge'],
    ["(4) warm construction, 24 masters$prov", 'construct_24_us', 'µs', 'lo', 'ge'],
    ["(4) warm construction 24 ÷ 3 masters$prov", 'construct_growth', '×', 'lo', 'max=1.20'],
    ['(5) memory per object, cache_slots=0', 'memobj_cs0', 'B', 'lo', 'max=4096'],
    ["(5) memory per object, cache_slots=1$prov", 'memobj_cs1', 'B', 'lo', 'max=4096'],
    ["(5) persistent memory per cached cluster, 3 masters$prov", 'memcache_3', 'B', 'lo', 'info'],
    ["(5) persistent memory per cached cluster, 24 masters$prov", 'memcache_24', 'B', 'lo', 'info'],
    ['(6) php-fpm pool, cache_slots=0', 'fpm_cs0', 'req/s', 'hi', 'ge'],
    ["(6) php-fpm pool, cache_slots=1$prov", 'fpm_cs1', 'req/s', 'hi', 'ge'],
];

// Derived series.
foreach (['ours', 'phpredis'] as $m) {
    $v['getloop_over_limit'][$m] = per_rep($v, 'getloop_us', $m, 'redis_benchmark_us', 'limit');
    $v['construct_growth'][$m] = per_rep($v, 'construct_24_us', $m, 'construct_3_us', $m);
    foreach (['3', '24'] as $w) {
        $v["pipe_over_rtt_$w"][$m] = per_rep($v, "pipe100_us_$w", $m, "rtt_us_$w", $m);
    }
}

$md = "| scenario | unit | ours | phpredis 5.3.7 | ours/phpredis | target | met? |\n";
$md .= "|---|---|---:|---:|---:|---|---|\n";
$missed = [];
foreach ($rows as [$label, $metric, $unit, $better, $target]) {
    if ($target === 'limit') {
        $x = $v[$metric]['limit'] ?? [];
        $md .= sprintf("| %s | %s/op | %s | | | the sequential round-trip limit | |\n",
            $label, $unit, fmt(median($x), $unit) . spread($x));
        continue;
    }
    $o = $v[$metric]['ours'] ?? [];
    $p = $v[$metric]['phpredis'] ?? [];
    $mo = median($o);
    $mp = median($p);
    // The ratio is paired: ours/phpredis within each repetition (the two ran back to
    // back), then the median and the range of those per-repetition ratios.
    $pairs = per_rep($v, $metric, 'ours', $metric, 'phpredis');
    $ratio = median($pairs);
    $u = match ($unit) { 'µs' => 'µs/op', default => $unit } . ($better === 'hi' ? ' ↑' : ' ↓');
    $better_than = fn(?float $r) => $r !== null && ($better === 'hi' ? $r >= 1.0 : $r <= 1.0);
    $noise = $pairs && min($pairs) < 1.0 && max($pairs) > 1.0;
    [$tdesc, $ok] = match (true) {
        $target === 'ge' => ['≥ phpredis', $better_than($ratio)],
        str_starts_with($target, 'ratio>=') => [
            '≥ ' . substr($target, 7) . '× phpredis',
            $ratio !== null && $ratio >= (float)substr($target, 7),
        ],
        str_starts_with($target, 'max=') => [
            '≤ ' . fmt((float)substr($target, 4), $unit),
            $mo !== null && $mo <= (float)substr($target, 4),
        ],
        default => ['—', null],
    };
    if ($unit === '×') {
        $ratio = null;   // a quotient of quotients says nothing more
    }
    $met = $ok === null ? '—' : ($ok ? 'met' : '**missed**');
    if ($ok === false && $target === 'ge' && $noise) {
        $met .= ' (within noise)';
    }
    if ($ok === false) {
        $missed[] = $label;
    }
    $md .= sprintf("| %s | %s | %s | %s | %s | %s | %s |\n", $label, $u,
        fmt($mo, $unit) . spread($o), fmt($mp, $unit) . spread($p),
        $ratio === null ? '' : sprintf('%.2f (%.2f–%.2f)', $ratio, min($pairs), max($pairs)), $tdesc, $met);
}

// What the cache did, measured on the servers (INFO commandstats): CLUSTER SLOTS per
// construction / request. 0 means the slot cache served the map.
$checks = [
    ['CLUSTER SLOTS per FPM-style request, cache_slots=0', 'request_cs0_slots_calls'],
    ['CLUSTER SLOTS per FPM-style request, cache_slots=1', 'request_cs1_slots_calls'],
    ['FPM-style request, cache_slots=0: user CPU per request (µs, getrusage: rough)', 'request_cs0_user_us'],
    ['FPM-style request, cache_slots=0: system CPU per request (µs, getrusage: rough)', 'request_cs0_sys_us'],
    ['FPM-style request, cache_slots=1: user CPU per request (µs, getrusage: rough)', 'request_cs1_user_us'],
    ['FPM-style request, cache_slots=1: system CPU per request (µs, getrusage: rough)', 'request_cs1_sys_us'],
    ['CLUSTER SLOTS per warm construction, 3 masters', 'construct_3_slots_calls'],
    ['CLUSTER SLOTS per warm construction, 24 masters', 'construct_24_slots_calls'],
    ['request memory left behind per construction+destruction, 3 masters (bytes; 0 = no leak)', 'construct_3_leak'],
    ['request memory left behind per construction+destruction, 24 masters (bytes; 0 = no leak)', 'construct_24_leak'],
    ['RSS per cached cluster, 3 masters (cross-check, bytes)', 'memcache_3_rss'],
    ['RSS per cached cluster, 24 masters (cross-check, bytes)', 'memcache_24_rss'],
    ['memory per object, cache_slots=0: emalloc part (bytes)', 'memobj_cs0_emalloc'],
    ['memory per object, cache_slots=0: malloc part (bytes)', 'memobj_cs0_malloc'],
    ['memory per object, cache_slots=1: emalloc part (bytes)', 'memobj_cs1_emalloc'],
    ['memory per object, cache_slots=1: malloc part (bytes)', 'memobj_cs1_malloc'],
    ["(3b) pipeline of 100, 3 masters: the servers' CPU per batch (µs, masters and replicas, /proc: rough)", 'pipe100_servers_cpu_us_3'],
    ["(3b) pipeline of 100, 3 masters: the client's CPU per batch (µs, getrusage: rough)", 'pipe100_client_cpu_us_3'],
    ["(3b) 100 commands one by one, 3 masters: the servers' CPU (µs, /proc: rough)", 'seq100_servers_cpu_us_3'],
    ["(3b) pipeline of 100, 24 masters: the servers' CPU per batch (µs, /proc: rough)", 'pipe100_servers_cpu_us_24'],
    ["(3b) pipeline of 100, 24 masters: the client's CPU per batch (µs, getrusage: rough)", 'pipe100_client_cpu_us_24'],
    ["(3b) 100 commands one by one, 24 masters: the servers' CPU (µs, /proc: rough)", 'seq100_servers_cpu_us_24'],
];
$cd = "| measured alongside | ours | phpredis 5.3.7 |\n|---|---:|---:|\n";
foreach ($checks as [$label, $metric]) {
    $f = fn(?float $x) => $x === null ? 'n/a' : (abs($x) >= 100 ? number_format($x, 0, '.', ' ') : sprintf('%.3g', $x));
    $cd .= sprintf("| %s | %s | %s |\n", $label, $f(median($v[$metric]['ours'] ?? [])),
        $f(median($v[$metric]['phpredis'] ?? [])));
}

$n = count($v['request_cs0']['ours'] ?? $reps);   // the GET loop has three rounds per repetition
echo "## Results\n\n";
foreach (['MACHINE' => 'Machine', 'VERSIONS' => 'Versions', 'COMMAND' => 'Command'] as $k => $name) {
    $x = getenv("BENCH_META_$k");
    if (is_string($x) && $x !== '') {
        echo "- $name: $x\n";
    }
}
echo "- Medians over $n repetition" . ($n === 1 ? '' : 's') . " per module, A/B alternating, one process per"
    . " measurement; ±x% is half the min–max range relative to the median. ↑: higher is better,"
    . " ↓: lower is better. ours/phpredis: median of the per-repetition ratios (A and B ran back"
    . " to back), with their min–max; \"within noise\": some repetitions went the other way.\n\n";
echo $md, "\n";
if ($prov !== '') {
    echo "‡ provisional: cache_slots=1 numbers were measured while the slot cache was still being written.\n\n";
}
echo $missed ? 'Targets missed: ' . implode('; ', $missed) . ".\n\n" : "All targets met.\n\n";
echo $cd;
