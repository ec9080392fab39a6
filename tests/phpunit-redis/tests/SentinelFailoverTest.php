<?php

namespace RedisTests;

use RedisSentinel;

/**
 * RedisSentinel::failover(): the replica is promoted, then the roles are swapped back by a
 * second failover, so that the other tests find the setup as scripts/standalone.sh made it.
 * When that cannot be done in time, the setup is restarted.
 */
final class SentinelFailoverTest extends RedisTestCase
{
    private static function sentinel(): RedisSentinel
    {
        $port = Servers::sentinels()[0];
        return self::isPhpredis5() ? new RedisSentinel('127.0.0.1', $port, 1.0)
            : new RedisSentinel(['host' => '127.0.0.1', 'port' => $port, 'connectTimeout' => 1.0]);
    }

    /**
     * Asks for a failover until the sentinel accepts it: right after a failover it refuses
     * (false, or -NOGOODSLAVE / -INPROG thrown) until the demoted master is a good replica.
     */
    private function failoverUntilAccepted(float $seconds = 30.0): void
    {
        $deadline = microtime(true) + $seconds;
        for (;;) {
            try {
                if (self::sentinel()->failover('mymaster') === true) {
                    $this->assertTrue(true);
                    return;
                }
                $why = 'false';
            } catch (\RedisException $e) {
                $this->assertMatchesRegularExpression('/^(NOGOODSLAVE|INPROG)/', $e->getMessage());
                $why = $e->getMessage();
            }
            $this->assertLessThan($deadline, microtime(true), "SENTINEL FAILOVER still refused: $why");
            usleep(300000);
        }
    }

    /** Waits until the sentinel says $port is the master. */
    private function waitMaster(int $port, float $seconds = 30.0): void
    {
        $deadline = microtime(true) + $seconds;
        while (self::sentinel()->getMasterAddrByName('mymaster') !== ['127.0.0.1', (string)$port]) {
            $this->assertLessThan($deadline, microtime(true), "the sentinel does not name $port the master");
            usleep(100000);
        }
    }

    public function testFailoverAndBack(): void
    {
        $this->assertFalse(self::sentinel()->failover('nope'), 'an unknown master');
        $this->failoverUntilAccepted();
        $this->waitMaster(Servers::replica());
        Servers::forget(Servers::master());
        Servers::forget(Servers::replica());
        $promoted = $this->client(2.0, 2.0, Servers::replica());
        $this->assertSame('master', $promoted->role()[0], 'the replica was promoted');
        $this->assertTrue($promoted->set($this->key(), 'written on the new master'));

        $this->failoverUntilAccepted();
        $this->waitMaster(Servers::master());
    }

    protected function tearDown(): void
    {
        Servers::forget(Servers::master());
        Servers::forget(Servers::replica());
        try {
            Servers::waitSetupHealthy(30.0);
        } catch (\RuntimeException $e) {
            // The roles could not be swapped back: start the setup again.
            exec('bash ' . escapeshellarg(dirname(__DIR__, 3) . '/scripts/standalone.sh') . ' start 2>&1', $out, $rc);
            $this->assertSame(0, $rc, implode("\n", $out));
            Servers::forget(Servers::master());
            Servers::forget(Servers::replica());
            Servers::forget(Servers::second());
            Servers::forget(Servers::locked());
        }
        parent::tearDown();
    }
}
