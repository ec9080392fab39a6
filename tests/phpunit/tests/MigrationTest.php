<?php

namespace RedisClusterTests;

use RedisClusterTestLib\RespError;

/**
 * A slot holding keys moves to another master while the client under test keeps using it:
 * it must follow ASK while the slot migrates, MOVED once it has moved, and report both in
 * _redir(). The moves are made through plain RESP connections, never through the client.
 * The slot goes back to its owner afterwards, whatever happened.
 */
final class MigrationTest extends ClusterTestCase
{
    private int $slot;
    private array $from;
    private array $to;

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
            self::admin()->restoreSlot($this->slot, $this->from);
        } finally {
            parent::tearDown();
        }
    }

    /** What node $addr holds for $key, asking as an importing node requires. */
    private function onNode(array $node, string $key): mixed
    {
        $conn = self::admin()->node($node['addr']);
        $conn->ok('ASKING');
        $r = $conn->call('GET', $key);
        return $r instanceof RespError ? 'error: ' . $r->message : $r;
    }

    private function has(array $node, string $key): bool
    {
        $conn = self::admin()->node($node['addr']);
        $conn->ok('ASKING');
        return $conn->call('EXISTS', $key) === 1;
    }

    public function testAskThenMoved(): void
    {
        $c = $this->c;
        $k1 = $this->tagged('1');
        $k2 = $this->tagged('2');
        $k3 = $this->tagged('3');
        $this->assertTrue($c->set($k1, 'one'));
        $this->assertTrue($c->set($k2, 'two'));
        $this->assertTrue($c->hset($this->tagged('h'), 'f', 'v') === 1);
        $this->assertNull($c->_redir(), 'no redirect yet');

        // The slot migrates: k1 has moved, k2 and the hash have not.
        self::admin()->beginMigration($this->slot, $this->from, $this->to);
        self::admin()->moveKeys($this->slot, $this->from, $this->to, [$k1]);
        $this->assertTrue($this->has($this->to, $k1));
        $this->assertFalse($this->has($this->from, $k1));

        $this->assertSame('one', $c->get($k1), 'read through ASK');
        $this->assertSame($this->to['addr'], $c->_redir());
        $this->assertSame('two', $c->get($k2), 'a key not yet moved is read from the source');
        $this->assertSame('v', $c->hget($this->tagged('h'), 'f'));
        $this->assertTrue($c->set($k1, 'one-b'), 'write through ASK');
        $this->assertSame('one-b', $this->onNode($this->to, $k1));
        $this->assertTrue($c->set($k3, 'three'), 'a new key of a migrating slot is made on the target');
        $this->assertSame('three', $this->onNode($this->to, $k3));
        $this->assertFalse($this->has($this->from, $k3));
        $this->assertSame(2, $c->incr($this->tagged('n'), 2));
        $this->assertSame(3, $c->incr($this->tagged('n')));
        $this->assertSame($this->to['addr'], $c->_redir());

        // The slot has moved: the client's map is stale, every node answers MOVED.
        self::admin()->moveKeys($this->slot, $this->from, $this->to);
        self::admin()->endMigration($this->slot, $this->from, $this->to);
        $this->assertSame('two', $c->get($k2), 'read through MOVED');
        $this->assertSame($this->to['addr'], $c->_redir());
        $this->assertTrue($c->set($k2, 'two-b'), 'write after MOVED');
        $this->assertSame('two-b', $this->onNode($this->to, $k2));
        $this->assertFalse($this->has($this->from, $k2));
        $this->assertSame(['one-b', 'two-b', 'three'], $c->mget([$k1, $k2, $k3]));
        $this->assertSame(4, $c->incr($this->tagged('n')));
        $this->assertSame(1, $c->del($k3));

        // Back to the original owner: MOVED the other way.
        self::admin()->moveSlot($this->slot, $this->to, $this->from);
        self::admin()->waitAgreement();
        $this->assertSame('one-b', $c->get($k1), 'read through MOVED back');
        $this->assertSame($this->from['addr'], $c->_redir());
        $this->assertTrue($c->set($k1, 'one-c'));
        $this->assertSame('one-c', $this->onNode($this->from, $k1));
        $this->assertSame('v', $c->hget($this->tagged('h'), 'f'));
    }

    public function testRedirAfterMoved(): void
    {
        $k = $this->tagged();
        $this->assertTrue($this->c->set($k, 'v'));
        $this->assertNull($this->c->_redir());
        self::admin()->moveSlot($this->slot, $this->from, $this->to);
        $this->assertSame('v', $this->c->get($k));
        $this->assertSame($this->to['addr'], $this->c->_redir(), '"host:port" of the MOVED target');
        $this->assertSame('v', $this->c->get($k));
        $this->assertSame($this->to['addr'], $this->c->_redir(), 'the last redirect stays until the next one');
        $this->assertSame('v', $this->client()->get($k), 'a new client finds the key at once');
    }

    public function testNewClientDuringMigration(): void
    {
        $k1 = $this->tagged('1');
        $k2 = $this->tagged('2');
        $this->c->set($k1, 'one');
        $this->c->set($k2, 'two');
        self::admin()->beginMigration($this->slot, $this->from, $this->to);
        self::admin()->moveKeys($this->slot, $this->from, $this->to, [$k2]);
        $c = $this->client();
        $this->assertSame('one', $c->get($k1));
        $this->assertSame('two', $c->get($k2));
        $this->assertSame($this->to['addr'], $c->_redir());
        $this->assertTrue($c->set($k2, 'two-b'));
        $this->assertSame('two-b', $this->onNode($this->to, $k2));
    }

    /**
     * Sharded pub/sub (not in phpredis) while the channel's slot moves: Redis ends the
     * shard subscription on the old owner (an unasked sunsubscribe), and the subscription
     * follows the slot to its new owner, where later messages arrive.
     */
    public function testShardSubscriptionFollowsTheSlot(): void
    {
        if (self::isPhpredis()) {
            $this->assertFalse(method_exists(\RedisCluster::class, 'ssubscribe'), 'sharded pub/sub is not in phpredis 5.3.7');
            return;
        }
        $ch = $this->tagged('ch');
        [$host, $port] = ClusterAdmin::split(self::seeds()[0]);
        /* The second message comes once the slot has moved: redis-cli -c follows MOVED too. */
        $script = sprintf('sleep 0.3; redis-cli -c -h %1$s -p %2$d spublish %3$s before >/dev/null; sleep 2.5; '
            . 'redis-cli -c -h %1$s -p %2$d spublish %3$s after >/dev/null', escapeshellarg($host), $port, escapeshellarg($ch));
        $publisher = proc_open(['sh', '-c', $script], [], $pipes);
        $c = $this->client(2.0, 5.0);
        $got = [];
        try {
            $r = $c->ssubscribe([$ch], function ($redis, $channel, $message) use (&$got, $ch) {
                $got[] = $message;
                if ($message === 'before') {
                    self::admin()->moveSlot($this->slot, $this->from, $this->to);
                } else {
                    $redis->sunsubscribe([$ch]);
                }
            });
        } finally {
            proc_close($publisher);
        }
        $this->assertTrue($r);
        $this->assertSame(['before', 'after'], $got);
        $this->assertSame($this->to['id'], self::admin()->owner($this->slot)['id']);
    }
}
