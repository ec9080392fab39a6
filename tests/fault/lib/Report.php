<?php
/*
 * Turns the workers' logs of one fault run into figures (failures before, during and after
 * the fault window, time to recovery, crashes, lost writes), prints them as one compact
 * line on STDERR (CI logs) and appends them as JSON to the results file
 * (FAULT_RESULTS, default build/fault-results.jsonl) for docs/slot-cache.md.
 */

declare(strict_types=1);

namespace FaultTest;

final class Report
{
    /**
     * @param array<string,list<array>> $requests per worker, its request records
     * @param float $tFault when the fault started; $tConv when the cluster had converged
     * @param float $grace requests starting before $tConv + $grace count as in the window
     */
    public static function analyze(array $requests, float $tFault, float $tConv, float $grace): array
    {
        $a = ['requests' => 0, 'fail_before' => 0, 'fail_window' => 0, 'fail_after_conv' => 0, 'fail_after' => 0,
            'ttr' => 0.0, 'errors' => []];
        foreach ($requests as $id => $reqs) {
            usort($reqs, fn($x, $y) => $x['n'] <=> $y['n']);
            $lastFail = null;
            foreach ($reqs as $i => $r) {
                $a['requests']++;
                if ($r['ok']) {
                    continue;
                }
                $lastFail = $i;
                $msg = preg_replace('/\d+\.\d+\.\d+\.\d+:\d+|\b\d{4,5}\b/', '#', (string)$r['err']);
                $a['errors'][$msg] = ($a['errors'][$msg] ?? 0) + 1;
                // A request still running when the fault started can fail because of it: only
                // one that had finished before the fault is a failure before it.
                if ($r['t1'] < $tFault) {
                    $a['fail_before']++;
                } elseif ($r['t0'] < $tConv + $grace) {
                    $a['fail_window']++;
                } else {
                    $a['fail_after']++;
                }
                if ($r['t0'] >= $tConv) {
                    $a['fail_after_conv']++;
                }
            }
            if ($lastFail === null || $reqs[$lastFail]['t0'] < $tFault) {
                continue;
            }
            // Recovered at the end of the first success after the last failure.
            $rec = INF;
            for ($i = $lastFail + 1; $i < count($reqs); $i++) {
                if ($reqs[$i]['ok']) {
                    $rec = $reqs[$i]['t1'] - $tFault;
                    break;
                }
            }
            $a['ttr'] = max($a['ttr'], $rec);
        }
        arsort($a['errors']);
        return $a;
    }

    /**
     * Checks the acknowledged writes: each key must hold a value at least as new as the
     * last SET acknowledged to the worker (and no newer than the last one it attempted, or
     * the request after its last logged one).
     * @param array<string,list<array>> $requests
     * @param array<string,string[]> $keys per worker, its keys in order
     * @param callable(string):?string $get reads a key from the cluster
     * @return array{checked:int,lost:list<string>}
     */
    public static function verifyWrites(array $requests, array $keys, callable $get): array
    {
        $checked = 0;
        $lost = [];
        foreach ($keys as $id => $ks) {
            // A worker that crashed mid-request logged nothing for it: its SETs may have landed.
            $unlogged = 1 + max([0, ...array_column($requests[$id] ?? [], 'n')]);
            foreach ($ks as $i => $key) {
                $acked = 0;
                $tried = $unlogged;
                foreach ($requests[$id] ?? [] as $r) {
                    if ($r['acked'] > $i) {
                        $acked = max($acked, $r['n']);
                    }
                    if ($r['acked'] > $i || $r['tried'] === $i) {
                        $tried = max($tried, $r['n']);
                    }
                }
                if ($acked === 0) {
                    continue;
                }
                $checked++;
                try {
                    $v = $get($key);
                } catch (\Throwable $e) {
                    $lost[] = "$key: read failed: " . $e->getMessage();
                    continue;
                }
                $seq = $v === null ? 0 : (int)substr($v, strrpos($v, ':') + 1);
                if ($seq < $acked || $seq > $tried) {
                    $lost[] = "$key holds " . var_export($v, true) . ", last acknowledged seq $acked, last attempted $tried";
                }
            }
        }
        return ['checked' => $checked, 'lost' => $lost];
    }

    /**
     * The workers' slot cache counters (RedisCluster::getSlotCacheInfo() in their end lines),
     * summed over workers and cached clusters; null when the module has no such method.
     * @param array<string,list<array>> $records per worker, every log line
     */
    public static function cacheSummary(array $records): ?array
    {
        $sum = null;
        foreach ($records as $recs) {
            $end = end($recs);
            if (!is_array($end) || !isset($end['cache']) || !is_array($end['cache'])) {
                continue;
            }
            $sum ??= ['hits' => 0, 'misses' => 0, 'refreshes' => 0, 'invalidations' => []];
            foreach ($end['cache'] as $entry) {
                foreach (['hits', 'misses', 'refreshes'] as $k) {
                    $sum[$k] += (int)($entry[$k] ?? 0);
                }
                foreach ((array)($entry['invalidations'] ?? []) as $why => $n) {
                    $sum['invalidations'][$why] = ($sum['invalidations'][$why] ?? 0) + (int)$n;
                }
            }
        }
        return $sum;
    }

    /**
     * Writes the requests of one run, per module, for tests/fault/timeline-svg.php:
     * FAULT_TIMELINES (default build/fault-timelines)/<fault>-<variant>.json, times in
     * seconds from the fault's start. A later run of the same case replaces it.
     * @param array<string,list<array>> $byModule module => request records (t0, t1, ok)
     */
    public static function timeline(string $fault, string $variant, float $tFault, float $tConv, array $byModule): void
    {
        $dir = getenv('FAULT_TIMELINES') ?: dirname(__DIR__, 3) . '/build/fault-timelines';
        @mkdir($dir, 0777, true);
        $out = ['fault' => $fault, 'variant' => $variant, 'conv' => round($tConv - $tFault, 3), 'time' => date('c'), 'modules' => []];
        foreach ($byModule as $module => $reqs) {
            $out['modules'][$module] = array_map(fn($r) => [round($r['t0'] - $tFault, 4), round($r['t1'] - $tFault, 4), $r['ok'] ? 1 : 0], array_values($reqs));
        }
        file_put_contents("$dir/$fault-$variant.json", json_encode($out, JSON_UNESCAPED_SLASHES) . "\n");
    }

    public static function module(): string
    {
        $ours = false;
        foreach (explode(',', (string)php_ini_scanned_files()) as $f) {
            $ours = $ours || str_contains($f, 'rediscluster');
        }
        $ver = phpversion('redis') ?: 'none';
        return ($ours ? 'ours-' : (extension_loaded('redis') ? 'phpredis-' : 'no-redis-')) . $ver;
    }

    public static function fmtTime(float $t): string
    {
        return is_infinite($t) ? 'never' : sprintf('%.2fs', $t);
    }

    /** Prints one line to STDERR and appends the record to the results file. */
    public static function emit(array $rec): void
    {
        $err = $rec['errors'] ? array_key_first($rec['errors']) : '';
        $line = sprintf(
            "FAULT %-18s %-13s %-16s reqs=%-4d fail_window=%-3d fail_after=%-3d ttr=%-6s conv=%-6s idle_first=%-4s crash=%d lost=%d/%d%s",
            $rec['fault'], $rec['variant'], $rec['module'], $rec['requests'], $rec['fail_window'], $rec['fail_after'],
            $rec['crashes'] ? 'crash' : self::fmtTime($rec['ttr']), self::fmtTime($rec['conv']), $rec['idle_first'], count($rec['crashes']),
            count($rec['lost']), $rec['writes_checked'],
            $err !== '' ? '  err: ' . substr($err, 0, 120) : '',
        );
        if (!empty($rec['cache']) && $rec['cache']['hits'] + $rec['cache']['misses'] > 0) {
            $inv = array_filter($rec['cache']['invalidations']);
            $line .= sprintf("\n      cache: hits=%d misses=%d refreshes=%d invalidations=%s", $rec['cache']['hits'],
                $rec['cache']['misses'], $rec['cache']['refreshes'],
                $inv ? implode(',', array_map(fn($k, $v) => "$k:$v", array_keys($inv), $inv)) : 'none');
        }
        fwrite(STDERR, "\n$line\n");
        $file = getenv('FAULT_RESULTS') ?: dirname(__DIR__, 3) . '/build/fault-results.jsonl';
        @mkdir(dirname($file), 0777, true);
        $rec['ttr'] = is_infinite($rec['ttr']) ? null : round($rec['ttr'], 3);
        $rec['conv'] = round($rec['conv'], 3);
        $rec['errors'] = array_slice($rec['errors'], 0, 5, true);
        $rec['lost'] = array_slice($rec['lost'], 0, 5);
        $rec['time'] = date('c');
        file_put_contents($file, json_encode($rec, JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
    }
}
