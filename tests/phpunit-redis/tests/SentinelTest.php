<?php

namespace RedisTests;

use RedisSentinel;

/**
 * RedisSentinel against the three sentinels of scripts/standalone.sh watching "mymaster"
 * (the master, its replica). The failover is in SentinelFailoverTest.
 */
final class SentinelTest extends RedisTestCase
{
    /**
     * A RedisSentinel on sentinel $i: phpredis 5.3.7's positional constructor, or the
     * options array that the reference (phpredis 6.1) declares.
     */
    private static function sentinel(int $i = 0, array $more = []): RedisSentinel
    {
        $port = Servers::sentinels()[$i];
        if (self::isPhpredis5()) {
            return new RedisSentinel('127.0.0.1', $port, $more['connectTimeout'] ?? 1.0, $more['persistent'] ?? null, 0,
                $more['readTimeout'] ?? 0);
        }
        return new RedisSentinel(['host' => '127.0.0.1', 'port' => $port, 'connectTimeout' => 1.0] + $more);
    }

    public function testConstructor(): void
    {
        $this->assertTrue(self::sentinel()->ping());
        $this->assertTrue(self::sentinel(1, ['persistent' => "$this->uniq-sentinel"])->ping());
        $this->assertTrue(self::sentinel(2, ['readTimeout' => 2.0])->ping());
        // The connection is made on first use: a dead port fails there.
        $dead = self::isPhpredis5() ? new RedisSentinel('127.0.0.1', Servers::base() + 99, 0.5)
            : new RedisSentinel(['host' => '127.0.0.1', 'port' => Servers::base() + 99, 'connectTimeout' => 0.5]);
        $e = $this->assertThrows(fn () => $dead->ping());
        $this->assertSame('Redis server 127.0.0.1:' . (Servers::base() + 99) . ' went away', $e->getMessage());
        if (self::isPhpredis5()) {
            $this->assertThrows(fn () => new RedisSentinel(['host' => '127.0.0.1']), \TypeError::class);
            $e = $this->assertThrows(fn () => new RedisSentinel('127.0.0.1', Servers::sentinels()[0], -1));
            $this->assertSame('Invalid connect timeout', $e->getMessage());
            return;
        }
        // This module also takes phpredis 5's positional form (docs/api-differences.md).
        $this->assertTrue((new RedisSentinel('127.0.0.1', Servers::sentinels()[0]))->ping());
        foreach ([['host' => 5], ['port' => 'x'], ['connectTimeout' => -1]] as $bad) {
            try {
                new RedisSentinel($bad + ['host' => '127.0.0.1']);
                $this->fail('accepted ' . json_encode($bad));
            } catch (\RedisException | \ValueError | \TypeError $e) {
                $this->assertMatchesRegularExpression('/Invalid|must be/', $e->getMessage());
            }
        }
    }

    public function testMasterAddress(): void
    {
        $s = self::sentinel();
        $this->assertSame(['127.0.0.1', (string)Servers::master()], $s->getMasterAddrByName('mymaster'), 'the port as a string');
        $this->assertSame([], $s->getMasterAddrByName('nope'), 'an unknown master: an empty array');
    }

    public function testMastersAndMaster(): void
    {
        $s = self::sentinel();
        $masters = $s->masters();
        $this->assertCount(1, $masters);
        $m = $s->master('mymaster');
        $this->assertSame($masters[0]['runid'], $m['runid']);
        $this->assertSame(['mymaster', '127.0.0.1', (string)Servers::master(), 'master', '1', '2', '2'],
            [$m['name'], $m['ip'], $m['port'], $m['flags'], $m['num-slaves'], $m['num-other-sentinels'], $m['quorum']],
            'every field a string, as the sentinel sends it');
        $this->assertSame(Servers::admin()->call('INFO', 'server') !== null ? $m['runid'] : '', $m['runid']);
        $this->assertMatchesRegularExpression('/run_id:' . $m['runid'] . '/', (string)Servers::admin()->call('INFO', 'server'));
        $this->assertFalse($s->master('nope'));
    }

    public function testSlavesAndSentinels(): void
    {
        $s = self::sentinel();
        $replicas = $s->slaves('mymaster');
        $this->assertCount(1, $replicas);
        $this->assertSame(['127.0.0.1:' . Servers::replica(), '127.0.0.1', (string)Servers::replica(), 'slave', 'ok'],
            [$replicas[0]['name'], $replicas[0]['ip'], $replicas[0]['port'], $replicas[0]['flags'], $replicas[0]['master-link-status']]);
        $others = array_map(fn ($x) => [$x['ip'], $x['port'], $x['flags']], $s->sentinels('mymaster'));
        sort($others);
        $this->assertSame([['127.0.0.1', (string)Servers::sentinels()[1], 'sentinel'], ['127.0.0.1', (string)Servers::sentinels()[2], 'sentinel']],
            $others, 'the other two sentinels');
        $this->assertFalse($s->slaves('nope'));
        $this->assertFalse($s->sentinels('nope'));
    }

    public function testCkquorumFlushconfigPing(): void
    {
        $s = self::sentinel();
        $this->assertTrue($s->ckquorum('mymaster'));
        $this->assertFalse($s->ckquorum('nope'));
        $this->assertTrue($s->flushconfig());
        $this->assertTrue($s->ping());
    }

    public function testMyid(): void
    {
        if ($this->onlyInPhpredis6('myid', RedisSentinel::class)) {
            return;
        }
        $ids = [];
        foreach ([0, 1, 2] as $i) {
            $ids[] = self::sentinel($i)->myid();
            $this->assertMatchesRegularExpression('/^[0-9a-f]{40}$/', $ids[$i]);
        }
        $this->assertCount(3, array_unique($ids));
        $c = new \RedisClusterTestLib\RespClient('127.0.0.1', Servers::sentinels()[0]);
        $this->assertSame($ids[0], $c->ok('SENTINEL', 'MYID'));
    }

    /**
     * RESET: the sentinel forgets the master's replicas and sentinels, and finds them again.
     * Its reply is the number of masters reset: phpredis 5.3.7 reads the integer as a
     * status and returns false for it.
     */
    public function testReset(): void
    {
        $s = self::sentinel(2);
        $this->assertFalse($s->reset('nomatch*'), 'no master matched: 0');
        $r = $s->reset('mymaster');
        $this->assertSame(self::isPhpredis5() ? false : true, $r);
        Servers::waitSetupHealthy();
    }
}
