<?php

declare(strict_types=1);

namespace SecurityTests;

use RedisClusterTestLib\RespClient;

/**
 * A private Redis Cluster on 127.0.0.1 for one test class: `masters` daemonized
 * redis-servers (no replicas) on ports base..base+masters-1 (bus ports +10000), data, logs
 * and pid files under ${TMPDIR:-/tmp}/rediscluster-security-<base>. Optionally TLS-only
 * (port 0, tls-port, tls-cluster, tls-replication) and/or password protected.
 *
 * Every cluster started is stopped by stop(), by the shutdown function registered here
 * (a fatal error, an exit in the middle of the suite), and, when a previous run died
 * before either, by the next start() on the same base (pids from the pid files, checked
 * against /proc to be redis-servers of that directory).
 */
final class LocalCluster
{
    /** @var array<int,self> running clusters by base port */
    private static array $running = [];
    private static bool $shutdownRegistered = false;

    public readonly string $dir;
    /** @var int[] */
    public readonly array $ports;
    /** @var array<int,RespClient> admin connections by port */
    private array $admin = [];

    /**
     * @param array{tls?:Certs, pass?:string, conf?:list<string>, masters?:int} $opts
     */
    private function __construct(public readonly int $base, public readonly array $opts)
    {
        if ($base < 7700 || $base > 7799) {
            throw new \InvalidArgumentException("port base $base is outside this suite's 7700..7799");
        }
        $this->dir = rtrim(getenv('TMPDIR') ?: sys_get_temp_dir(), '/') . "/rediscluster-security-$base";
        $this->ports = range($base, $base + ($opts['masters'] ?? 3) - 1);
    }

    public static function start(int $base, array $opts = []): self
    {
        $c = new self($base, $opts);
        if (!self::$shutdownRegistered) {
            register_shutdown_function([self::class, 'stopAll']);
            self::$shutdownRegistered = true;
        }
        $c->killLeftovers();
        exec('rm -rf ' . escapeshellarg($c->dir));
        mkdir($c->dir, 0700, true);
        self::$running[$base] = $c;
        try {
            foreach ($c->ports as $p) {
                $c->startNode($p);
            }
            $c->create();
            $c->waitOk();
        } catch (\Throwable $e) {
            $c->stop();
            throw $e;
        }
        return $c;
    }

    public static function stopAll(): void
    {
        foreach (self::$running as $c) {
            $c->stop();
        }
    }

    public function tls(): bool
    {
        return isset($this->opts['tls']);
    }

    /** @return list<string> seeds for RedisCluster, with the scheme */
    public function seeds(?string $scheme = null): array
    {
        $scheme ??= $this->tls() ? 'tls' : 'tcp';
        return array_map(fn ($p) => "$scheme://127.0.0.1:$p", $this->ports);
    }

    /** An administrative connection (default user, trusted CA) to one node, kept open. */
    public function admin(int $port): RespClient
    {
        return $this->admin[$port] ??= $this->connect($port);
    }

    /** A new connection to one node; $auth null = the cluster's password. */
    public function connect(int $port, ?array $auth = null, float $timeout = 5.0): RespClient
    {
        $auth ??= isset($this->opts['pass']) ? [$this->opts['pass']] : null;
        $r = new RespClient('127.0.0.1', $port, $timeout, null, $this->tls() ? $this->sslOptions() : null);
        if ($auth !== null) {
            $r->ok('AUTH', ...$auth);
        }
        return $r;
    }

    /** ssl context options that trust this cluster's CA. */
    public function sslOptions(): array
    {
        return $this->tls() ? ['cafile' => $this->opts['tls']->ca, 'verify_peer' => true, 'verify_peer_name' => true,
            'peer_name' => '127.0.0.1'] : [];
    }

    /** The master port that owns $key's slot, asked of the cluster itself. */
    public function portOfKey(string $key): int
    {
        $slot = $this->admin($this->ports[0])->ok('CLUSTER', 'KEYSLOT', $key);
        foreach ($this->admin($this->ports[0])->ok('CLUSTER', 'SLOTS') as $range) {
            if ($slot >= $range[0] && $slot <= $range[1]) {
                return (int)$range[2][1];
            }
        }
        throw new \RuntimeException("slot $slot of $key is not served");
    }

    /** A key (prefix + n) whose slot is served by master $port. */
    public function keyOn(int $port, string $prefix): string
    {
        for ($i = 0; $i < 10000; $i++) {
            if ($this->portOfKey("$prefix$i") === $port) {
                return "$prefix$i";
            }
        }
        throw new \RuntimeException("no key for $port");
    }

    private function conf(int $port): string
    {
        $d = "$this->dir/$port";
        $lines = [
            'bind 127.0.0.1',
            'protected-mode no',
            'daemonize yes',
            "pidfile $d/redis.pid",
            "logfile $d/redis.log",
            "dir $d",
            'cluster-enabled yes',
            'cluster-config-file nodes.conf',
            'cluster-node-timeout 3000',
            'save ""',
            'appendonly no',
        ];
        if ($this->tls()) {
            $t = $this->opts['tls'];
            array_push($lines, 'port 0', "tls-port $port", 'tls-cluster yes', 'tls-replication yes',
                "tls-cert-file $t->cert", "tls-key-file $t->key", "tls-ca-cert-file $t->ca", 'tls-auth-clients no');
        } else {
            $lines[] = "port $port";
        }
        if (isset($this->opts['pass'])) {
            $lines[] = 'requirepass ' . $this->opts['pass'];
            $lines[] = 'masterauth ' . $this->opts['pass'];
        }
        return implode("\n", array_merge($lines, $this->opts['conf'] ?? [])) . "\n";
    }

    private function startNode(int $port): void
    {
        $d = "$this->dir/$port";
        mkdir($d, 0700, true);
        file_put_contents("$d/redis.conf", $this->conf($port));
        exec('redis-server ' . escapeshellarg("$d/redis.conf") . ' 2>&1', $out, $rc);
        if ($rc !== 0) {
            throw new \RuntimeException("redis-server on $port failed: " . implode("\n", $out));
        }
        $deadline = microtime(true) + 5;
        for (;;) {
            try {
                $this->admin($port)->ok('PING');
                return;
            } catch (\RuntimeException $e) {
                unset($this->admin[$port]);
                if (microtime(true) > $deadline) {
                    throw new \RuntimeException("node $port did not come up: " . $e->getMessage() . "\n"
                        . @file_get_contents("$d/redis.log"));
                }
                usleep(50000);
            }
        }
    }

    private function cliArgs(): string
    {
        $args = '';
        if ($this->tls()) {
            $args .= ' --tls --cacert ' . escapeshellarg($this->opts['tls']->ca);
        }
        if (isset($this->opts['pass'])) {
            $args .= ' --no-auth-warning -a ' . escapeshellarg($this->opts['pass']);
        }
        return $args;
    }

    private function create(): void
    {
        $nodes = implode(' ', array_map(fn ($p) => "127.0.0.1:$p", $this->ports));
        exec('redis-cli' . $this->cliArgs() . " --cluster create $nodes --cluster-replicas 0 --cluster-yes 2>&1",
            $out, $rc);
        if ($rc !== 0) {
            throw new \RuntimeException("redis-cli --cluster create failed ($rc): " . implode("\n", $out));
        }
    }

    /** Until every node says cluster_state:ok, knows every node and serves all slots. */
    public function waitOk(float $seconds = 15.0): void
    {
        $deadline = microtime(true) + $seconds;
        $n = count($this->ports);
        do {
            $ok = true;
            foreach ($this->ports as $p) {
                try {
                    $info = (string)$this->admin($p)->ok('CLUSTER', 'INFO');
                } catch (\RuntimeException $e) {
                    unset($this->admin[$p]);
                    $info = '';
                }
                if (!str_contains($info, 'cluster_state:ok') || !str_contains($info, "cluster_known_nodes:$n\r")
                    || !str_contains($info, 'cluster_slots_ok:16384')) {
                    $ok = false;
                }
            }
            if ($ok) {
                return;
            }
            usleep(100000);
        } while (microtime(true) < $deadline);
        throw new \RuntimeException("cluster $this->base did not converge in {$seconds}s");
    }

    public function stop(): void
    {
        foreach ($this->admin as $r) {
            $r->close();
        }
        $this->admin = [];
        $this->killLeftovers();
        unset(self::$running[$this->base]);
        exec('rm -rf ' . escapeshellarg($this->dir));
    }

    /** Stops every redis-server whose pid file is under this cluster's directory. */
    private function killLeftovers(): void
    {
        $pids = [];
        foreach (glob("$this->dir/*/redis.pid") ?: [] as $f) {
            $pid = (int)@file_get_contents($f);
            $cwd = @readlink("/proc/$pid/cwd");
            if ($pid > 1 && str_starts_with((string)@file_get_contents("/proc/$pid/comm"), 'redis-server')
                && $cwd === dirname($f)) {
                posix_kill($pid, SIGTERM);
                $pids[] = $pid;
            }
        }
        $deadline = microtime(true) + 5;
        foreach ($pids as $pid) {
            while (self::alive($pid) && microtime(true) < $deadline) {
                usleep(20000);
            }
            if (self::alive($pid)) {
                posix_kill($pid, SIGKILL);
            }
        }
    }

    private static function alive(int $pid): bool
    {
        $stat = @file_get_contents("/proc/$pid/stat");
        // Gone, or a zombie (daemonized nodes are reaped by PID 1, maybe late).
        return $stat !== false && !preg_match('/^\d+ \(.*\) Z /', $stat);
    }
}
