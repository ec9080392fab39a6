<?php

declare(strict_types=1);

namespace RedisTests;

/** peer/fake_server.php in a process of its own (plain php8.2 -n): see there. */
final class FakeServer
{
    /** @var resource */
    private $proc;
    /** @var array<int, resource> */
    private array $pipes = [];

    public function __construct(public readonly int $port, int $commands)
    {
        $this->proc = proc_open(['php8.2', '-n', __DIR__ . '/../peer/fake_server.php', (string)$port, (string)$commands],
            [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $this->pipes);
        if (!is_resource($this->proc) || trim((string)fgets($this->pipes[1])) !== 'ready') {
            throw new \RuntimeException("the fake server on $port did not start: " . stream_get_contents($this->pipes[2]));
        }
    }

    /** Waits for the server to exit (it has closed its sockets); kills it after $seconds. */
    public function stop(float $seconds = 5.0): void
    {
        $deadline = microtime(true) + $seconds;
        while (proc_get_status($this->proc)['running'] && microtime(true) < $deadline) {
            usleep(10000);
        }
        if (proc_get_status($this->proc)['running']) {
            proc_terminate($this->proc, 9);
        }
        foreach ($this->pipes as $p) {
            fclose($p);
        }
        proc_close($this->proc);
    }

    public function __destruct()
    {
        if (is_resource($this->proc)) {
            $this->stop(0.0);
        }
    }
}
