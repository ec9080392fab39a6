<?php
/* Counts the tests of each stage of scripts/test-all.sh from the output it kept
 * (one NAME.log per stage) and prints a line per stage and the total, as
 * "N passed, N failed":
 *   php scripts/test-counts.php DIR */
declare(strict_types=1);

/* [passed, failed] from one stage's output, or null when it printed no summary. */
function stage_counts(string $out): ?array
{
    /* the valgrind run: its verdict decides (timing failures under valgrind do not
     * count); run-tests.php's lines say how many tests ran */
    if (preg_match('/^valgrind-phpt: \d+ failing record/m', $out)) {
        $ran = 0;
        foreach (['passed', 'failed', 'leaked', 'warned'] as $kind) {
            $ran += preg_match("/^Tests $kind\s*:\s*(\d+)/m", $out, $m) ? (int)$m[1] : 0;
        }
        preg_match_all('/^== (\S+): (?:memory error|leak of the extension)$/m', $out, $bad);
        $bad = count(array_unique($bad[1]));
        return [max($ran - $bad, 0), $bad];
    }
    /* run-tests.php: "Tests passed    :  130 ( 99.2%)", "Tests failed    :    1 (  0.8%)" */
    if (preg_match('/^Tests passed\s*:\s*(\d+)/m', $out, $p)) {
        $failed = preg_match('/^Tests failed\s*:\s*(\d+)/m', $out, $f) ? (int)$f[1] : 0;
        $leaked = preg_match('/^Tests leaked\s*:\s*(\d+)/m', $out, $l) ? (int)$l[1] : 0;
        return [(int)$p[1], $failed + $leaked];
    }
    /* the fuzzer: "fuzz: seeds 1 2 3: 300 case(s) in 80 s: ok 300, ..." */
    if (preg_match('/^fuzz: seeds .*: (\d+) case\(s\) in .*: ok (\d+)/m', $out, $m)) {
        return [(int)$m[2], (int)$m[1] - (int)$m[2]];
    }
    /* PHPUnit, every run of the stage: "OK (536 tests, 6595 assertions)" or
     * "Tests: 536, Assertions: 6595, Failures: 2, Errors: 1." */
    $passed = $failed = 0;
    $found = false;
    foreach (preg_split('/\R/', $out) as $line) {
        if (preg_match('/^OK \((\d+) tests?,/', $line, $m)) {
            $passed += (int)$m[1];
            $found = true;
        } elseif (preg_match('/^Tests: (\d+), Assertions: \d+(.*)\.$/', $line, $m)) {
            $bad = 0;
            foreach (['Errors', 'Failures', 'Skipped', 'Incomplete', 'Risky'] as $kind) {
                $bad += preg_match("/$kind: (\d+)/", $m[2], $k) ? (int)$k[1] : 0;
            }
            $passed += max((int)$m[1] - $bad, 0);
            $failed += $bad;
            $found = true;
        }
    }
    return $found ? [$passed, $failed] : null;
}

$dir = $argv[1] ?? '';
$total = [0, 0];
foreach (glob("$dir/*.log") ?: [] as $log) {
    $name = basename($log, '.log');
    $c = stage_counts((string)file_get_contents($log));
    if ($c === null) {
        printf("%-14s no summary printed (counted as 1 failed)\n", "$name:");
        $c = [0, 1];
    } else {
        printf("%-14s %d passed, %d failed\n", "$name:", $c[0], $c[1]);
    }
    $total[0] += $c[0];
    $total[1] += $c[1];
}
printf("%d passed, %d failed\n", $total[0], $total[1]);
