<?php

namespace RedisClusterTests;

use RedisCluster;
use RedisClusterException;

/**
 * subscribe, psubscribe, unsubscribe, punsubscribe, publish, pubsub (checked against
 * Debian's phpredis 5.3.7), and the sharded pub/sub of Redis 7 (ssubscribe, sunsubscribe,
 * spublish: not in phpredis, checked against the Redis documentation's replies).
 *
 * Messages come from redis-cli processes started before the loop, each waiting a little
 * first: the loop under test is the only client of the object.
 */
final class PubSubTest extends ClusterTestCase
{
    /** @var list<resource> */
    private array $publishers = [];

    protected function tearDown(): void
    {
        foreach ($this->publishers as $p) {
            proc_close($p);
        }
        parent::tearDown();
    }

    /** Publishes $messages on $channel after $delay seconds, from another process. */
    private function publishLater(float $delay, string $command, string $channel, string ...$messages): void
    {
        [$host, $port] = ClusterAdmin::split(self::seeds()[0]);
        $script = sprintf('sleep %.2f', $delay);
        foreach ($messages as $m) {
            $script .= sprintf('; redis-cli -c -h %s -p %d %s %s %s >/dev/null', escapeshellarg($host), $port, $command,
                escapeshellarg($channel), escapeshellarg($m));
        }
        $p = proc_open(['sh', '-c', $script], [], $pipes);
        $this->assertIsResource($p);
        $this->publishers[] = $p;
    }

    private function has(string $method): bool
    {
        if (self::isPhpredis() && !method_exists(RedisCluster::class, $method)) {
            $this->assertStringStartsWith('5.', phpversion('redis'), "$method() is missing only from phpredis 5.x");
            return false;
        }
        return true;
    }

    /** The loop ends on the read timeout: false, as phpredis returns. */
    public function testSubscribeDeliversThenTimesOut(): void
    {
        $ch = $this->key('ch');
        $c = $this->client(2.0, 1.0);
        $got = [];
        $this->publishLater(0.3, 'publish', $ch, 'one', 'two');
        $t = microtime(true);
        $r = $c->subscribe([$ch], function ($redis, $channel, $message) use (&$got, $c) {
            $this->assertSame($c, $redis);
            $got[] = [$channel, $message];
        });
        $took = microtime(true) - $t;
        $this->assertFalse($r);
        $this->assertSame([[$ch, 'one'], [$ch, 'two']], $got);
        $this->assertGreaterThanOrEqual(1.0, $took);
        $this->assertLessThan(4.0, $took);
        if (!self::isPhpredis()) {
            /* phpredis 5.3.7 keeps the timed-out subscribed socket: a command that goes to
             * that node next fails. */
            $this->assertTrue($c->set($this->key(), 'after'), 'the object works after the loop');
        }
    }

    public function testPsubscribe(): void
    {
        $c = $this->client(2.0, 1.0);
        $got = [];
        $this->publishLater(0.3, 'publish', $this->key('news'), 'hello');
        $r = $c->psubscribe(["$this->uniq:n*"], function ($redis, $pattern, $channel, $message) use (&$got) {
            $got[] = [$pattern, $channel, $message];
        });
        $this->assertFalse($r);
        $this->assertSame([["$this->uniq:n*", $this->key('news'), 'hello']], $got);
    }

    /**
     * unsubscribe() from the callback: [channel => bool]; once nothing is subscribed this
     * module ends the loop at once (true), where phpredis 5.3.7 reads on until the read
     * timeout (false) and reports the channel as false.
     */
    public function testUnsubscribeFromTheCallback(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $c = $this->client(2.0, 1.0);
        $results = [];
        $this->publishLater(0.3, 'publish', $a, 'stop');
        $t = microtime(true);
        $r = $c->subscribe([$a, $b], function ($redis, $channel) use (&$results, $a, $b) {
            $results[] = $redis->unsubscribe([$a]);
            $results[] = $redis->unsubscribe([$b]);
        });
        $took = microtime(true) - $t;
        if (self::isPhpredis()) {
            $this->assertFalse($r);
            $this->assertSame([[$a => true], [$b => false]], $results);
            return;
        }
        $this->assertTrue($r, 'nothing subscribed: the loop is over');
        $this->assertSame([[$a => true], [$b => true]], $results);
        $this->assertLessThan(0.9, $took, 'no read timeout waited');
    }

    public function testPunsubscribeFromTheCallback(): void
    {
        $c = $this->client(2.0, 1.0);
        $result = null;
        $this->publishLater(0.3, 'publish', $this->key('x'), 'stop');
        $r = $c->psubscribe(["$this->uniq:*"], function ($redis) use (&$result) {
            /* phpredis 5.3.7 takes an array only; 6.x takes strings; this module both. */
            $result = $redis->punsubscribe(["$this->uniq:*"]);
        });
        $this->assertIsArray($result);
        $this->assertSame(["$this->uniq:*"], array_keys($result));
        $this->assertSame(!self::isPhpredis(), $r);
        if (!self::isPhpredis()) {
            $this->publishLater(0.3, 'publish', $this->key('y'), 'stop');
            $c->psubscribe(["$this->uniq:*", "$this->uniq:z*"], function ($redis) use (&$result) {
                $result = $redis->punsubscribe("$this->uniq:*", "$this->uniq:z*");
            });
            $this->assertSame(["$this->uniq:*" => true, "$this->uniq:z*" => true], $result);
        }
    }

    public function testUnsubscribeOutsideALoop(): void
    {
        [$r, $warnings] = $this->quietly(fn () => $this->c->unsubscribe([$this->key()]));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::unsubscribe(): You can't unsubscribe outside of a subscribe loop"], $warnings);
    }

    /** Commands from the callback run on the object's other connections (this module). */
    public function testCommandsFromTheCallback(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'phpredis sends them on the subscribed socket');
            return;
        }
        $ch = $this->key('ch');
        $k = $this->key();
        $c = $this->client(2.0, 1.0);
        $this->publishLater(0.3, 'publish', $ch, 'first');
        $seen = [];
        $c->subscribe([$ch], function ($redis, $channel, $message) use (&$seen, $k, $ch) {
            $redis->set($k, $message);
            $seen[] = $redis->get($k);
            if ($message === 'first') {
                $this->assertSame(1, $redis->publish($ch, 'second'), 'published to ourselves');
            } else {
                $redis->unsubscribe([$ch]);
            }
        });
        $this->assertSame(['first', 'second'], $seen);
    }

    /** close() from the callback ends the subscription at once: false; the object reconnects. */
    public function testCloseFromTheCallback(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'));
            return;
        }
        $ch = $this->key('ch');
        $c = $this->client(2.0, 5.0);
        $this->publishLater(0.3, 'publish', $ch, 'one', 'two');
        $got = 0;
        $t = microtime(true);
        $r = $c->subscribe([$ch], function ($redis) use (&$got) {
            $got++;
            $this->assertTrue($redis->close());
        });
        $this->assertFalse($r);
        $this->assertSame(1, $got);
        $this->assertLessThan(3.0, microtime(true) - $t, 'no read timeout waited');
        $this->assertTrue($c->set($this->key(), 'v'));
    }

    /** A nested subscribe() and an exception from the callback: clean exceptions. */
    public function testNestedSubscribeAndThrowingCallback(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'));
            return;
        }
        $ch = $this->key('ch');
        $c = $this->client(2.0, 5.0);
        $this->publishLater(0.3, 'publish', $ch, 'one');
        try {
            $c->subscribe([$ch], function ($redis) use ($ch) {
                $redis->subscribe([$ch], fn () => null);
            });
            $this->fail('no exception');
        } catch (RedisClusterException $e) {
            $this->assertStringContainsString('subscribe loop', $e->getMessage());
        }
        $this->publishLater(0.3, 'publish', $ch, 'two');
        try {
            $c->subscribe([$ch], function () {
                throw new \DomainException('from the callback');
            });
            $this->fail('no exception');
        } catch (\DomainException $e) {
            $this->assertSame('from the callback', $e->getMessage());
        }
        $this->assertTrue($c->set($this->key(), 'v'), 'the subscription is over, the object works');
    }

    public function testPublishAndPubsub(): void
    {
        $ch = $this->key('ch');
        $this->assertSame(0, $this->c->publish($ch, 'nobody listens'));
        $this->assertSame([], $this->c->pubsub($ch, 'channels', "$this->uniq*"));
        $this->assertSame([$ch, 0], $this->c->pubsub($ch, 'numsub', $ch));
        $this->assertIsInt($this->c->pubsub($this->c->_masters()[0], 'numpat'));
    }

    /** Redis 7's sharded pub/sub: routed by the channel's slot. */
    public function testShardedPubSub(): void
    {
        if (!$this->has('ssubscribe')) {
            return;
        }
        $ch = $this->key('shard');
        $this->assertSame(0, $this->c->spublish($ch, 'nobody'));
        $c = $this->client(2.0, 1.0);
        $got = [];
        $this->publishLater(0.3, 'spublish', $ch, 'one', 'stop');
        $r = $c->ssubscribe([$ch], function ($redis, $channel, $message) use (&$got, $ch) {
            $got[] = [$channel, $message];
            if ($message === 'stop') {
                $this->assertSame([$ch => true], $redis->sunsubscribe([$ch]));
            } else {
                $this->assertSame([$ch], $redis->pubsub($ch, 'shardchannels', "$this->uniq*"));
                $this->assertSame([$ch, 1], $redis->pubsub($ch, 'shardnumsub', $ch));
            }
        });
        $this->assertTrue($r);
        $this->assertSame([[$ch, 'one'], [$ch, 'stop']], $got);
    }

    /** SSUBSCRIBE with channels of several slots: the server's CROSSSLOT, false. */
    public function testShardedCrossSlot(): void
    {
        if (!$this->has('ssubscribe')) {
            return;
        }
        $this->assertFalse($this->c->ssubscribe([$this->key('a'), $this->key('b')], fn () => null));
        $this->assertStringStartsWith('CROSSSLOT', $this->c->getLastError());
    }

    /** OPT_READ_TIMEOUT -1 is phpredis's "wait for messages for ever". */
    public function testReadTimeoutMinusOne(): void
    {
        $c = $this->client(2.0, 1.0);
        $this->assertTrue($c->setOption(RedisCluster::OPT_READ_TIMEOUT, -1));
        $this->assertSame(-1.0, $c->getOption(RedisCluster::OPT_READ_TIMEOUT));
        if (self::isPhpredis()) {
            return;
        }
        $ch = $this->key('ch');
        $this->publishLater(1.5, 'publish', $ch, 'late');
        $got = null;
        $r = $c->subscribe([$ch], function ($redis, $channel, $message) use (&$got, $ch) {
            $got = $message;
            $redis->unsubscribe([$ch]);
        });
        $this->assertTrue($r);
        $this->assertSame('late', $got, 'a message later than the old read timeout still came');
        $this->assertTrue($c->set($this->key(), 'v'));
    }
}
