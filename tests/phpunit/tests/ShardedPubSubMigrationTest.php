<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * Sharded pub/sub (not in phpredis) while the channel's slot moves to another master:
 * Redis ends the shard subscription on the old owner (an unasked sunsubscribe), and the
 * subscription follows the slot to its new owner, where later messages arrive. The move
 * is made through plain RESP connections; the slot goes back to its owner afterwards.
 */
final class ShardedPubSubMigrationTest extends ClusterTestCase
{
    private int $slot;
    private array $from;
    private array $to;
    /** @var list<resource> */
    private array $publishers = [];

    protected function setUp(): void
    {
        self::admin()->waitAgreement();
        parent::setUp();
        $this->slot = self::admin()->slot($this->tagged());
        $this->from = self::admin()->owner($this->slot);
        $others = array_values(array_filter(self::admin()->masters(), fn ($m) => $m['id'] !== $this->from['id']));
        $this->to = $others[0];
    }

    protected function tearDown(): void
    {
        try {
            foreach ($this->publishers as $p) {
                proc_close($p);
            }
            self::admin()->restoreSlot($this->slot, $this->from);
        } finally {
            parent::tearDown();
        }
    }

    public function testSubscriptionFollowsTheSlot(): void
    {
        if (self::isPhpredis()) {
            $this->assertFalse(method_exists(RedisCluster::class, 'ssubscribe'), 'sharded pub/sub is not in phpredis 5.3.7');
            return;
        }
        $ch = $this->tagged('ch');
        [$host, $port] = ClusterAdmin::split(self::seeds()[0]);
        /* The second message comes once the slot has moved: redis-cli -c follows MOVED too. */
        $script = sprintf('sleep 0.3; redis-cli -c -h %1$s -p %2$d spublish %3$s before >/dev/null; sleep 2.5; '
            . 'redis-cli -c -h %1$s -p %2$d spublish %3$s after >/dev/null', escapeshellarg($host), $port, escapeshellarg($ch));
        $this->publishers[] = proc_open(['sh', '-c', $script], [], $pipes);
        $c = $this->client(2.0, 5.0);
        $got = [];
        $r = $c->ssubscribe([$ch], function ($redis, $channel, $message) use (&$got, $ch) {
            $got[] = $message;
            if ($message === 'before') {
                self::admin()->moveSlot($this->slot, $this->from, $this->to);
            } else {
                $redis->sunsubscribe([$ch]);
            }
        });
        $this->assertTrue($r);
        $this->assertSame(['before', 'after'], $got);
        $this->assertSame($this->to['id'], self::admin()->owner($this->slot)['id']);
    }
}
