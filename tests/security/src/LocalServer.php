<?php

declare(strict_types=1);

namespace SecurityTests;

use RedisClusterTestLib\RespClient;

/**
 * A private standalone redis-server on 127.0.0.1 for one test class of the Redis security
 * tests (ports 7520..7549): data, log and pid file under
 * ${TMPDIR:-/tmp}/redis-security-<port>; optionally TLS only (port 0, tls-port) and/or
 * password protected. Stopped by stop(), by the shutdown function registered here, and,
 * when a previous run died before either, by the next start() on the same port.
 */
final class LocalServer
{
    /** @var array<int, self> running servers by port */
    private static array $running = [];
    private static bool $shutdownRegistered = false;

    public readonly string $dir;
    private ?RespClient $admin = null;

    /** @param array{tls?: Certs, pass?: string, conf?: list<string>} $opts */
    private function __construct(public readonly int $port, public readonly array $opts)
    {
        if ($port < 7520 || $port > 7549) {
            throw new \InvalidArgumentException("port $port is outside this suite's 7520..7549");
        }
        $this->dir = rtrim(getenv('TMPDIR') ?: sys_get_temp_dir(), '/') . "/redis-security-$port";
    }

    public static function start(int $port, array $opts = []): self
    {
        $s = new self($port, $opts);
        if (!self::$shutdownRegistered) {
            register_shutdown_function([self::class, 'stopAll']);
            self::$shutdownRegistered = true;
        }
        $s->killLeftover();
        exec('rm -rf ' . escapeshellarg($s->dir));
        mkdir($s->dir, 0700, true);
        self::$running[$port] = $s;
        file_put_contents("$s->dir/redis.conf", $s->conf());
        exec('redis-server ' . escapeshellarg("$s->dir/redis.conf") . ' 2>&1', $out, $rc);
        if ($rc !== 0) {
            $s->stop();
            throw new \RuntimeException("redis-server on $port failed: " . implode("\n", $out));
        }
        $deadline = microtime(true) + 5;
        for (;;) {
            try {
                $s->admin()->ok('PING');
                return $s;
            } catch (\RuntimeException $e) {
                $s->admin = null;
                if (microtime(true) > $deadline) {
                    $log = (string)@file_get_contents("$s->dir/redis.log");
                    $s->stop();
                    throw new \RuntimeException("server $port did not come up: {$e->getMessage()}\n$log");
                }
                usleep(50000);
            }
        }
    }

    public static function stopAll(): void
    {
        foreach (self::$running as $s) {
            $s->stop();
        }
    }

    public function tls(): bool
    {
        return isset($this->opts['tls']);
    }

    /** ssl context options that trust this server's CA and check its name. */
    public function sslOptions(): array
    {
        return ['cafile' => $this->opts['tls']->ca, 'verify_peer' => true, 'verify_peer_name' => true, 'peer_name' => '127.0.0.1'];
    }

    /** An administrative connection (default user), kept open. */
    public function admin(): RespClient
    {
        if ($this->admin === null) {
            $c = new RespClient('127.0.0.1', $this->port, 2.0, 5.0, $this->tls() ? $this->sslOptions() : null);
            if (isset($this->opts['pass'])) {
                $c->ok('AUTH', $this->opts['pass']);
            }
            $this->admin = $c;
        }
        return $this->admin;
    }

    /** Whether a client with this id is connected, asked behind the module's back. */
    public function connected(int $id): bool
    {
        return str_contains((string)$this->admin()->ok('CLIENT', 'LIST', 'ID', $id), "id=$id ");
    }

    private function conf(): string
    {
        $lines = ['bind 127.0.0.1', 'protected-mode no', 'daemonize yes', "pidfile $this->dir/redis.pid",
            "logfile $this->dir/redis.log", "dir $this->dir", 'save ""', 'appendonly no', 'enable-debug-command local'];
        if ($this->tls()) {
            $t = $this->opts['tls'];
            array_push($lines, 'port 0', "tls-port $this->port", "tls-cert-file $t->cert", "tls-key-file $t->key",
                "tls-ca-cert-file $t->ca", 'tls-auth-clients no');
        } else {
            $lines[] = "port $this->port";
        }
        if (isset($this->opts['pass'])) {
            $lines[] = 'requirepass ' . $this->opts['pass'];
        }
        return implode("\n", array_merge($lines, $this->opts['conf'] ?? [])) . "\n";
    }

    public function stop(): void
    {
        $this->admin?->close();
        $this->admin = null;
        $this->killLeftover();
        unset(self::$running[$this->port]);
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    /** Stops the redis-server whose pid file is in this server's directory. */
    private function killLeftover(): void
    {
        $pid = (int)@file_get_contents("$this->dir/redis.pid");
        if ($pid <= 1 || !str_starts_with((string)@file_get_contents("/proc/$pid/comm"), 'redis-server')
            || @readlink("/proc/$pid/cwd") !== $this->dir) {
            return;
        }
        posix_kill($pid, SIGTERM);
        $deadline = microtime(true) + 5;
        while (($stat = @file_get_contents("/proc/$pid/stat")) !== false && !preg_match('/^\d+ \(.*\) Z /', $stat)
            && microtime(true) < $deadline) {
            usleep(20000);
        }
        if (@file_get_contents("/proc/$pid/stat") !== false) {
            posix_kill($pid, SIGKILL);
        }
    }
}
