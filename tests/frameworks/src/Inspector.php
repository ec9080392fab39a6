<?php

declare(strict_types=1);

namespace FrameworkTests;

use RedisClusterTestLib\RespClient;
use RedisClusterTestLib\RespError;

/**
 * Looks at what a framework stored, over plain RESP sockets (tests/lib/RespClient.php),
 * never through the module under test: a bug in the module cannot hide itself by reading
 * back what it wrote wrongly. On the cluster a key's command goes to the master of the
 * key's slot, as the servers say (CLUSTER KEYSLOT, CLUSTER SLOTS); on a standalone server
 * everything goes to the one server, in database $db.
 */
final class Inspector
{
    /** @var array<string, RespClient> by "host:port" */
    private array $conns = [];
    /** @var list<array{0:int, 1:int, 2:string}>|null slot ranges and their master */
    private ?array $ranges = null;

    /** @param list<string> $addrs "host:port": the cluster's seeds, or the one server */
    private function __construct(private bool $cluster, private array $addrs, private int $db = 0)
    {
    }

    /** @param list<string> $seeds */
    public static function cluster(array $seeds): self
    {
        return new self(true, $seeds);
    }

    public static function standalone(string $addr, int $db = 0): self
    {
        return new self(false, [$addr], $db);
    }

    public function isCluster(): bool
    {
        return $this->cluster;
    }

    /** A command about $key, on the node that holds it; an error reply throws. */
    public function cmd(string $key, string|int|float ...$args): mixed
    {
        $r = $this->node($this->addrOf($key))->call(...$args);
        if ($r instanceof RespError) {
            throw new \RuntimeException('inspector: ' . implode(' ', array_slice($args, 0, 3)) . ": $r");
        }
        return $r;
    }

    public function get(string $key): ?string
    {
        return $this->cmd($key, 'GET', $key);
    }

    /** Seconds to live: -1 without expiry, -2 when the key does not exist. */
    public function ttl(string $key): int
    {
        return $this->cmd($key, 'TTL', $key);
    }

    public function pttl(string $key): int
    {
        return $this->cmd($key, 'PTTL', $key);
    }

    public function type(string $key): string
    {
        return $this->cmd($key, 'TYPE', $key);
    }

    public function exists(string $key): bool
    {
        return $this->cmd($key, 'EXISTS', $key) === 1;
    }

    /** @return list<string> sorted */
    public function smembers(string $key): array
    {
        $m = $this->cmd($key, 'SMEMBERS', $key);
        sort($m);
        return $m;
    }

    /** @return list<string> */
    public function lrange(string $key): array
    {
        return $this->cmd($key, 'LRANGE', $key, 0, -1);
    }

    /** @return array<string, float> member => score, in score order */
    public function zscores(string $key): array
    {
        $flat = $this->cmd($key, 'ZRANGE', $key, 0, -1, 'WITHSCORES');
        $out = [];
        for ($i = 0; $i + 1 < count($flat); $i += 2) {
            $out[$flat[$i]] = (float)$flat[$i + 1];
        }
        return $out;
    }

    /** @return list<string> every key matching $pattern, over every master, sorted */
    public function keys(string $pattern): array
    {
        $out = [];
        foreach ($this->masters() as $addr) {
            $cursor = '0';
            do {
                [$cursor, $page] = $this->node($addr)->ok('SCAN', $cursor, 'MATCH', $pattern, 'COUNT', 1000);
                array_push($out, ...$page);
            } while ($cursor !== '0');
        }
        $out = array_values(array_unique($out));
        sort($out);
        return $out;
    }

    /** How many keys the database holds, over every master. */
    public function dbsize(): int
    {
        $n = 0;
        foreach ($this->masters() as $addr) {
            $n += $this->node($addr)->ok('DBSIZE');
        }
        return $n;
    }

    public function deleteMatching(string $pattern): void
    {
        foreach ($this->keys($pattern) as $key) {
            $this->cmd($key, 'DEL', $key);
        }
    }

    /** The master holding $key ("host:port"). */
    public function addrOf(string $key): string
    {
        if (!$this->cluster) {
            return $this->addrs[0];
        }
        $slot = (int)$this->any()->ok('CLUSTER', 'KEYSLOT', $key);
        foreach ($this->ranges() as [$lo, $hi, $addr]) {
            if ($slot >= $lo && $slot <= $hi) {
                return $addr;
            }
        }
        throw new \RuntimeException("inspector: slot $slot of '$key' is not covered");
    }

    /** @return list<string> "host:port" of every master (the one server when standalone) */
    public function masters(): array
    {
        if (!$this->cluster) {
            return $this->addrs;
        }
        $out = array_values(array_unique(array_column($this->ranges(), 2)));
        sort($out);
        return $out;
    }

    public function node(string $addr): RespClient
    {
        if (!isset($this->conns[$addr])) {
            $i = strrpos($addr, ':');
            $c = new RespClient(substr($addr, 0, $i), (int)substr($addr, $i + 1), 2.0, 5.0);
            if ($this->db !== 0) {
                $c->ok('SELECT', $this->db);
            }
            $this->conns[$addr] = $c;
        }
        return $this->conns[$addr];
    }

    private function any(): RespClient
    {
        $last = null;
        foreach ($this->addrs as $addr) {
            try {
                return $this->node($addr);
            } catch (\RuntimeException $e) {
                $last = $e;
            }
        }
        throw new \RuntimeException('inspector: no server answers at ' . implode(',', $this->addrs)
            . ' (tests/frameworks/run.sh starts them)' . ($last ? ': ' . $last->getMessage() : ''));
    }

    /** @return list<array{0:int, 1:int, 2:string}> */
    private function ranges(): array
    {
        if ($this->ranges === null) {
            $this->ranges = [];
            foreach ($this->any()->ok('CLUSTER', 'SLOTS') as $r) {
                $host = $r[2][0] === '' ? '127.0.0.1' : $r[2][0];
                $this->ranges[] = [(int)$r[0], (int)$r[1], "$host:{$r[2][1]}"];
            }
        }
        return $this->ranges;
    }
}
