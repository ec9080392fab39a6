<?php

namespace RedisTests;

use Redis;

/**
 * subscribe / psubscribe / ssubscribe with callbacks; messages published from other
 * connections (another Redis object inside the callback, redis-cli in the background);
 * unsubscribing from the callback; publish, pubsub.
 */
final class PubSubTest extends RedisTestCase
{
    /** redis-cli $args against the master after $delay seconds, in the background. */
    private static function later(float $delay, string ...$args): void
    {
        $cmd = 'redis-cli -h 127.0.0.1 -p ' . Servers::master() . ' ' . implode(' ', array_map('escapeshellarg', $args));
        exec(sprintf('(sleep %.2f; %s) >/dev/null 2>&1 &', $delay, $cmd));
    }

    /**
     * Runs $subscribe (which calls a subscribe method on $r); returns what it returned or
     * threw, and the seconds it took.
     */
    private static function loop(callable $subscribe): array
    {
        $t = microtime(true);
        try {
            $ret = $subscribe();
        } catch (\RedisException $e) {
            $ret = $e;
        }
        return [$ret, microtime(true) - $t];
    }

    /**
     * The subscribe loop after the callback unsubscribed from everything: phpredis 5.3.7
     * reads on until the read timeout and throws; this module returns true at once.
     */
    private function assertLoopEnded(mixed $ret, float $took, float $readTimeout): void
    {
        if (self::isPhpredis5()) {
            $this->assertInstanceOf(\RedisException::class, $ret);
            $this->assertStringStartsWith('read error on connection', $ret->getMessage());
            $this->assertGreaterThan($readTimeout - 0.1, $took);
            return;
        }
        $this->assertTrue($ret);
        $this->assertLessThan($readTimeout, $took, 'no wait for the read timeout');
    }

    public function testSubscribe(): void
    {
        [$c1, $c2] = [$this->key('ch1'), $this->key('ch2')];
        $r = $this->client(1.0, 1.5);
        $pub = $this->client();
        self::later(0.2, 'PUBLISH', $c1, 'hello');
        $got = [];
        [$ret, $took] = self::loop(function () use (&$got, $r, $pub, $c1, $c2) {
            return $r->subscribe([$c1, $c2], function ($redis, $chan, $msg) use (&$got, $pub, $r, $c2) {
                $this->assertSame($r, $redis, 'the callback gets the subscribed object');
                $got[] = [$chan, $msg];
                if ($msg === 'hello') {
                    $got[] = ['published', $pub->publish($c2, 'second')];
                    return;
                }
                $got[] = ['unsubscribe', $redis->unsubscribe([$chan, $this->key('ch1')])];
            });
        });
        $this->assertSame([[$c1, 'hello'], ['published', 1], [$c2, 'second'], ['unsubscribe', [$c2 => true, $c1 => true]]], $got);
        $this->assertLoopEnded($ret, $took, 1.5);
        $this->assertSame('after', $r->echo('after'), 'the object works as before');
        $this->assertSame(0, $this->serverCall('PUBSUB', 'NUMSUB', $c1)[1], 'no subscription left on the server');
    }

    public function testPsubscribe(): void
    {
        $pattern = $this->key('news.*');
        $r = $this->client(1.0, 1.5);
        self::later(0.2, 'PUBLISH', $this->key('news.a'), 'pm');
        $got = [];
        [$ret, $took] = self::loop(function () use (&$got, $r, $pattern) {
            return $r->psubscribe([$pattern], function ($redis, $pat, $chan, $msg) use (&$got) {
            $got[] = [$pat, $chan, $msg];
                $got[] = ['punsubscribe', $redis->punsubscribe([$pat])];
            });
        });
        $this->assertSame([[$pattern, $this->key('news.a'), 'pm'], ['punsubscribe', [$pattern => true]]], $got);
        $this->assertLoopEnded($ret, $took, 1.5);
        $this->assertSame(0, $this->serverCall('PUBSUB', 'NUMPAT'));
    }

    /** Without unsubscribing, the loop ends at the read timeout: an exception (phpredis 5.3.7) or false. */
    public function testReadTimeoutEndsTheLoop(): void
    {
        $r = $this->client(1.0, 0.5);
        [$ret, $took] = self::loop(fn () => $r->subscribe([$this->key('quiet')], fn () => null));
        if ($ret instanceof \RedisException) {
            $this->assertStringStartsWith('read error on connection', $ret->getMessage());
        } else {
            $this->assertFalse($ret);
        }
        $this->assertGreaterThan(0.4, $took);
        $this->assertLessThan(2.0, $took);
    }

    public function testSsubscribe(): void
    {
        if ($this->onlyInPhpredis6('ssubscribe')) {
            return;
        }
        $ch = $this->key('sch');
        $r = $this->client(1.0, 1.5);
        self::later(0.2, 'SPUBLISH', $ch, 'sharded');
        $got = [];
        [$ret, $took] = self::loop(function () use (&$got, $r, $ch) {
            return $r->ssubscribe([$ch], function ($redis, $chan, $msg) use (&$got) {
            $got[] = [$chan, $msg];
                $got[] = ['sunsubscribe', $redis->sunsubscribe([$chan])];
            });
        });
        $this->assertSame([[$ch, 'sharded'], ['sunsubscribe', [$ch => true]]], $got);
        $this->assertTrue($ret);
        $this->assertLessThan(1.5, $took);
    }

    public function testPublishAndPubsub(): void
    {
        $this->assertSame(0, $this->r->publish($this->key('nobody'), 'm'));
        $ch = $this->key('listened');
        $sub = new \RedisClusterTestLib\RespClient('127.0.0.1', Servers::master());
        $sub->send('SUBSCRIBE', $ch);
        $this->assertSame(['subscribe', $ch, 1], $sub->read());
        $this->assertSame(1, $this->r->publish($ch, 'to-one'));
        $this->assertSame(['message', $ch, 'to-one'], $sub->read());
        $this->assertSame([$ch], $this->r->pubsub('channels', "$this->uniq:*"));
        $this->assertContains($ch, $this->r->pubsub('channels'));
        $this->assertSame([$ch => 1, $this->key('x') => 0], $this->r->pubsub('numsub', [$ch, $this->key('x')]));
        $this->assertSame(0, $this->r->pubsub('numpat'));
        [$r, $warnings] = $this->quietly(fn () => $this->r->pubsub('bogus'));
        $this->assertFalse($r);
        $sub->close();
    }
}
