<?php
/*
 * A session_peer.php process: one PHP request's session calls, with this project's module
 * (scripts/php.sh) or Debian's phpredis (scripts/php-phpredis.sh). run() waits for it;
 * start() returns at once, for requests that must overlap (wait() then reads its report,
 * kill() ends it as a crash would).
 */

declare(strict_types=1);

namespace SessionTest;

final class Peer
{
    /** @var resource */
    private $proc;
    /** @var array<int,resource> */
    private array $pipes;
    public readonly int $pid;

    private function __construct(string $module, array $job)
    {
        $root = dirname(__DIR__, 3);
        $wrapper = match ($module) {
            'ours' => "$root/scripts/php.sh",
            'phpredis' => "$root/scripts/php-phpredis.sh",
        };
        $proc = proc_open(['bash', $wrapper, dirname(__DIR__) . '/peer/session_peer.php'],
            [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        if (!is_resource($proc)) {
            throw new \RuntimeException('the peer process did not start');
        }
        $this->proc = $proc;
        $this->pipes = $pipes;
        $this->pid = proc_get_status($proc)['pid'];
        fwrite($pipes[0], json_encode($job, JSON_THROW_ON_ERROR));
        fclose($pipes[0]);
    }

    public static function start(string $module, array $job): self
    {
        return new self($module, $job);
    }

    /** @return array{module:string, steps:list<array{op:string,result:mixed,t:float}>, warnings:list<string>, id:string, data:mixed} */
    public static function run(string $module, array $job): array
    {
        return self::start($module, $job)->wait();
    }

    /** The peer's report; throws when it did not end well. */
    public function wait(): array
    {
        $out = stream_get_contents($this->pipes[1]);
        $err = stream_get_contents($this->pipes[2]);
        fclose($this->pipes[1]);
        fclose($this->pipes[2]);
        $rc = proc_close($this->proc);
        $report = json_decode((string)$out, true);
        if ($rc !== 0 || !is_array($report)) {
            throw new \RuntimeException("the peer failed (exit $rc): $out $err");
        }
        return $report;
    }

    /** SIGKILL: the process dies as a crashed PHP-FPM child does, holding what it held. */
    public function kill(): void
    {
        // bash execs php: the pid is PHP's.
        posix_kill($this->pid, SIGKILL);
        fclose($this->pipes[1]);
        fclose($this->pipes[2]);
        proc_close($this->proc);
    }
}
