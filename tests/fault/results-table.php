<?php
/*
 * Renders the fault results file as a Markdown table for docs/slot-cache.md: the latest
 * record per module, fault and variant.
 *   php tests/fault/results-table.php [build/fault-results.jsonl]
 */

declare(strict_types=1);

$file = $argv[1] ?? (getenv('FAULT_RESULTS') ?: dirname(__DIR__, 2) . '/build/fault-results.jsonl');
$latest = [];
foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    $r = json_decode($line, true);
    if (is_array($r) && isset($r['fault'], $r['variant'], $r['module'])) {
        $latest["{$r['module']}|{$r['fault']}|{$r['variant']}"] = $r;
    }
}
ksort($latest);
echo "| module | fault | variant | requests | failed in window | failed after convergence + grace | time to recovery | convergence | idle worker's first request | crashes | acknowledged writes lost | most frequent error |\n";
echo "|---|---|---|---:|---:|---:|---:|---:|---|---:|---:|---|\n";
foreach ($latest as $r) {
    $err = $r['errors'] ? array_key_first($r['errors']) : '';
    printf(
        "| %s | %s | %s | %d | %d | %d | %s | %.2f s | %s | %s | %s | %s |\n",
        $r['module'], $r['fault'], $r['variant'], $r['requests'], $r['fail_window'], $r['fail_after'],
        $r['crashes'] ? 'crashed' : ($r['ttr'] === null ? 'never' : sprintf('%.2f s', $r['ttr'])), $r['conv'], $r['idle_first'],
        count($r['crashes']) . (preg_grep('/SIGSEGV/', array_values($r['crashes'])) ? ' (SIGSEGV)' : ''), $r['writes_checked'] ? count($r['lost']) . '/' . $r['writes_checked'] : '—',
        str_replace('|', '\|', substr($err, 0, 90)),
    );
}
