<?php
/*
 * Draws the fault tests' own logs (build/fault-timelines/*.json, written by every run) as
 * one SVG: per fault a row, per module a column (this extension beside phpredis 5.3.7
 * when the run had both), requests that succeeded (up) and failed (down) per 100 ms by
 * the time they ended, from 1 s before the fault to 3 s after the cluster converged; the
 * fault window (start to convergence) shaded.
 *
 *   php tests/fault/timeline-svg.php [timeline.json ...] > docs/fault-timeline.svg
 *
 * Without arguments: replace-all, kill-master and hang-master (variant cache) and the
 * php-fpm pool's hung master under live traffic, those of them that exist.
 */

declare(strict_types=1);

$dir = getenv('FAULT_TIMELINES') ?: dirname(__DIR__, 2) . '/build/fault-timelines';
$files = array_slice($argv, 1) ?: array_filter(array_map(fn($n) => "$dir/$n.json",
    ['replace-all-cache', 'kill-master-cache', 'hang-master-cache', 'fpm-hang-master-live']), 'is_file');
if (!$files) {
    fwrite(STDERR, "timeline-svg.php: no timelines in $dir (run the fault tests first)\n");
    exit(1);
}

const BUCKET = 0.1;
const CELL_W = 420, CELL_H = 150, LEFT = 150, TOP = 80, GAP = 44;

$rows = [];
foreach ($files as $f) {
    $t = json_decode((string)file_get_contents($f), true);
    if (!is_array($t) || !isset($t['modules'])) {
        fwrite(STDERR, "timeline-svg.php: $f is not a timeline\n");
        exit(1);
    }
    $rows[] = $t;
}

/* Counts per bucket: [ok[], fail[]] over [-1, conv + 3) s. */
function buckets(array $reqs, float $from, float $to): array
{
    $n = (int)ceil(($to - $from) / BUCKET);
    $ok = $fail = array_fill(0, $n, 0);
    foreach ($reqs as [$t0, $t1, $good]) {
        $i = (int)floor(($t1 - $from) / BUCKET);
        if ($i >= 0 && $i < $n) {
            $good ? $ok[$i]++ : $fail[$i]++;
        }
    }
    return [$ok, $fail];
}

function esc(string $s): string
{
    return htmlspecialchars($s, ENT_XML1 | ENT_QUOTES);
}

$modules = [];
foreach ($rows as $r) {
    foreach (array_keys($r['modules']) as $m) {
        $modules[preg_replace('/-.*/', '', $m)] = true;
    }
}
$columns = array_keys($modules);
usort($columns, fn($a, $b) => ($a !== 'ours') <=> ($b !== 'ours'));
$width = LEFT + count($columns) * (CELL_W + GAP) + 20;
$height = TOP + count($rows) * (CELL_H + GAP) + 40;

$svg = [];
$svg[] = sprintf('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">', $width, $height);
$svg[] = sprintf('<rect width="%d" height="%d" fill="white"/>', $width, $height);
$svg[] = '<text x="10" y="20" font-size="14" font-weight="bold">Requests per 100 ms, by the time they ended: succeeded (up, green) and failed (down, red)</text>';
$svg[] = '<text x="10" y="38">Shaded: from the fault\'s start to the cluster\'s convergence. Each row shares one scale. Drawn by tests/fault/timeline-svg.php from the fault tests\' logs.</text>';
foreach ($columns as $c => $col) {
    $label = $col === 'ours' ? 'this extension' : 'phpredis 5.3.7';
    $svg[] = sprintf('<text x="%d" y="%d" font-size="13" font-weight="bold">%s</text>', LEFT + $c * (CELL_W + GAP), TOP - 22, $label);
}
foreach ($rows as $ri => $r) {
    $from = -1.0;
    $to = $r['conv'] + 3.0;
    $series = [];
    $max = 1;
    foreach ($r['modules'] as $m => $reqs) {
        $series[preg_replace('/-.*/', '', $m)] = $b = buckets($reqs, $from, $to);
        $max = max($max, ...$b[0], ...$b[1]);
    }
    $y0 = TOP + $ri * (CELL_H + GAP);
    $svg[] = sprintf('<text x="10" y="%d" font-size="12" font-weight="bold">%s</text>', $y0 + 20, esc($r['fault']));
    $svg[] = sprintf('<text x="10" y="%d">%s</text>', $y0 + 36, esc($r['variant']));
    $svg[] = sprintf('<text x="10" y="%d">converged %.1f s</text>', $y0 + 52, $r['conv']);
    foreach ($columns as $c => $col) {
        $x0 = LEFT + $c * (CELL_W + GAP);
        $mid = $y0 + CELL_H * 0.6;
        $sx = fn(float $t) => $x0 + ($t - $from) / ($to - $from) * CELL_W;
        $up = CELL_H * 0.6 / $max;
        $down = CELL_H * 0.4 / $max;
        $svg[] = sprintf('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="#eee"/>', $sx(0), $y0, $sx($r['conv']) - $sx(0), CELL_H);
        $svg[] = sprintf('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#888"/>', $x0, $mid, $x0 + CELL_W, $mid);
        for ($t = (int)ceil($from); $t <= $to; $t++) {
            $svg[] = sprintf('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ccc"/><text x="%.1f" y="%d" text-anchor="middle" fill="#666">%ds</text>',
                $sx($t), $y0, $sx($t), $y0 + CELL_H, $sx($t), $y0 + CELL_H + 12, $t);
        }
        if (!isset($series[$col])) {
            $svg[] = sprintf('<text x="%d" y="%.1f" fill="#666">not run</text>', $x0 + 10, $mid - 10);
            continue;
        }
        [$ok, $fail] = $series[$col];
        $w = BUCKET / ($to - $from) * CELL_W;
        foreach ($ok as $i => $n) {
            $x = $x0 + $i * $w;
            if ($n > 0) {
                $svg[] = sprintf('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#2a9d45"/>', $x, $mid - $n * $up, max($w - 0.5, 0.5), $n * $up);
            }
            if ($fail[$i] > 0) {
                $svg[] = sprintf('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#d62728"/>', $x, $mid, max($w - 0.5, 0.5), $fail[$i] * $down);
            }
        }
        $svg[] = sprintf('<text x="%d" y="%d" fill="#444">ok %d, failed %d; max %d per 100 ms</text>', $x0, $y0 - 4,
            array_sum($ok), array_sum($fail), $max);
    }
}
$svg[] = '</svg>';
echo implode("\n", $svg), "\n";
