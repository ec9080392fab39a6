<?php
/*
 * Runs tests/fault/worker.php processes (PHP-FPM worker stand-ins) with the PHP binary and
 * INI scan directory of the PHP running the tests (scripts/php.sh: our module;
 * scripts/php-phpredis.sh: Debian's phpredis), reads their JSON-line logs, drives the idle
 * ones, and stops them, recording how each one ended (exit code, signal, hung).
 */

declare(strict_types=1);

namespace FaultTest;

final class Workers
{
    /** @var array<string,array{proc:resource,pid:int,mode:string,log:string,err:string,status:?array}> */
    private array $procs = [];
    /** @var array<string,int> idle workers: the request number they may run up to */
    private array $go = [];

    /**
     * @param string[] $seeds "host:port"
     * @param array<string,string|int> $ini -d settings for every worker
     * @param int[] $slots the slots of the workers' keys
     */
    public function __construct(
        public readonly string $dir,
        private array $seeds,
        private array $ini,
        private string $run,
        private array $slots = Slots::DEFAULT_SLOTS,
        /** environment of the workers (null: this process's), e.g. another INI scan directory */
        private ?array $env = null,
    ) {
        @mkdir($dir, 0777, true);
        @unlink("$dir/stop");
        Registry::add($this);
    }

    public function start(string $id, string $mode = 'busy', int $sleepMs = 20, int $maxSeconds = 120): void
    {
        $tags = implode(',', array_map(fn($s) => "$s:" . Slots::tag($s), $this->slots));
        $cmd = [PHP_BINARY];
        foreach ($this->ini as $k => $v) {
            array_push($cmd, '-d', "$k=$v");
        }
        array_push(
            $cmd,
            __DIR__ . '/../worker.php',
            "--id=$id",
            '--seeds=' . implode(',', $this->seeds),
            "--log={$this->dir}/$id.jsonl",
            "--mode=$mode",
            "--control={$this->dir}",
            '--slots=' . implode(',', $this->slots),
            "--tags=$tags",
            "--sleep-ms=$sleepMs",
            "--max-seconds=$maxSeconds",
            "--run={$this->run}",
        );
        $err = "{$this->dir}/$id.stderr";
        $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $err, 'a'], 2 => ['file', $err, 'a']], $pipes, null, $this->env);
        if (!is_resource($proc)) {
            throw new \RuntimeException("cannot start worker $id");
        }
        $this->procs[$id] = ['proc' => $proc, 'pid' => proc_get_status($proc)['pid'], 'mode' => $mode,
            'log' => "{$this->dir}/$id.jsonl", 'err' => $err, 'status' => null];
        if ($mode === 'idle') {
            $this->go[$id] = 0;
        }
    }

    /** The keys worker $id writes, in order (as worker.php names them). @return string[] */
    public function keys(string $id): array
    {
        return array_map(fn($s) => 'fault:{' . Slots::tag($s) . "}:$id", $this->slots);
    }

    /** @return string[] */
    public function ids(string $mode = ''): array
    {
        return array_keys(array_filter($this->procs, fn($p) => $mode === '' || $p['mode'] === $mode));
    }

    /** Every complete log line of worker $id (requests and the end line). @return list<array> */
    public function records(string $id): array
    {
        $out = [];
        $data = @file_get_contents($this->procs[$id]['log']);
        if ($data === false || $data === '') {
            return [];
        }
        foreach (explode("\n", $data) as $line) {
            if ($line !== '' && ($r = json_decode($line, true)) !== null) {
                $out[] = $r;
            }
        }
        return $out;
    }

    /** @return list<array> the request records of worker $id */
    public function requests(string $id): array
    {
        return array_values(array_filter($this->records($id), fn($r) => !isset($r['end'])));
    }

    /** Polls $cond() (every 20 ms, at most $timeout s); throws with the workers' state on timeout. */
    public function waitFor(callable $cond, float $timeout, string $what): void
    {
        $deadline = microtime(true) + $timeout;
        while (!$cond()) {
            if (microtime(true) > $deadline) {
                throw new ClusterTimeout("timed out after {$timeout}s waiting for $what\n" . $this->diagnosis());
            }
            $this->poll();
            usleep(20000);
        }
    }

    /** Waits until every busy worker has $n successful requests that started at or after $since. */
    public function waitBusy(int $n, float $since, float $timeout, string $what, bool $okOnly = true): void
    {
        $this->waitFor(function () use ($n, $since, $okOnly) {
            foreach ($this->ids('busy') as $id) {
                $c = 0;
                foreach ($this->requests($id) as $r) {
                    $c += ($r['t0'] >= $since && (!$okOnly || $r['ok'])) ? 1 : 0;
                }
                if ($c < $n && !$this->exited($id)) {
                    return false;
                }
            }
            return true;
        }, $timeout, $what);
    }

    /** Lets the idle worker $id run its next request and returns that request's record. */
    public function idleRequest(string $id, float $timeout = 20): array
    {
        $seq = ++$this->go[$id];
        file_put_contents("{$this->dir}/go-$id.tmp", (string)$seq);
        rename("{$this->dir}/go-$id.tmp", "{$this->dir}/go-$id");
        $rec = null;
        $this->waitFor(function () use ($id, $seq, &$rec) {
            foreach (array_reverse($this->requests($id)) as $r) {
                if ($r['n'] === $seq) {
                    $rec = $r;
                    return true;
                }
            }
            return $this->exited($id);
        }, $timeout, "request $seq of idle worker $id");
        return $rec ?? ['w' => $id, 'n' => $seq, 'ok' => false, 'err' => 'worker exited before the request', 't0' => microtime(true), 't1' => microtime(true)];
    }

    private function poll(): void
    {
        foreach ($this->procs as $id => &$p) {
            if ($p['status'] === null && $p['proc'] !== null) {
                $s = proc_get_status($p['proc']);
                if (!$s['running']) {
                    $p['status'] = ['exitcode' => $s['exitcode'], 'signaled' => $s['signaled'],
                        'termsig' => $s['termsig'], 'hung' => false];
                }
            }
        }
    }

    public function exited(string $id): bool
    {
        $this->poll();
        return $this->procs[$id]['status'] !== null;
    }

    /** Asks every worker to stop, waits (at most $timeout s), kills those that hang. */
    public function stopAll(float $timeout = 10): void
    {
        if (!$this->procs) {
            Registry::remove($this);
            return;
        }
        @touch("{$this->dir}/stop");
        $deadline = microtime(true) + $timeout;
        do {
            $this->poll();
            $running = array_filter($this->procs, fn($p) => $p['status'] === null);
            if (!$running) {
                break;
            }
            usleep(20000);
        } while (microtime(true) < $deadline);
        foreach ($this->procs as &$p) {
            if ($p['proc'] === null) {
                continue;
            }
            if ($p['status'] === null) {
                proc_terminate($p['proc'], 9);
                usleep(50000);
                $p['status'] = ['exitcode' => -1, 'signaled' => true, 'termsig' => 9, 'hung' => true];
            }
            proc_close($p['proc']);
            $p['proc'] = null;
        }
        unset($p);
        Registry::remove($this);
    }

    /** How worker $id ended: ['exitcode','signaled','termsig','hung'] (null while running). */
    public function status(string $id): ?array
    {
        $this->poll();
        return $this->procs[$id]['status'];
    }

    /** A crash: killed by a signal, a non-zero exit, no end line, or hung (killed by us). */
    public function crashed(string $id): ?string
    {
        $s = $this->status($id);
        if ($s === null) {
            return null;
        }
        if ($s['hung']) {
            return 'hung (did not stop; killed)';
        }
        if ($s['signaled']) {
            return 'killed by signal ' . $s['termsig'] . ($s['termsig'] === 11 ? ' (SIGSEGV)' : ($s['termsig'] === 6 ? ' (SIGABRT)' : ''));
        }
        if ($s['exitcode'] !== 0) {
            return 'exit code ' . $s['exitcode'];
        }
        $rec = $this->records($id);
        if (!$rec || !isset(end($rec)['end'])) {
            return 'no end line in its log';
        }
        return null;
    }

    /** Worker $id's state: how it ended, its first failed requests since $since, its last
     *  $n log lines (long fields cut) and its stderr. */
    public function tail(string $id, int $n = 4, float $since = 0.0): string
    {
        $cut = fn(string $l) => strlen($l) > 500 ? substr($l, 0, 500) . '…' : $l;
        $lines = array_map($cut, array_slice(explode("\n", trim((string)@file_get_contents($this->procs[$id]['log']))), -$n));
        $fails = [];
        foreach ($this->requests($id) as $r) {
            if (!$r['ok'] && $r['t0'] >= $since && count($fails) < 3) {
                $fails[] = $cut(json_encode($r, JSON_UNESCAPED_SLASHES));
            }
        }
        $err = trim((string)@file_get_contents($this->procs[$id]['err']));
        return "  worker $id ({$this->procs[$id]['mode']}, pid {$this->procs[$id]['pid']}"
            . (($c = $this->crashed($id)) ? ", CRASHED: $c" : '') . ')'
            . ($fails ? "\n   first failures" . ($since > 0 ? ' since ' . date('H:i:s', (int)$since) : '') . ":\n    " . implode("\n    ", $fails) : '')
            . "\n   log tail:\n    " . implode("\n    ", $lines)
            . ($err !== '' ? "\n   stderr:\n    " . str_replace("\n", "\n    ", substr($err, -1500)) : '');
    }

    /** Every worker's state (see tail()), for assertion messages. */
    public function diagnosis(float $since = 0.0): string
    {
        $out = [];
        foreach (array_keys($this->procs) as $id) {
            $reqs = $this->requests($id);
            $bad = array_filter($reqs, fn($r) => !$r['ok'] && $r['t0'] >= $since);
            if (!$bad && !$this->crashed($id)) {
                $out[] = "  worker $id ({$this->procs[$id]['mode']}, pid {$this->procs[$id]['pid']}): " . count($reqs)
                    . ' requests, none failed' . ($since > 0 ? ' since ' . date('H:i:s', (int)$since) : '')
                    . ', ' . count(array_filter($reqs, fn($r) => !$r['ok'])) . ' failed in all';
                continue;
            }
            $out[] = $this->tail($id, 4, $since);
        }
        return implode("\n", $out);
    }
}
