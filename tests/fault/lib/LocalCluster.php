<?php
/*
 * A local Redis Cluster on 127.0.0.1 that the fault tests change under running clients:
 * nodes killed, failed over, replaced on new ports or on the same port with a new ID,
 * slots migrated, shards added and removed. Every helper returns only once every live
 * node agrees on the topology and reports cluster_state:ok (bounded waits; a timeout
 * throws with each node's view).
 *
 * Nodes are daemonized redis-servers with their pid files under the cluster's directory,
 * ${TMPDIR:-/tmp}/rediscluster-fault-<first port>; the state (nodes, ports ever used) is
 * saved there too, so tests/fault/cluster-ctl.php can drive the same cluster from a shell.
 * The cluster is administered through RespClient, never through the RedisCluster under test.
 */

declare(strict_types=1);

namespace FaultTest;

use RedisClusterTestLib\RespClient;
use RedisClusterTestLib\RespError;
use RedisClusterTestLib\RespException;

final class ClusterTimeout extends \RuntimeException
{
}

final class LocalCluster
{
    public readonly string $dir;
    /** @var array<int,array{id:string,pid:int,dir:string}> live nodes by port */
    public array $nodes = [];
    /** @var array<string,true> IDs of killed nodes the others still list (as failed) */
    private array $dead = [];
    /** @var array<string,true> IDs that were shut down and forgotten: listed by no one */
    private array $forgotten = [];
    /** @var array<int,array{id:string,pid:int,dir:string}> nodes stopped by SIGSTOP (hung), by port: never resumed */
    public array $frozen = [];
    /** @var array<int,true> every port this cluster has used */
    private array $usedPorts = [];
    /** @var int[] the ports the cluster was created with: the clients' seeds */
    public array $seedPorts = [];
    /** @var array<int,RespClient> */
    private array $conns = [];
    private int $gen = 0;
    private float $t0;
    /** @var int[] slots the tests' keys live in; helpers make sure changes touch them */
    public array $keySlots = Slots::DEFAULT_SLOTS;

    public function __construct(
        public readonly int $portLo,
        public readonly int $portHi,
        public readonly int $nodeTimeoutMs = 1000,
    ) {
        $this->dir = rtrim(getenv('TMPDIR') ?: '/tmp', '/') . "/rediscluster-fault-$portLo";
        $this->t0 = microtime(true);
    }

    // ---------------------------------------------------------------- life cycle

    /** A fresh cluster: $masters masters with $replicas replicas each, on the block's first ports. */
    public static function create(int $portLo, int $portHi, int $masters = 3, int $replicas = 1, int $nodeTimeoutMs = 1000): self
    {
        $c = new self($portLo, $portHi, $nodeTimeoutMs);
        $c->wipe();
        @mkdir($c->dir, 0777, true);
        Registry::add($c);
        try {
            $c->build($masters, $replicas);
        } catch (\Throwable $e) {
            $c->stopAll();
            throw $e;
        }
        return $c;
    }

    private function build(int $masters, int $replicas): void
    {
        $ports = [];
        for ($i = 0; $i < $masters * (1 + $replicas); $i++) {
            $ports[] = $this->freePort();
            $this->usedPorts[end($ports)] = true;
        }
        foreach ($ports as $p) {
            $this->startNode($p, false);
        }
        foreach ($ports as $p) {
            $this->waitUp($p);
        }
        $this->seedPorts = $ports;
        $mports = array_slice($ports, 0, $masters);
        $per = intdiv(16384, $masters);
        foreach ($ports as $i => $p) {
            $this->conn($p)->ok('CLUSTER', 'SET-CONFIG-EPOCH', $i + 1);
        }
        foreach ($mports as $i => $p) {
            $lo = $i * $per;
            $hi = $i === $masters - 1 ? 16383 : $lo + $per - 1;
            $this->conn($p)->ok('CLUSTER', 'ADDSLOTSRANGE', $lo, $hi);
        }
        foreach ($ports as $p) {
            if ($p !== $ports[0]) {
                $this->conn($p)->ok('CLUSTER', 'MEET', '127.0.0.1', $ports[0]);
            }
        }
        foreach (array_slice($ports, $masters) as $i => $p) {
            $this->replicateSoon($p, $mports[$i % $masters]);
        }
        $this->waitConverged(30, 'create', true);
        $this->log('created ' . $masters . ' masters, ' . $replicas . ' replicas each: ' . implode(',', $ports));
        $this->save();
    }

    /** Stops every node this cluster started (and any a former run left in its directory). */
    public function stopAll(): void
    {
        foreach (array_keys($this->nodes) as $port) {
            $this->stopNode($port, true);
        }
        // SIGKILL ends a stopped process too.
        foreach ($this->frozen as $port => $n) {
            if ($n['pid'] > 0) {
                posix_kill($n['pid'], SIGKILL);
            }
            unset($this->frozen[$port]);
        }
        $this->wipe();
        Registry::remove($this);
    }

    /** Kills nodes a previous run left behind in this block's directory, then removes it.
     *  (redis-server rewrites its command line; its working directory is the node's dir.) */
    private function wipe(): void
    {
        foreach (glob('/proc/[0-9]*', GLOB_NOSORT) ?: [] as $p) {
            $pid = (int)basename($p);
            $cwd = @readlink("$p/cwd");
            if ($cwd !== false && str_starts_with($cwd, $this->dir . '/') && self::alive($pid)
                && str_starts_with((string)@file_get_contents("$p/comm"), 'redis-server')) {
                posix_kill($pid, SIGKILL);
            }
        }
        if (is_dir($this->dir)) {
            exec('rm -rf ' . escapeshellarg($this->dir));
        }
    }

    /** Running, not a zombie (daemonized nodes are reaped by whoever is PID 1, maybe late). */
    private static function alive(int $pid): bool
    {
        $stat = @file_get_contents("/proc/$pid/stat");
        return $stat !== false && !preg_match('/^\d+ \(.*\) [ZX]/s', $stat);
    }

    // ---------------------------------------------------------------- nodes

    private function freePort(): int
    {
        for ($p = $this->portLo; $p <= $this->portHi; $p++) {
            if (!isset($this->usedPorts[$p]) && self::portFree($p) && self::portFree($p + 10000)) {
                return $p;
            }
        }
        throw new \RuntimeException("no free port left in {$this->portLo}-{$this->portHi}");
    }

    public static function portFree(int $port): bool
    {
        $s = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.2);
        if ($s === false) {
            return true;
        }
        fclose($s);
        return false;
    }

    /** Starts a fresh node (empty nodes.conf: a new node ID) on $port. */
    public function startNode(int $port, bool $wait = true): void
    {
        if (!self::portFree($port) || !self::portFree($port + 10000)) {
            throw new \RuntimeException("port $port or " . ($port + 10000) . " is taken by another process");
        }
        $this->usedPorts[$port] = true;
        $dir = sprintf('%s/%d-%d', $this->dir, $port, ++$this->gen);
        @mkdir($dir, 0777, true);
        $conf = <<<CONF
            port $port
            bind 127.0.0.1
            protected-mode no
            daemonize yes
            dir $dir
            pidfile $dir/redis.pid
            logfile $dir/redis.log
            cluster-enabled yes
            cluster-config-file nodes.conf
            cluster-node-timeout {$this->nodeTimeoutMs}
            cluster-allow-replica-migration yes
            repl-diskless-sync yes
            repl-diskless-sync-delay 0
            repl-ping-replica-period 1
            appendonly no
            save ""

            CONF;
        file_put_contents("$dir/redis.conf", $conf);
        $out = [];
        exec('redis-server ' . escapeshellarg("$dir/redis.conf") . ' 2>&1', $out, $rc);
        if ($rc !== 0) {
            throw new \RuntimeException("redis-server on $port failed: " . implode("\n", $out));
        }
        $this->nodes[$port] = ['id' => '', 'pid' => 0, 'dir' => $dir];
        if ($wait) {
            $this->waitUp($port);
        }
    }

    private function waitUp(int $port): void
    {
        $dir = $this->nodes[$port]['dir'];
        $deadline = microtime(true) + 10;
        while (true) {
            try {
                $id = $this->conn($port)->ok('CLUSTER', 'MYID');
                $pid = (int)@file_get_contents("$dir/redis.pid");
                if ($pid > 0) {
                    $this->nodes[$port]['id'] = $id;
                    $this->nodes[$port]['pid'] = $pid;
                    $this->log("node $port up: id $id pid $pid");
                    return;
                }
            } catch (RespException) {
                unset($this->conns[$port]);
            }
            if (microtime(true) > $deadline) {
                throw new ClusterTimeout("node $port did not start; see $dir/redis.log:\n" . @file_get_contents("$dir/redis.log"));
            }
            usleep(20000);
        }
    }

    /** Stops the node on $port: SHUTDOWN NOSAVE, or SIGKILL when $kill (a crash). */
    public function stopNode(int $port, bool $kill = false): void
    {
        $n = $this->nodes[$port] ?? null;
        if ($n === null) {
            return;
        }
        $pid = $n['pid'] ?: (int)@file_get_contents($n['dir'] . '/redis.pid');
        unset($this->conns[$port]);
        if (!$kill) {
            try {
                (new RespClient('127.0.0.1', $port, 1.0))->call('SHUTDOWN', 'NOSAVE', 'NOW');
            } catch (RespException) {
            }
        }
        if ($pid > 0) {
            if ($kill) {
                posix_kill($pid, SIGKILL);
            }
            for ($i = 0; $i < 250 && self::alive($pid); $i++) {
                usleep(20000);
            }
            if (self::alive($pid)) {
                posix_kill($pid, SIGKILL);
                usleep(50000);
            }
        }
        unset($this->nodes[$port]);
        $this->log(($kill ? 'killed' : 'shut down') . " node $port (id {$n['id']})");
        $this->save();
    }

    public function conn(int $port): RespClient
    {
        return $this->conns[$port] ??= new RespClient('127.0.0.1', $port, 2.0);
    }

    /** A command to one node with one reconnect on a broken connection. */
    public function cmd(int $port, string|int ...$args): mixed
    {
        try {
            return $this->conn($port)->ok(...$args);
        } catch (RespException $e) {
            if (str_contains($e->getMessage(), 'failed')) {
                unset($this->conns[$port]);
                return $this->conn($port)->ok(...$args);
            }
            throw $e;
        }
    }

    public function id(int $port): string
    {
        return $this->nodes[$port]['id'];
    }

    public function portOf(string $id): ?int
    {
        foreach ($this->nodes as $p => $n) {
            if ($n['id'] === $id) {
                return $p;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- topology

    /**
     * CLUSTER NODES as $port sees it.
     * @return array<string,array{port:int,flags:string[],master:?string,slots:list<array{int,int}>,link:string}>
     */
    public function view(int $port): array
    {
        $out = [];
        foreach (explode("\n", trim((string)$this->cmd($port, 'CLUSTER', 'NODES'))) as $line) {
            $f = explode(' ', trim($line));
            if (count($f) < 8) {
                continue;
            }
            $addr = explode('@', $f[1])[0];
            $slots = [];
            foreach (array_slice($f, 8) as $s) {
                if ($s === '' || $s[0] === '[') {
                    continue;
                }
                $r = explode('-', $s);
                $slots[] = [(int)$r[0], (int)($r[1] ?? $r[0])];
            }
            $out[$f[0]] = [
                'port' => (int)substr($addr, strrpos($addr, ':') + 1),
                'flags' => explode(',', $f[2]),
                'master' => $f[3] === '-' ? null : $f[3],
                'slots' => $slots,
                'link' => $f[7],
            ];
        }
        return $out;
    }

    /** @return int[] ports of live masters (per the first live node's view), in port order */
    public function masters(): array
    {
        $v = $this->view($this->anyPort());
        $m = [];
        foreach ($v as $id => $n) {
            if (in_array('master', $n['flags'], true) && !in_array('fail', $n['flags'], true) && $n['slots'] && isset($this->nodes[$n['port']])) {
                $m[] = $n['port'];
            }
        }
        sort($m);
        return $m;
    }

    /** @return int[] ports of live replicas of the master on $port */
    public function replicasOf(int $port): array
    {
        $mid = $this->id($port);
        $r = [];
        foreach ($this->view($port) as $n) {
            if ($n['master'] === $mid && isset($this->nodes[$n['port']])) {
                $r[] = $n['port'];
            }
        }
        sort($r);
        return $r;
    }

    public function isMaster(int $port): bool
    {
        return str_contains((string)$this->cmd($port, 'ROLE')[0], 'master');
    }

    /** @return list<array{int,int}> slot ranges owned by the master on $port */
    public function slotsOf(int $port): array
    {
        return $this->view($port)[$this->id($port)]['slots'];
    }

    public function ownerOf(int $slot): int
    {
        foreach ($this->view($this->anyPort()) as $n) {
            foreach ($n['slots'] as [$lo, $hi]) {
                if ($slot >= $lo && $slot <= $hi && isset($this->nodes[$n['port']])) {
                    return $n['port'];
                }
            }
        }
        throw new \RuntimeException("slot $slot has no live owner");
    }

    public function anyPort(): int
    {
        foreach ($this->seedPorts as $p) {
            if (isset($this->nodes[$p])) {
                return $p;
            }
        }
        return array_key_first($this->nodes) ?? throw new \RuntimeException('no live node');
    }

    /**
     * Why the cluster has not converged, or null when it has: every live node reports
     * cluster_state:ok with all slots ok, lists every live node and nothing in handshake or
     * pfail, agrees with the others on addresses, roles, masters and slots, lists killed
     * nodes only as failed and forgotten nodes not at all; every replica's link is up
     * (and, with $replicasInSlots, every node's CLUSTER SLOTS lists every replica).
     */
    public function notConverged(bool $replicasInSlots = false): ?string
    {
        $first = null;
        $live = [];
        foreach ($this->nodes as $p => $n) {
            $live[$n['id']] = $p;
        }
        foreach ($this->nodes as $port => $node) {
            try {
                $info = (string)$this->cmd($port, 'CLUSTER', 'INFO');
                if (!str_contains($info, 'cluster_state:ok') || !str_contains($info, 'cluster_slots_ok:16384')) {
                    return "$port: " . (preg_match('/cluster_state:\w+/', $info, $m) ? $m[0] : 'no state') .
                        (preg_match('/cluster_slots_ok:\d+/', $info, $m) ? " $m[0]" : '');
                }
                $view = $this->view($port);
                $lines = [];
                foreach ($view as $id => $n) {
                    $fl = $n['flags'];
                    if (isset($this->forgotten[$id])) {
                        return "$port still lists forgotten node $id ({$n['port']})";
                    }
                    if (array_intersect($fl, ['handshake', 'noaddr', 'fail?'])) {
                        return "$port sees $id ({$n['port']}) as " . implode(',', $fl);
                    }
                    if (in_array('fail', $fl, true)) {
                        if (isset($live[$id])) {
                            return "$port sees live node {$n['port']} as failed";
                        }
                        if (!isset($this->dead[$id])) {
                            return "$port lists a failed node $id ({$n['port']}) the harness does not know";
                        }
                        continue;
                    }
                    if (!isset($live[$id])) {
                        return "$port lists $id ({$n['port']}) as up, but it is not a live node";
                    }
                    if ($n['port'] !== $live[$id]) {
                        return "$port lists $id at port {$n['port']}, not {$live[$id]}";
                    }
                    $mport = $n['master'] !== null ? ($live[$n['master']] ?? '?' . $n['master']) : '-';
                    $role = in_array('master', $fl, true) ? 'master' : 'replica';
                    $lines[] = "{$n['port']} $role $mport " . implode(',', array_map(fn($r) => "$r[0]-$r[1]", $n['slots']));
                }
                foreach ($live as $id => $p) {
                    if (!isset($view[$id])) {
                        return "$port does not list node $p ($id)";
                    }
                }
                sort($lines);
                $lines = implode("\n", $lines);
                if ($first === null) {
                    $first = $lines;
                } elseif ($lines !== $first) {
                    return "$port disagrees:\n$lines\nvs\n$first";
                }
                $me = $view[$node['id']];
                if (!in_array('master', $me['flags'], true)) {
                    $repl = (string)$this->cmd($port, 'INFO', 'replication');
                    if (!str_contains($repl, 'master_link_status:up') || str_contains($repl, 'master_sync_in_progress:1')) {
                        return "$port: replica link not up";
                    }
                }
                if ($replicasInSlots) {
                    $want = 0;
                    foreach ($view as $n) {
                        if (!in_array('master', $n['flags'], true) && !in_array('fail', $n['flags'], true)) {
                            $want++;
                        }
                    }
                    $got = 0;
                    foreach ($this->cmd($port, 'CLUSTER', 'SLOTS') as $range) {
                        $got += count($range) - 3;
                    }
                    // CLUSTER SLOTS repeats a master's replicas for each of its ranges.
                    if ($got < $want) {
                        return "$port: CLUSTER SLOTS lists $got replicas, not yet $want";
                    }
                }
            } catch (RespException $e) {
                return "$port: " . $e->getMessage();
            }
        }
        return null;
    }

    /** Waits (at most $timeout seconds) for notConverged() to be null; returns the time taken. */
    public function waitConverged(float $timeout = 30, string $what = '', bool $replicasInSlots = false): float
    {
        $t = microtime(true);
        $deadline = $t + $timeout;
        while (($why = $this->notConverged($replicasInSlots)) !== null) {
            if (microtime(true) > $deadline) {
                throw new ClusterTimeout("cluster did not converge within {$timeout}s" . ($what ? " ($what)" : '') . ": $why\n" . $this->describe());
            }
            usleep(50000);
        }
        $this->log('converged' . ($what ? " ($what)" : '') . sprintf(' in %.2fs', microtime(true) - $t));
        return microtime(true) - $t;
    }

    /** Each live node's CLUSTER NODES, for failure messages. */
    public function describe(): string
    {
        $s = '';
        foreach ($this->nodes as $p => $n) {
            try {
                $s .= "--- $p (" . $n['id'] . ") sees:\n" . trim((string)$this->cmd($p, 'CLUSTER', 'NODES')) . "\n";
            } catch (\Throwable $e) {
                $s .= "--- $p: " . $e->getMessage() . "\n";
            }
        }
        return $s;
    }

    // ---------------------------------------------------------------- building blocks

    /** Introduces a freshly started node to the cluster and waits until all agree. A new
     *  master refuses cluster_state:ok for its first 2 s (CLUSTER_WRITABLE_DELAY). */
    private function join(int $port): void
    {
        $this->cmd($port, 'CLUSTER', 'MEET', '127.0.0.1', $this->anyOtherPort($port));
        $this->waitConverged(20, "join $port");
    }

    /** Meets a freshly started node with the cluster and makes it a replica of $masterPort
     *  as soon as it knows that master; then waits until it is in sync. */
    private function joinAsReplica(int $port, int $masterPort): void
    {
        $this->cmd($port, 'CLUSTER', 'MEET', '127.0.0.1', $masterPort);
        $this->replicateSoon($port, $masterPort);
        $this->waitSynced($port, $masterPort);
    }

    /** CLUSTER REPLICATE, retried while $port does not know the master yet. */
    private function replicateSoon(int $port, int $masterPort): void
    {
        $deadline = microtime(true) + 10;
        while (($r = $this->conn($port)->call('CLUSTER', 'REPLICATE', $this->id($masterPort))) instanceof RespError) {
            if (!str_contains($r->message, 'Unknown node') || microtime(true) > $deadline) {
                throw new \RuntimeException("CLUSTER REPLICATE on $port: $r");
            }
            usleep(20000);
        }
    }

    private function anyOtherPort(int $port): int
    {
        foreach ($this->nodes as $p => $_) {
            if ($p !== $port) {
                return $p;
            }
        }
        throw new \RuntimeException('no other node');
    }

    /** Waits until the replica $port is in sync with $masterPort and the cluster agrees. */
    private function waitSynced(int $port, int $masterPort): void
    {
        $deadline = microtime(true) + 20;
        while (true) {
            $r = (string)$this->cmd($port, 'INFO', 'replication');
            if (str_contains($r, 'master_link_status:up') && !str_contains($r, 'master_sync_in_progress:1')) {
                break;
            }
            if (microtime(true) > $deadline) {
                throw new ClusterTimeout("$port did not sync with $masterPort:\n$r");
            }
            usleep(20000);
        }
        $this->waitConverged(20, "replicate $port -> $masterPort");
    }

    /** CLUSTER FAILOVER (manual: lossless) on the replica $port; waits until it is master. */
    private function failover(int $port, string $mode = ''): void
    {
        for ($attempt = 0; ; $attempt++) {
            $this->cmd($port, ...array_merge(['CLUSTER', 'FAILOVER'], $mode ? [$mode] : []));
            $deadline = microtime(true) + 8;
            while (!$this->isMaster($port) && microtime(true) < $deadline) {
                usleep(20000);
            }
            if ($this->isMaster($port)) {
                break;
            }
            if ($attempt >= 1) {
                throw new ClusterTimeout("failover to $port did not happen\n" . $this->describe());
            }
        }
        $this->waitConverged(20, "failover to $port");
    }

    /** Shuts the node on $port down and makes every live node forget it. */
    private function removeNode(int $port): void
    {
        $id = $this->id($port);
        $this->stopNode($port);
        $this->forgetEverywhere($id);
    }

    private function forgetEverywhere(string $id): void
    {
        $this->forgotten[$id] = true;
        unset($this->dead[$id]);
        foreach ($this->nodes as $p => $_) {
            $r = $this->conn($p)->call('CLUSTER', 'FORGET', $id);
            if ($r instanceof RespError && !str_contains($r->message, 'Unknown node')) {
                throw new \RuntimeException("CLUSTER FORGET $id on $p: $r");
            }
        }
        $this->log("forgot $id everywhere");
    }

    /**
     * Moves $slots (with their keys) from the master on $from to the master on $to:
     * IMPORTING/MIGRATING, MIGRATE of every key, then SETSLOT NODE on the target, the
     * source and every other master. Clients meet ASK while the slots migrate and MOVED
     * afterwards. With $hold > 0 the keys move one at a time spread over $hold seconds,
     * so the ASK phase lasts that long.
     * @param int[] $slots
     */
    public function moveSlots(int $from, int $to, array $slots, float $hold = 0.0): void
    {
        $src = $this->id($from);
        $dst = $this->id($to);
        $this->log("moving " . count($slots) . " slots $from -> $to" . ($hold ? " (ASK phase {$hold}s)" : ''));
        $this->pipe($to, array_map(fn($s) => ['CLUSTER', 'SETSLOT', $s, 'IMPORTING', $src], $slots));
        $this->pipe($from, array_map(fn($s) => ['CLUSTER', 'SETSLOT', $s, 'MIGRATING', $dst], $slots));
        $counts = $this->pipe($from, array_map(fn($s) => ['CLUSTER', 'COUNTKEYSINSLOT', $s], $slots));
        $withKeys = [];
        foreach ($slots as $i => $s) {
            if ($counts[$i] > 0) {
                $withKeys[$s] = $counts[$i];
            }
        }
        $total = array_sum($withKeys);
        $pause = $hold > 0 ? $hold / ($total + 1) : 0;
        foreach (array_keys($withKeys) as $s) {
            while ($keys = $this->cmd($from, 'CLUSTER', 'GETKEYSINSLOT', $s, $pause > 0 ? 1 : 200)) {
                if ($pause > 0) {
                    usleep((int)($pause * 1e6));
                }
                $r = $this->conn($from)->call('MIGRATE', '127.0.0.1', $to, '', 0, 5000, 'KEYS', ...$keys);
                if ($r instanceof RespError && !str_contains($r->message, 'NOKEY')) {
                    throw new \RuntimeException("MIGRATE slot $s $from -> $to: $r");
                }
            }
        }
        if ($pause > 0) {
            usleep((int)($pause * 1e6));
        }
        $this->pipe($to, array_map(fn($s) => ['CLUSTER', 'SETSLOT', $s, 'NODE', $dst], $slots));
        // A master that loses its last slot may already have turned itself into a replica
        // of the new owner (cluster-allow-replica-migration): it then refuses SETSLOT.
        $this->pipe($from, array_map(fn($s) => ['CLUSTER', 'SETSLOT', $s, 'NODE', $dst], $slots), 'only with masters');
        foreach ($this->masters() as $p) {
            if ($p !== $from && $p !== $to) {
                $this->pipe($p, array_map(fn($s) => ['CLUSTER', 'SETSLOT', $s, 'NODE', $dst], $slots), true);
            }
        }
    }

    /** @return list<mixed> */
    private function pipe(int $port, array $cmds, bool|string $ignoreErrors = false): array
    {
        $out = [];
        foreach (array_chunk($cmds, 1000) as $chunk) {
            foreach ($this->conn($port)->pipeline($chunk) as $i => $r) {
                if ($r instanceof RespError && $ignoreErrors !== true
                    && !(is_string($ignoreErrors) && str_contains($r->message, $ignoreErrors))) {
                    throw new \RuntimeException("$port " . implode(' ', $chunk[$i]) . ": $r");
                }
                $out[] = $r;
            }
        }
        return $out;
    }

    /** @param list<array{int,int}> $ranges @return int[] */
    private static function expand(array $ranges): array
    {
        $s = [];
        foreach ($ranges as [$lo, $hi]) {
            array_push($s, ...range($lo, $hi));
        }
        return $s;
    }

    /** The first master (in port order) that has a live replica, with that replica. */
    private function masterWithReplica(): array
    {
        foreach ($this->masters() as $m) {
            if ($r = $this->replicasOf($m)) {
                return [$m, $r[0]];
            }
        }
        throw new \RuntimeException('no master has a replica');
    }

    // ---------------------------------------------------------------- faults

    /** Adds one replica (on a new port) to every master that has none. */
    public function addReplicas(): void
    {
        foreach ($this->masters() as $m) {
            if (!$this->replicasOf($m)) {
                $p = $this->freePort();
                $this->startNode($p);
                $this->joinAsReplica($p, $m);
            }
        }
        $this->waitConverged(30, 'add replicas', true);
    }

    /** SIGKILLs a master that has a replica; returns once the replica took over. */
    public function killMaster(?int $port = null): int
    {
        if ($port === null) {
            [$port, $replica] = $this->masterWithReplica();
        }
        $this->dead[$this->id($port)] = true;
        $this->stopNode($port, true);
        $this->waitConverged(30, "kill master $port");
        return $port;
    }

    /**
     * Hangs a master that has a replica: SIGSTOP, so that it keeps accepting connections
     * (the kernel completes them) and never answers, as a node stuck in a long fork, a swap
     * storm or behind a black hole does; returns once its replica took over. The node is
     * never resumed (stopAll() kills it).
     */
    public function hangMaster(?int $port = null): int
    {
        if ($port === null) {
            [$port] = $this->masterWithReplica();
        }
        $n = $this->nodes[$port];
        $this->dead[$n['id']] = true;
        $this->frozen[$port] = $n;
        unset($this->nodes[$port], $this->conns[$port]);
        posix_kill($n['pid'], SIGSTOP);
        $this->log("froze master $port (id {$n['id']}, pid {$n['pid']})");
        $this->save();
        $this->waitConverged(30, "hang master $port");
        return $port;
    }

    /** Calls of a command ("cluster|slots", "cluster|info", "get") summed over the live nodes, from INFO commandstats. */
    public function commandCalls(string $cmd): int
    {
        $sum = 0;
        foreach (array_keys($this->nodes) as $p) {
            if (preg_match('/^cmdstat_' . preg_quote($cmd, '/') . ':calls=(\d+)/m', (string)$this->cmd($p, 'INFO', 'commandstats'), $m)) {
                $sum += (int)$m[1];
            }
        }
        return $sum;
    }

    /** Manual CLUSTER FAILOVER on a replica ($port, or a replica of the first master). */
    public function manualFailover(?int $port = null): int
    {
        if ($port === null) {
            [, $port] = $this->masterWithReplica();
        }
        $this->failover($port);
        return $port;
    }

    /**
     * Replaces the node on $port (default: the first master) by a new node on a new port:
     * the new node joins, replicates it (or its master) and, for a master, takes over by
     * manual failover; then the old node is shut down and forgotten everywhere.
     * @return int the new node's port
     */
    public function replaceNodeNewPort(?int $port = null): int
    {
        $port ??= $this->masters()[0];
        $wasMaster = $this->isMaster($port);
        $master = $wasMaster ? $port : $this->portOf($this->view($port)[$this->id($port)]['master']);
        $new = $this->freePort();
        $this->log("replace $port by a new node on $new");
        $this->startNode($new);
        $this->joinAsReplica($new, $master);
        if ($wasMaster) {
            $this->failover($new);
        }
        $this->removeNode($port);
        $this->waitConverged(30, "replace $port by $new");
        return $new;
    }

    /**
     * Replaces the node on $port (default: the first master) by a fresh node (new ID) on
     * the same port. A master first hands its slots to a replica (a temporary one on a new
     * port when it has none) by manual failover; the old node is shut down and forgotten,
     * a fresh one started on the port, made a replica and, for a master, takes the slots
     * back by manual failover. Lossless.
     */
    public function replaceNodeSamePort(?int $port = null): int
    {
        $port ??= $this->masters()[0];
        $oldId = $this->id($port);
        $wasMaster = $this->isMaster($port);
        $temp = null;
        if ($wasMaster) {
            $interim = $this->replicasOf($port)[0] ?? null;
            if ($interim === null) {
                $interim = $temp = $this->freePort();
                $this->startNode($temp);
                $this->joinAsReplica($temp, $port);
            }
            $this->failover($interim);
        } else {
            $interim = $this->portOf($this->view($port)[$oldId]['master']);
        }
        $this->log("replace $port ($oldId) by a fresh node on the same port");
        $this->removeNode($port);
        $this->startNode($port);
        $this->joinAsReplica($port, $interim);
        if ($wasMaster) {
            $this->failover($port);
        }
        if ($temp !== null) {
            $this->removeNode($temp);
        }
        $this->waitConverged(30, "replace $port on the same port");
        return $port;
    }

    /**
     * Replaces every node, one at a time, while one seed address keeps answering: each node
     * moves to a new port (replicas first, then masters), except the one on the last live
     * seed port (a replica when the cluster was created with replicas), which is replaced
     * last by a fresh node on that same port, in the same role. End state: every node ID is
     * new; of the addresses the clients were given only that one is still in use. With
     * planSeeds() that address was not even in a map cached before the replicas came: a
     * client that only retries the nodes of its cached map finds none of them.
     */
    public function replaceAll(): void
    {
        $keep = null;
        foreach ($this->seedPorts as $p) {
            $keep = isset($this->nodes[$p]) ? $p : $keep;
        }
        $keep ??= $this->anyPort();
        $masters = $this->masters();
        $replicas = array_values(array_diff(array_keys($this->nodes), $masters));
        sort($replicas);
        foreach (array_merge($replicas, $masters) as $p) {
            if ($p !== $keep) {
                $this->replaceNodeNewPort($p);
            }
        }
        $this->replaceNodeSamePort($keep);
    }

    /**
     * Migrates $slot (default: a slot holding the tests' keys, on the first master) with
     * its keys to another master: ASK for $hold seconds while its keys move one by one,
     * then MOVED. Filler keys are added first so the slot holds more than the clients' keys.
     */
    public function migrateSlot(?int $slot = null, ?int $to = null, float $hold = 1.0): int
    {
        $slot ??= $this->keySlots[0];
        $from = $this->ownerOf($slot);
        $to ??= current(array_diff($this->masters(), [$from]));
        $tag = Slots::tag($slot);
        $fill = [];
        for ($i = 0; $i < 20; $i++) {
            $fill[] = ['SET', "fault:fill:{{$tag}}:$i", str_repeat('x', 100)];
        }
        $this->pipe($from, $fill);
        $this->moveSlots($from, $to, [$slot], $hold);
        $this->waitConverged(30, "migrate slot $slot $from -> $to");
        return $to;
    }

    /**
     * Adds a shard: a new master (and a replica when the masters have some) on new ports,
     * then moves ~300 slots to it from every master, each range around a slot holding the
     * tests' keys.
     */
    public function addShard(): int
    {
        $masters = $this->masters();
        $withReplica = (bool)$this->replicasOf($masters[0]);
        $new = $this->freePort();
        $this->startNode($new);
        if ($withReplica) {
            $r = $this->freePort();
            $this->startNode($r);
            $this->cmd($new, 'CLUSTER', 'MEET', '127.0.0.1', $masters[0]);
            $this->joinAsReplica($r, $new);
        } else {
            $this->join($new);
        }
        foreach ($masters as $i => $m) {
            $owned = array_flip(self::expand($this->slotsOf($m)));
            $center = null;
            foreach ($this->keySlots as $s) {
                if (isset($owned[$s])) {
                    $center = $s;
                    break;
                }
            }
            $center ??= (int)array_key_first($owned);
            $slots = array_values(array_filter(range($center - 150, $center + 150), fn($s) => isset($owned[$s])));
            $this->moveSlots($m, $new, $slots, $i === 0 ? 0.5 : 0.0);
        }
        $this->waitConverged(30, "add shard $new");
        return $new;
    }

    /** Removes a shard: moves every slot of the master $port (default: the last) to the
     *  other masters, then shuts it and its replicas down and forgets them. */
    public function removeShard(?int $port = null): int
    {
        $masters = $this->masters();
        $port ??= end($masters);
        $others = array_values(array_diff($masters, [$port]));
        $replicas = $this->replicasOf($port);
        $slots = self::expand($this->slotsOf($port));
        $parts = array_chunk($slots, (int)ceil(count($slots) / count($others)));
        foreach ($parts as $i => $part) {
            $this->moveSlots($port, $others[$i], $part, $i === 0 ? 0.5 : 0.0);
        }
        $this->waitConverged(30, "emptied $port");
        foreach (array_merge($replicas, [$port]) as $p) {
            if (isset($this->nodes[$p])) {
                $this->removeNode($p);
            }
        }
        $this->waitConverged(30, "remove shard $port");
        return $port;
    }

    // ---------------------------------------------------------------- reading keys

    /** GET $key from its slot's master (following one MOVED/ASK), for verifying writes. */
    public function get(string $key): ?string
    {
        $port = $this->ownerOf(Slots::slot($key));
        $r = $this->conn($port)->call('GET', $key);
        if ($r instanceof RespError && preg_match('/^(MOVED|ASK) \d+ [^:]+:(\d+)/', $r->message, $m)) {
            $c = $this->conn((int)$m[2]);
            $r = $m[1] === 'ASK' ? $c->pipeline([['ASKING'], ['GET', $key]])[1] : $c->call('GET', $key);
        }
        if ($r instanceof RespError) {
            throw new \RuntimeException("GET $key: $r");
        }
        return $r;
    }

    // ---------------------------------------------------------------- bookkeeping

    public function log(string $msg): void
    {
        $line = sprintf("%s +%.2fs %s\n", date('H:i:s'), microtime(true) - $this->t0, $msg);
        @file_put_contents($this->dir . '/ops.log', $line, FILE_APPEND);
        if (getenv('FAULT_VERBOSE')) {
            fwrite(STDERR, "  [cluster] $line");
        }
    }

    public function opsLog(int $lines = 30): string
    {
        $all = @file($this->dir . '/ops.log') ?: [];
        return implode('', array_slice($all, -$lines));
    }

    /**
     * Adds the next $n free ports to the clients' seeds before any node listens there: the
     * nodes that addReplicas() starts next take them. Clients then hold seeds that are not
     * in the map they cache while the cluster has no replicas.
     */
    public function planSeeds(int $n): void
    {
        $planned = [];
        for ($p = $this->portLo; $p <= $this->portHi && count($planned) < $n; $p++) {
            if (!isset($this->usedPorts[$p]) && self::portFree($p) && self::portFree($p + 10000)) {
                $planned[] = $p;
            }
        }
        array_push($this->seedPorts, ...$planned);
        $this->save();
    }

    /** Seeds for clients: the addresses the cluster was created with (and planSeeds()). */
    public function seeds(): array
    {
        return array_map(fn($p) => "127.0.0.1:$p", $this->seedPorts);
    }

    public function save(): void
    {
        clearstatcache();
        if (!is_dir($this->dir)) {
            return;
        }
        file_put_contents($this->dir . '/state.json', json_encode([
            'portLo' => $this->portLo, 'portHi' => $this->portHi, 'nodeTimeoutMs' => $this->nodeTimeoutMs,
            'nodes' => $this->nodes, 'dead' => array_keys($this->dead), 'forgotten' => array_keys($this->forgotten),
            'frozen' => $this->frozen,
            'usedPorts' => array_keys($this->usedPorts), 'seedPorts' => $this->seedPorts, 'gen' => $this->gen,
        ], JSON_PRETTY_PRINT));
    }

    public static function load(int $portLo): self
    {
        $dir = rtrim(getenv('TMPDIR') ?: '/tmp', '/') . "/rediscluster-fault-$portLo";
        $s = json_decode((string)@file_get_contents("$dir/state.json"), true);
        if (!is_array($s)) {
            throw new \RuntimeException("no cluster state in $dir");
        }
        $c = new self($s['portLo'], $s['portHi'], $s['nodeTimeoutMs']);
        $c->nodes = [];
        foreach ($s['nodes'] as $p => $n) {
            $c->nodes[(int)$p] = $n;
        }
        $c->dead = array_fill_keys($s['dead'], true);
        $c->forgotten = array_fill_keys($s['forgotten'], true);
        foreach ($s['frozen'] ?? [] as $p => $n) {
            $c->frozen[(int)$p] = $n;
        }
        $c->usedPorts = array_fill_keys($s['usedPorts'], true);
        $c->seedPorts = $s['seedPorts'];
        $c->gen = $s['gen'];
        return $c;
    }
}
