<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * OPT_SLAVE_FAILOVER decides where reads go; writes always go to masters. Where commands
 * ran is read from each node's INFO commandstats, reset before each case.
 */
final class FailoverTest extends ClusterTestCase
{
    private const N = 60;

    /** @return array<string, array{get: int, set: int, master: bool, moved: int}> by address */
    private function stats(): array
    {
        $out = [];
        foreach (self::admin()->nodes() as $n) {
            $cmd = self::admin()->info($n['addr'], 'commandstats');
            $err = self::admin()->info($n['addr'], 'errorstats');
            $calls = fn ($c) => preg_match('/calls=(\d+)/', $cmd["cmdstat_$c"] ?? '', $m) ? (int)$m[1] : 0;
            $out[$n['addr']] = [
                'get' => $calls('get'),
                'set' => $calls('set'),
                'master' => $n['master'],
                'moved' => preg_match('/count=(\d+)/', $err['errorstat_MOVED'] ?? '', $m) ? (int)$m[1] : 0,
            ];
        }
        return $out;
    }

    private function sum(array $stats, string $what, bool $masters): int
    {
        return array_sum(array_map(fn ($s) => $s['master'] === $masters ? $s[$what] : 0, $stats));
    }

    /** Writes N keys, waits for the replicas, reads them back; returns the stats of both. */
    private function writeAndRead(int $mode): array
    {
        $c = $this->client();
        $this->assertTrue($c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, $mode));
        self::admin()->onAll('CONFIG', 'RESETSTAT');
        $keys = $this->keysOnEveryMaster(self::N);
        foreach ($keys as $i => $k) {
            $this->assertTrue($c->set($k, "v$i"));
        }
        foreach ($c->_masters() as $m) {
            $this->assertSame(1, $c->rawcommand($m, 'WAIT', 1, 5000), 'the replica has the writes');
        }
        foreach ($keys as $i => $k) {
            $this->assertSame("v$i", $c->get($k), "read of $k in mode $mode");
        }
        $this->assertSame(array_map(fn ($i) => "v$i", range(0, self::N - 1)), $c->mget($keys));
        $this->assertSame(1, $c->exists($keys[0]));
        $stats = $this->stats();
        $this->assertSame(self::N, $this->sum($stats, 'set', true), 'every write went to a master');
        $this->assertSame(0, $this->sum($stats, 'moved', true) + $this->sum($stats, 'moved', false), 'no command was sent to a node that does not serve it');
        $this->assertSame(self::N, $this->sum($stats, 'get', true) + $this->sum($stats, 'get', false));
        return $stats;
    }

    public function testNoneReadsFromMasters(): void
    {
        $stats = $this->writeAndRead(RedisCluster::FAILOVER_NONE);
        $this->assertSame(self::N, $this->sum($stats, 'get', true));
    }

    public function testErrorReadsFromMastersWhileTheyAreUp(): void
    {
        $stats = $this->writeAndRead(RedisCluster::FAILOVER_ERROR);
        $this->assertSame(self::N, $this->sum($stats, 'get', true));
    }

    public function testDistributeReadsFromMastersAndReplicas(): void
    {
        $stats = $this->writeAndRead(RedisCluster::FAILOVER_DISTRIBUTE);
        $this->assertGreaterThan(0, $this->sum($stats, 'get', false), 'some reads on replicas');
        $this->assertGreaterThan(0, $this->sum($stats, 'get', true), 'some reads on masters');
    }

    public function testDistributeSlavesReadsFromReplicasOnly(): void
    {
        $stats = $this->writeAndRead(RedisCluster::FAILOVER_DISTRIBUTE_SLAVES);
        $this->assertSame(self::N, $this->sum($stats, 'get', false));
        $this->assertSame(0, $this->sum($stats, 'get', true));
    }

    public function testDistributeSlavesWritesOfEveryKind(): void
    {
        $this->c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, RedisCluster::FAILOVER_DISTRIBUTE_SLAVES);
        $k = $this->key();
        $this->assertSame(1, $this->c->incr($k));
        $this->assertSame(1, $this->c->rpush($this->key('l'), 'a'));
        $this->assertSame(1, $this->c->hset($this->key('h'), 'f', 'v'));
        $this->assertTrue($this->c->mset([$this->key('a') => 1, $this->key('b') => 2]));
        $this->assertSame(2, $this->c->del($this->key('a'), $this->key('b')));
        $this->assertSame('1', $this->serverGet($k));
    }
}
