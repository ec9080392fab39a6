<?php
/*
 * The fuzzer's driver: runs cases (fuzz_case.php) in child PHP processes with the ASan +
 * UBSan build and classifies each one. Run it through scripts/fuzz.sh, which builds that
 * module and passes its environment (FZ_MODULE, FZ_ENV); the options are documented
 * there and in tests/fuzz/README.md.
 *
 * A case fails on a sanitizer report (any file in its log directory, whichever process
 * wrote it), a signal or an exit code over 128, or a hang (still running after the
 * per-case timeout). A PHP fatal error ("Possible integer overflow in memory allocation",
 * "Allowed memory size exhausted"...) is a finding of its own: counted and printed apart,
 * and it fails the run unless --allow-fatal. Exceptions from the extension are fine.
 */

declare(strict_types=1);

$opts = getopt('', ['seed:', 'case:', 'cases:', 'time:', 'jobs:', 'timeout:', 'ci', 'allow-fatal', 'keep:', 'verbose']);
$module = getenv('FZ_MODULE');
$envTemplate = getenv('FZ_ENV');
if (!$module || !$envTemplate) {
    fwrite(STDERR, "fuzz.php: run it through scripts/fuzz.sh\n");
    exit(2);
}

$seeds = array_map('intval', (array)($opts['seed'] ?? []));
$dateSeed = null;
if (isset($opts['ci'])) {
    /* fixed seeds keep CI comparable from one run to the next; the date's seed finds
     * new cases every day, and is printed for a replay */
    $dateSeed = (int)gmdate('Ymd');
    $seeds = array_merge($seeds ?: [1, 2], [$dateSeed]);
}
if (!$seeds) {
    $seeds = [random_int(1, 999999999)];
}
$casesPerSeed = (int)($opts['cases'] ?? (isset($opts['ci']) ? 100 : 200));
$timeLimit = (float)($opts['time'] ?? (isset($opts['ci']) ? 200 : 0));
$jobs = max(1, (int)($opts['jobs'] ?? 2));
$caseTimeout = (float)($opts['timeout'] ?? 30);
$allowFatal = isset($opts['allow-fatal']);
$keep = $opts['keep'] ?? sys_get_temp_dir() . '/rc-fuzz-' . getmypid();
$single = isset($opts['case']);

$queue = [];
foreach ($seeds as $s) {
    if ($single) {
        $queue[] = [$s, (int)$opts['case']];
        continue;
    }
    for ($i = 0; $i < $casesPerSeed; $i++) {
        $queue[] = [$s, $i];
    }
}
@mkdir($keep, 0777, true);

printf("fuzz: seeds %s%s, %s, %d job(s), %.0f s per case at most%s\n",
    implode(' ', $seeds), $dateSeed !== null ? " (date seed $dateSeed)" : '',
    $single ? "case {$opts['case']}" : "$casesPerSeed cases per seed",
    $jobs, $caseTimeout, $timeLimit > 0 ? sprintf(', %.0f s in all at most', $timeLimit) : '');

function start_case(array $job, string $keep, string $module, string $envTemplate, bool $verbose): array
{
    [$seed, $case] = $job;
    $dir = "$keep/s$seed-c$case";
    @mkdir($dir, 0777, true);
    array_map('unlink', glob("$dir/*"));
    $env = getenv();
    foreach (explode("\n", trim(str_replace('@DIR@', $dir, $envTemplate))) as $line) {
        [$k, $v] = explode('=', $line, 2);
        $env[$k] = $v;
    }
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$module", '-d', 'display_errors=1', '-d', 'log_errors=0',
        '-d', 'memory_limit=' . ($env['FZ_MEMORY_LIMIT'] ?? '128M'), __DIR__ . '/fuzz_case.php', (string)$seed, (string)$case, $dir];
    if ($verbose) {
        $cmd[] = '-v';
    }
    $spec = [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out", 'w'], 2 => ['file', "$dir/out", 'a']];
    $proc = proc_open($cmd, $spec, $pipes, null, $env);
    return ['job' => $job, 'dir' => $dir, 'proc' => $proc, 'start' => microtime(true)];
}

/* The first frame of the report's first stack that is in the extension's sources (not
 * under /usr, not the sanitizer's): "rc_conn_read node.c:424", or "" (a frame in PHP or
 * a library says less). */
function own_frame(string $report): string
{
    $re = '~^\s+#\d+ 0x[0-9a-f]+ in (\S+) /(?!usr/)\S*?([^/\s]+\.[ch]):(\d+)~m';
    return preg_match($re, $report, $f) ? "$f[1] $f[2]:$f[3]" : '';
}

/* [kind, detail, signature]: kind is ok, sanitizer, signal, hang, fatal or error; the
 * signature groups the failures that are most likely one bug. */
function classify(array $run, ?int $exit, ?int $signal, bool $timedOut): array
{
    $out = (string)@file_get_contents("{$run['dir']}/out");
    $reports = glob("{$run['dir']}/san.*");
    if ($reports) {
        $text = file_get_contents($reports[0]);
        preg_match('/^SUMMARY: AddressSanitizer: (\S+).*$/m', $text, $m);
        $detail = $m[0] ?? strtok($text, "\n");
        $where = own_frame($text);
        if ($where === '' && preg_match('/^\s+#1 0x[0-9a-f]+ in (\S+)/m', $text, $caller)) {
            $where = $caller[1];    /* the allocator's caller: hiredis's buffer, PHP's heap */
        }
        $at = $where !== '' ? " in $where" : '';
        $sig = (str_contains($text, 'LeakSanitizer') ? 'leak' : ($m[1] ?? 'report')) . $at;
        if (preg_match('/^(\S+:\d+):\d+: runtime error: ([a-z -]+).*$/m', $out, $ub)) {
            /* the abort that follows says nothing more */
            [$detail, $sig] = ["UBSan: $ub[0]", "UBSan $ub[2] at " . basename($ub[1])];
        } elseif (str_contains($detail, 'ABRT') && preg_match('/([^\n]+)\n+AddressSanitizer:DEADLYSIGNAL/', $out, $why)) {
            /* what made PHP abort */
            [$detail, $sig] = [trim($why[1]) . " => $detail", trim(preg_replace('/\(.*/', '', $why[1])) . $at];
        } elseif (preg_match('/ERROR: AddressSanitizer: (requested allocation size \S+)/', $text, $big)) {
            $detail .= " ($big[1])";
        }
        return ['sanitizer', $detail . ($where !== '' ? " [$where]" : ''), $sig];
    }
    if ($timedOut) {
        return ['hang', 'still running after the per-case timeout', 'hang'];
    }
    if (preg_match('/^.*(Allowed memory size|Hard memory limit) of \d+ bytes exhausted.*$/m', $out, $m)) {
        /* PHP's allocator refused (RC_FUZZ_PLAIN): whatever the exit, a size was trusted */
        $d = trim(preg_replace('/ in \S+ on line \d+$/', '', preg_replace('/^(PHP )?Fatal error: /', '', $m[0])));
        return ['fatal', $d, preg_replace('/\d+/', 'N', $d)];
    }
    if ($signal !== null || $exit > 128) {
        $d = $signal !== null ? "killed by signal $signal" : "exit code $exit";
        return ['signal', $d, $d];
    }
    if (preg_match('/^(?:PHP )?Fatal error: (?!Uncaught)(.*)$/m', $out, $m)) {
        $d = trim(preg_replace('/ in \S+ on line \d+$/', '', $m[1]));
        return ['fatal', $d, preg_replace('/\d+/', 'N', $d)];
    }
    if ($exit !== 0 || !str_contains($out, 'CASE OK')) {
        $lines = array_filter(array_map('trim', explode("\n", $out)));
        return ['error', "exit code $exit: " . substr((string)end($lines), 0, 200), "runner exit code $exit"];
    }
    return ['ok', '', ''];
}

$counts = array_fill_keys(['ok', 'sanitizer', 'signal', 'hang', 'fatal', 'error'], 0);
$failures = [];
$distinct = [];
$running = [];
$t0 = microtime(true);
$stoppedEarly = 0;
while ($queue || $running) {
    while ($queue && count($running) < $jobs) {
        if ($timeLimit > 0 && microtime(true) - $t0 > $timeLimit) {
            $stoppedEarly = count($queue);
            $queue = [];
            break;
        }
        $running[] = start_case(array_shift($queue), $keep, $module, $envTemplate, $single || isset($opts['verbose']));
    }
    usleep(20000);
    foreach ($running as $i => $run) {
        $st = proc_get_status($run['proc']);
        $timedOut = $st['running'] && microtime(true) - $run['start'] > $caseTimeout;
        if ($st['running'] && !$timedOut) {
            continue;
        }
        if ($timedOut) {
            proc_terminate($run['proc'], 9);
            while (proc_get_status($run['proc'])['running']) {
                usleep(10000);
            }
        }
        proc_close($run['proc']);
        unset($running[$i]);
        $signal = $st['signaled'] ? $st['termsig'] : null;
        [$kind, $detail, $sig] = classify($run, $st['running'] ? null : $st['exitcode'], $timedOut ? null : $signal, $timedOut);
        $counts[$kind]++;
        [$seed, $case] = $run['job'];
        if ($single) {
            echo file_get_contents("{$run['dir']}/out");
            echo "---- what the nodes answered ({$run['dir']}/node.log)\n", @file_get_contents("{$run['dir']}/node.log");
            foreach (glob("{$run['dir']}/san.*") as $f) {
                echo "---- $f\n", file_get_contents($f);
            }
        }
        if ($kind === 'ok') {
            if (!$single) {
                array_map('unlink', glob("{$run['dir']}/*"));
                @rmdir($run['dir']);
            }
            continue;
        }
        $failures[] = [$kind, $seed, $case, $detail];
        $distinct[$sig] ??= [0, "$kind: $sig", getenv('FZ_REPLAY') . "scripts/fuzz.sh --seed $seed --case $case"];
        $distinct[$sig][0]++;
        printf("%s %s seed=%d case=%d (%.1f s): %s\n  replay: %sscripts/fuzz.sh --seed %d --case %d   (files: %s)\n",
            $kind === 'fatal' ? 'FINDING' : 'FAIL', $kind, $seed, $case, microtime(true) - $run['start'],
            $detail, getenv('FZ_REPLAY'), $seed, $case, $run['dir']);
    }
    $running = array_values($running);
}

$total = array_sum($counts);
printf("fuzz: seeds %s: %d case(s) in %.0f s: ok %d, sanitizer %d, signal %d, hang %d, fatal error %d, runner error %d%s\n",
    implode(' ', $seeds), $total, microtime(true) - $t0, $counts['ok'], $counts['sanitizer'], $counts['signal'],
    $counts['hang'], $counts['fatal'], $counts['error'],
    $stoppedEarly ? " ($stoppedEarly case(s) not run: time limit)" : '');
if ($distinct) {
    echo "fuzz: distinct failures (cases, what, first replay):\n";
    foreach ($distinct as [$count, $what, $replay]) {
        printf("  %4d  %s\n        %s\n", $count, $what, $replay);
    }
}
if (!$failures) {
    @rmdir($keep);
}
$failed = $counts['sanitizer'] + $counts['signal'] + $counts['hang'] + $counts['error'] + ($allowFatal ? 0 : $counts['fatal']);
exit($failed ? 1 : 0);
