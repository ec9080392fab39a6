<?php

declare(strict_types=1);

namespace RedisClusterTests;

use RedisClusterTestLib\RespClient;

/**
 * Looks at and changes the test cluster through plain RESP connections, never through
 * the RedisCluster under test.
 */
final class ClusterAdmin
{
    /** @var array<string, RespClient> by "host:port" */
    private array $conns = [];

    /** @param list<string> $seeds "host:port" */
    public function __construct(private array $seeds)
    {
    }

    public function node(string $addr): RespClient
    {
        if (!isset($this->conns[$addr])) {
            [$host, $port] = self::split($addr);
            $this->conns[$addr] = new RespClient($host, $port);
        }
        return $this->conns[$addr];
    }

    /** @return array{0: string, 1: int} */
    public static function split(string $addr): array
    {
        $i = strrpos($addr, ':');
        return [substr($addr, 0, $i), (int)substr($addr, $i + 1)];
    }

    /** The first seed that answers. */
    public function any(): RespClient
    {
        $last = null;
        foreach ($this->seeds as $seed) {
            try {
                return $this->node($seed);
            } catch (\RuntimeException $e) {
                $last = $e;
            }
        }
        throw new \RuntimeException('no seed of the test cluster answers (' . implode(',', $this->seeds)
            . '); start it with scripts/cluster.sh start' . ($last ? ': ' . $last->getMessage() : ''));
    }

    /**
     * The cluster as one node sees it, from CLUSTER NODES.
     * @return array<string, array{id: string, addr: string, master: bool, master_id: ?string, config_epoch: int, slots: list<array{0:int,1:int}>}> by id
     */
    public function nodes(?RespClient $via = null): array
    {
        $out = [];
        $text = (string)($via ?? $this->any())->ok('CLUSTER', 'NODES');
        foreach (explode("\n", trim($text)) as $line) {
            $f = explode(' ', trim($line));
            $slots = [];
            foreach (array_slice($f, 8) as $s) {
                if ($s[0] === '[') {
                    continue; // a migrating or importing marker, not ownership
                }
                $r = explode('-', $s);
                $slots[] = [(int)$r[0], (int)($r[1] ?? $r[0])];
            }
            $out[$f[0]] = [
                'id' => $f[0],
                'addr' => explode('@', $f[1])[0],
                'master' => str_contains($f[2], 'master'),
                'master_id' => $f[3] === '-' ? null : $f[3],
                'config_epoch' => (int)$f[6],
                'slots' => $slots,
            ];
        }
        return $out;
    }

    /** @return list<array> masters, sorted by address */
    public function masters(): array
    {
        $m = array_values(array_filter($this->nodes(), fn ($n) => $n['master'] && $n['slots']));
        usort($m, fn ($a, $b) => strnatcmp($a['addr'], $b['addr']));
        return $m;
    }

    /** @return list<array> replicas, sorted by address */
    public function replicas(): array
    {
        $r = array_values(array_filter($this->nodes(), fn ($n) => !$n['master']));
        usort($r, fn ($a, $b) => strnatcmp($a['addr'], $b['addr']));
        return $r;
    }

    public function slot(string $key): int
    {
        return (int)$this->any()->ok('CLUSTER', 'KEYSLOT', $key);
    }

    /** The master owning $slot. */
    public function owner(int $slot): array
    {
        foreach ($this->masters() as $m) {
            foreach ($m['slots'] as [$lo, $hi]) {
                if ($slot >= $lo && $slot <= $hi) {
                    return $m;
                }
            }
        }
        throw new \RuntimeException("slot $slot is not covered");
    }

    /** Sends a command to every node and returns the replies by address. */
    public function onAll(string|int ...$args): array
    {
        $out = [];
        foreach ($this->nodes() as $n) {
            $out[$n['addr']] = $this->node($n['addr'])->call(...$args);
        }
        return $out;
    }

    /** INFO of one node, parsed into a flat array of strings. */
    public function info(string $addr, string $section = 'all'): array
    {
        $out = [];
        foreach (explode("\r\n", (string)$this->node($addr)->ok('INFO', $section)) as $line) {
            if ($line !== '' && $line[0] !== '#' && str_contains($line, ':')) {
                [$k, $v] = explode(':', $line, 2);
                $out[$k] = $v;
            }
        }
        return $out;
    }

    /** Slot $slot: start moving it from master $from to master $to. */
    public function beginMigration(int $slot, array $from, array $to): void
    {
        // The target bumps its config epoch when it takes the slot, but only above the
        // highest epoch it knows of: it must have heard of every earlier move first, or
        // its claim loses to a stale one and the nodes disagree on the owner.
        $this->waitAgreement();
        $this->node($to['addr'])->ok('CLUSTER', 'SETSLOT', $slot, 'IMPORTING', $from['id']);
        $this->node($from['addr'])->ok('CLUSTER', 'SETSLOT', $slot, 'MIGRATING', $to['id']);
    }

    /** MIGRATE the given keys (all of the slot's keys when null) from $from to $to. */
    public function moveKeys(int $slot, array $from, array $to, ?array $keys = null): void
    {
        $src = $this->node($from['addr']);
        $keys ??= $src->ok('CLUSTER', 'GETKEYSINSLOT', $slot, 100000);
        if ($keys) {
            [$host, $port] = self::split($to['addr']);
            $src->ok('MIGRATE', $host, $port, '', 0, 5000, 'REPLACE', 'KEYS', ...$keys);
        }
    }

    /** Finish: the target first, then the source, then every other master. */
    public function endMigration(int $slot, array $from, array $to): void
    {
        $this->node($to['addr'])->ok('CLUSTER', 'SETSLOT', $slot, 'NODE', $to['id']);
        $this->node($from['addr'])->ok('CLUSTER', 'SETSLOT', $slot, 'NODE', $to['id']);
        foreach ($this->masters() as $m) {
            if ($m['id'] !== $to['id'] && $m['id'] !== $from['id']) {
                $this->node($m['addr'])->ok('CLUSTER', 'SETSLOT', $slot, 'NODE', $to['id']);
            }
        }
        $this->waitAgreement();
    }

    /** The whole move of a slot, keys included. */
    public function moveSlot(int $slot, array $from, array $to): void
    {
        $this->beginMigration($slot, $from, $to);
        $this->moveKeys($slot, $from, $to);
        $this->endMigration($slot, $from, $to);
    }

    /**
     * Puts $slot back on $owner, keys included, whatever state a failed test left it in:
     * migrating or importing marks, another owner, keys stranded on a node that does not
     * own the slot.
     */
    public function restoreSlot(int $slot, array $owner): void
    {
        foreach ($this->masters() as $m) {
            $this->node($m['addr'])->ok('CLUSTER', 'SETSLOT', $slot, 'STABLE');
        }
        $current = $this->owner($slot);
        if ($current['id'] !== $owner['id']) {
            $this->moveSlot($slot, $current, $owner);
        }
        [$host, $port] = self::split($owner['addr']);
        foreach ($this->masters() as $m) {
            $node = $this->node($m['addr']);
            if ($m['id'] === $owner['id'] || $node->ok('CLUSTER', 'COUNTKEYSINSLOT', $slot) === 0) {
                continue;
            }
            // A node serves a slot it does not own only while importing it, after ASKING.
            $node->ok('CLUSTER', 'SETSLOT', $slot, 'IMPORTING', $owner['id']);
            $keys = $node->ok('CLUSTER', 'GETKEYSINSLOT', $slot, 100000);
            $node->ok('ASKING');
            $node->ok('MIGRATE', $host, $port, '', 0, 5000, 'REPLACE', 'KEYS', ...$keys);
            $node->ok('CLUSTER', 'SETSLOT', $slot, 'STABLE');
        }
        $this->waitAgreement();
    }

    /**
     * Waits until every node reports cluster_state:ok, the same current epoch, and the same
     * masters with the same config epochs and slots.
     */
    public function waitAgreement(float $seconds = 20.0): void
    {
        $deadline = microtime(true) + $seconds;
        do {
            $views = [];
            $ok = true;
            foreach ($this->nodes() as $n) {
                $c = $this->node($n['addr']);
                $info = (string)$c->call('CLUSTER', 'INFO');
                $ok = $ok && str_contains($info, 'cluster_state:ok');
                preg_match('/cluster_current_epoch:(\d+)/', $info, $epoch);
                $v = ['epoch' => $epoch[1] ?? '?'];
                foreach ($this->nodes($c) as $m) {
                    if ($m['master'] && $m['slots']) {
                        $v[$m['addr']] = [$m['config_epoch'], $m['slots']];
                    }
                }
                ksort($v);
                $views[] = serialize($v);
            }
            if ($ok && count(array_unique($views)) === 1) {
                return;
            }
            usleep(50000);
        } while (microtime(true) < $deadline);
        throw new \RuntimeException("the cluster's nodes did not agree on the slot map within {$seconds}s");
    }
}
