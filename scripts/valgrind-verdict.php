<?php
/*
 * The verdict of scripts/valgrind-phpt.sh on valgrind's logs (one per test, run-tests.php's
 * <test>.mem):
 *   php -n valgrind-verdict.php 'commands.c|node.c|...' log.mem...
 * A record is a run of "==pid== " lines up to a blank one. It fails the run when it is a
 * memory error (anything but a leak and valgrind's own warnings), or a leak with a frame
 * in the extension: "(in .../redis.so)" or "(<one of the given source files>:<line>)".
 * Other leaks are PHP's own: counted, not failing. Exits 1 on any failing record.
 */

declare(strict_types=1);

[$self, $sources] = array_slice($argv, 0, 2) + [null, null];
if ($sources === null) {
    fwrite(STDERR, "usage: php -n valgrind-verdict.php 'file.c|file.h|...' log.mem...\n");
    exit(2);
}
$ours = '~\((?:in \S*/redis\.so|(?:' . implode('|', array_map('preg_quote', explode('|', $sources))) . '):\d+)\)~';

/* @return list<list<string>> the records of one log, each a list of lines without "==pid== " */
function records(string $log): array
{
    $records = $open = [];
    foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
        if (!preg_match('/^==(\d+)== ?(.*)$/', $line, $m)) {
            continue;
        }
        [, $pid, $text] = $m;
        if (trim($text) === '') {
            if (isset($open[$pid])) {
                $records[] = $open[$pid];
                unset($open[$pid]);
            }
            continue;
        }
        $open[$pid][] = $text;
    }
    return array_merge($records, array_values($open));
}

$failing = 0;
$ignored = 0;
foreach (array_slice($argv, 2) as $log) {
    if (!is_file($log)) {
        continue;
    }
    foreach (records($log) as $rec) {
        $head = $rec[0];
        if (str_starts_with($head, 'Warning:')) {
            continue;
        }
        $leak = (bool)preg_match('/are (definitely|indirectly|possibly) lost in loss record/', $head);
        $mine = (bool)preg_grep($ours, $rec);
        if ($leak && !$mine) {
            $ignored++;
            continue;
        }
        $failing++;
        echo "== ", basename($log, '.mem'), ": ", $leak ? 'leak of the extension' : 'memory error', "\n";
        echo '   ', implode("\n   ", array_slice($rec, 0, 24)), "\n";
    }
}
printf("valgrind-phpt: %d failing record(s)%s\n", $failing,
    $ignored ? ", $ignored leak record(s) of PHP itself ignored" : '');
exit($failing ? 1 : 0);
