<?php

namespace RedisClusterTests;

use RedisCluster;
use RedisClusterException;

/**
 * pipeline() on the live cluster (not in phpredis's RedisCluster, which has no pipelines:
 * against phpredis these tests only check that the method is missing). Every reply inside
 * a pipeline is what the same call returns outside one.
 */
final class PipelineTest extends ClusterTestCase
{
    /** Calls covering the reply shapes, over keys on every master. */
    private function calls(): array
    {
        $s = $this->key('s');
        $h = $this->key('h');
        $l = $this->key('l');
        $z = $this->key('z');
        $t = $this->key('t');
        return [
            ['set', [$s, 'v']], ['get', [$s]], ['get', [$this->key('missing')]], ['append', [$s, 'w']],
            ['incr', [$this->key('n')]], ['incrbyfloat', [$this->key('f'), 1.5]], ['setex', [$t, 100, 'x']],
            ['ttl', [$t]], ['type', [$s]], ['exists', [$s, $t, $this->key('nope')]],
            ['hset', [$h, 'a', '1']], ['hmset', [$h, ['b' => '2', 'c' => '3']]], ['hgetall', [$h]],
            ['hmget', [$h, ['a', 'zz', 'c']]], ['hincrbyfloat', [$h, 'a', 0.5]], ['hkeys', [$h]],
            ['rpush', [$l, 'x', 'y', 'z']], ['lrange', [$l, 0, -1]], ['lpop', [$l]], ['llen', [$l]],
            ['zadd', [$z, 1, 'one', 2, 'two']], ['zrange', [$z, 0, -1, true]], ['zscore', [$z, 'two']],
            ['zincrby', [$z, 2.5, 'one']], ['zrangebyscore', [$z, '-inf', '+inf', ['withscores' => true]]],
            ['mset', [[$this->key('m1') => 'a', $this->key('m2') => 'b']]],
            ['mget', [[$this->key('m1'), $s, $this->key('m2'), $this->key('none')]]],
            ['del', [$this->key('m1'), $this->key('m2'), $this->key('none')]],
            ['eval', ["return {1, 'two', redis.call('PING')}", [], 0]],
            ['ping', [$s]], ['echo', [$s, 'hi']], ['bitcount', [$s]], ['getex', [$s, ['PERSIST']]],
            ['rawcommand', [$s, 'NOSUCHCOMMAND']], ['get', [$s]],
        ];
    }

    private function runAll(RedisCluster $c, array $calls): array
    {
        $out = [];
        foreach ($calls as [$method, $args]) {
            $out[] = $c->$method(...$args);
        }
        return $out;
    }

    public function testRepliesMatchTheSameCallsOutsideAPipeline(): void
    {
        if ($this->onlyInPhpredis6('pipeline')) {
            return;
        }
        foreach ([RedisCluster::SERIALIZER_NONE, RedisCluster::SERIALIZER_PHP] as $serializer) {
            $this->c->setOption(RedisCluster::OPT_SERIALIZER, $serializer);
            $this->c->setOption(RedisCluster::OPT_PREFIX, "p$serializer:");
            $outside = $this->runAll($this->c, $this->calls());
            $this->cleanup();
            $this->assertSame($this->c, $this->c->pipeline());
            $this->assertSame(RedisCluster::PIPELINE, $this->c->getMode());
            foreach ($this->runAll($this->c, $this->calls()) as $queued) {
                $this->assertSame($this->c, $queued, 'every queued method returns the object');
            }
            $inside = $this->c->exec();
            $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
            $this->assertSame($outside, $inside, "serializer $serializer");
            $this->cleanup();
        }
    }

    public function testEveryMasterAndTheCallOrder(): void
    {
        if ($this->onlyInPhpredis6('pipeline')) {
            return;
        }
        $keys = $this->keysOnEveryMaster(60);
        $this->c->pipeline();
        foreach ($keys as $i => $k) {
            $this->c->set($k, "v$i");
        }
        foreach (array_reverse($keys) as $k) {
            $this->c->get($k);
        }
        $replies = $this->c->exec();
        $this->assertSame(array_merge(array_fill(0, 60, true), array_map(fn ($i) => "v$i", range(59, 0))), $replies);
        foreach ($keys as $i => $k) {
            $this->assertSame("v$i", $this->serverGet($k));
        }
    }

    public function testDiscardDropsTheQueue(): void
    {
        if ($this->onlyInPhpredis6('pipeline')) {
            return;
        }
        $k = $this->key('d');
        $this->c->pipeline();
        $this->c->set($k, 'never');
        $this->assertTrue($this->c->discard());
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
        $this->assertNull($this->serverGet($k));
        $this->assertSame([], $this->c->pipeline()->exec(), 'an empty pipeline');
    }

    public function testWhatCannotBePipelinedIsRefusedWhenQueued(): void
    {
        if ($this->onlyInPhpredis6('pipeline')) {
            return;
        }
        $this->c->pipeline();
        $it = null;
        $refused = [
            'scan' => fn () => $this->c->scan($it, $this->key()),
            'hscan' => fn () => $this->c->hscan($this->key(), $it),
            'keys' => fn () => $this->c->keys('*'),
            'subscribe' => fn () => $this->c->subscribe(['ch'], fn () => null),
            'blpop 0' => fn () => $this->c->blpop([$this->key('l')], 0),
            'watch' => fn () => $this->c->watch($this->key()),
            'multi' => fn () => $this->c->multi(),
        ];
        foreach ($refused as $what => $call) {
            [$r, $warnings] = $this->quietly($call);
            $this->assertFalse($r, $what);
            $this->assertCount(1, $warnings, $what);
        }
        $this->assertSame($this->c, $this->c->blpop([$this->key('l')], 0.1), 'a blocking pop with a timeout queues');
        $this->assertSame([[]], $this->c->exec());
        $this->c->multi();
        [$r, $warnings] = $this->quietly(fn () => $this->c->pipeline());
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::pipeline(): Can't activate pipeline in multi mode!"], $warnings);
        $this->c->discard();
    }

    public function testALargePipelineStaysLinear(): void
    {
        if ($this->onlyInPhpredis6('pipeline')) {
            return;
        }
        $time = [];
        foreach ([5000, 20000] as $n) {
            $t = microtime(true);
            $this->c->pipeline();
            for ($i = 0; $i < $n; $i++) {
                $this->c->set($this->key("big$i"), $i);
            }
            $this->assertCount($n, $this->c->exec());
            $time[$n] = microtime(true) - $t;
        }
        /* 4x the commands: well under 4x squared; generous for a loaded machine */
        $this->assertLessThan(12 * $time[5000] + 0.5, $time[20000]);
    }
}
