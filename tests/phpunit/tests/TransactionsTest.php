<?php

namespace RedisClusterTests;

use RedisCluster;
use RedisClusterException;

/**
 * MULTI/EXEC, DISCARD, WATCH and UNWATCH on the live cluster, as phpredis runs them on a
 * cluster: MULTI per node with its first command, EXEC on every node touched, the replies
 * in call order. Redis Cluster runs one node's transaction only when its keys share one
 * slot, so each test's keys share a tag per node.
 */
final class TransactionsTest extends ClusterTestCase
{
    /** Two tags whose slots are on two different masters. */
    private function tagsOnTwoMasters(): array
    {
        $admin = self::admin();
        $first = '{' . $this->uniq . ':0}';
        $owner = $admin->owner($admin->slot($first))['addr'];
        for ($i = 1; ; $i++) {
            $tag = '{' . $this->uniq . ":$i}";
            if ($admin->owner($admin->slot($tag))['addr'] !== $owner) {
                return [$first, $tag];
            }
        }
    }

    public function testQueuedMethodsReturnTheObjectAndExecTheRepliesInOrder(): void
    {
        $k = $this->tagged('s');
        $h = $this->tagged('h');
        $l = $this->tagged('l');
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
        $this->assertSame($this->c, $this->c->multi());
        $this->assertSame(RedisCluster::MULTI, $this->c->getMode());
        $this->assertSame($this->c, $this->c->set($k, '1'));
        $this->assertSame($this->c, $this->c->incr($k));
        $this->assertSame($this->c, $this->c->get($k));
        $this->c->hset($h, 'f', 'v');
        $this->c->hgetall($h);
        $this->c->rpush($l, 'a', 'b');
        $this->c->lrange($l, 0, -1);
        $this->c->exists($k);
        $this->c->ttl($k);
        $this->c->type($h);
        $this->assertSame([true, 2, '2', 1, ['f' => 'v'], 2, ['a', 'b'], 1, -1, RedisCluster::REDIS_HASH],
            $this->c->exec());
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
        $this->assertSame('2', $this->serverGet($k));
    }

    public function testExecAcrossTwoMastersKeepsTheCallOrder(): void
    {
        [$a, $b] = $this->tagsOnTwoMasters();
        $this->c->multi();
        $this->c->set("{$a}x", 'A');
        $this->c->set("{$b}y", 'B');
        $this->c->get("{$b}y");
        $this->c->get("{$a}x");
        $this->c->mget(["{$a}x", "{$a}missing"]);
        $this->assertSame([true, true, 'B', 'A', ['A', false]], $this->c->exec());
        $this->assertSame('A', $this->serverGet("{$a}x"));
        $this->assertSame('B', $this->serverGet("{$b}y"));
    }

    public function testDiscardAppliesNothing(): void
    {
        $k = $this->tagged('d');
        $this->c->multi();
        $this->c->set($k, 'never');
        $this->assertTrue($this->c->discard());
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
        $this->assertNull($this->serverGet($k));
        $this->assertFalse($this->c->get($k), 'commands run at once again');
    }

    public function testWatchedKeyChangedAbortsTheTransaction(): void
    {
        $k = $this->tagged('w');
        $this->c->set($k, 'before');
        $this->assertTrue($this->c->watch($k));
        $this->serverCall($k, 'SET', $k, 'changed behind our back');
        $this->c->multi();
        $this->c->set($k, 'ours');
        if (self::isPhpredis()) {
            /* 5.3.7 shows the aborted node as one false in a list */
            $this->assertSame([false], $this->c->exec());
        } else {
            $this->assertFalse($this->c->exec(), 'a WATCH that fired: nothing ran');
        }
        $this->assertSame('changed behind our back', $this->serverGet($k));
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
    }

    public function testWatchedKeyUnchangedCommits(): void
    {
        $k = $this->tagged('w');
        $this->c->set($k, 'before');
        $this->assertTrue($this->c->watch($k, $this->tagged('other')));
        $this->c->multi();
        $this->c->set($k, 'ours');
        $this->assertSame([true], $this->c->exec());
        $this->assertSame('ours', $this->serverGet($k));
    }

    public function testUnwatchForgetsTheWatch(): void
    {
        $k = $this->tagged('u');
        $this->c->set($k, 'before');
        $this->c->watch($k);
        $this->assertTrue($this->c->unwatch());
        $this->serverCall($k, 'SET', $k, 'changed');
        $this->c->multi();
        $this->c->set($k, 'ours');
        $this->assertSame([true], $this->c->exec());
        $this->assertSame('ours', $this->serverGet($k));
    }

    public function testRepliesAreShapedWithTheSerializerAndPrefix(): void
    {
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->c->setOption(RedisCluster::OPT_PREFIX, 'pfx:');
        $k = $this->tagged('v');
        $this->c->multi();
        $this->c->set($k, ['a' => 1]);
        $this->c->get($k);
        $this->c->hmset($this->tagged('h'), ['f' => [2]]);
        $this->c->hmget($this->tagged('h'), ['f', 'g']);
        $this->assertSame([true, ['a' => 1], true, ['f' => [2], 'g' => false]], $this->c->exec());
        $this->assertSame(serialize(['a' => 1]), $this->serverGet("pfx:$k"));
    }

    public function testExecAndDiscardOutsideMultiAreFalseWithAWarning(): void
    {
        [$r, $warnings] = $this->quietly(fn() => $this->c->exec());
        $this->assertFalse($r);
        $this->assertSame(['RedisCluster::exec(): RedisCluster is not in MULTI mode'], $warnings);
        [$r, $warnings] = $this->quietly(fn() => $this->c->discard());
        $this->assertFalse($r);
        $this->assertSame(['RedisCluster::discard(): Cluster is not in MULTI mode'], $warnings);
    }

    public function testMultiInsideMultiIsRefusedWithAWarning(): void
    {
        $this->c->multi();
        [$r, $warnings] = $this->quietly(fn() => $this->c->multi());
        $this->assertFalse($r);
        $this->assertStringContainsString('already in MULTI mode', implode("\n", $warnings));
        $this->c->discard();
        [$r, $warnings] = $this->quietly(fn() => $this->c->multi(2));
        /* 5.3.7 takes any mode as MULTI; this module starts a pipeline (6.1 refuses one) */
        $this->assertSame($this->c, $r);
        $this->assertSame([], $warnings);
        $this->assertSame(self::isPhpredis() ? RedisCluster::MULTI : 2, $this->c->getMode());
        $this->c->discard();
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
    }

    public function testAnErrorInsideExecIsFalseInItsPlace(): void
    {
        $k = $this->tagged('e');
        $this->c->multi();
        $this->c->set($k, 'text');
        $this->c->incr($k);
        $this->c->get($k);
        $this->assertSame([true, false, 'text'], $this->c->exec());
    }

    public function testWatchInsideMultiIsRefused(): void
    {
        $this->c->multi();
        [$r, $warnings] = $this->quietly(fn() => $this->c->watch($this->tagged('w')));
        $this->assertFalse($r);
        $this->assertSame(['RedisCluster::watch(): WATCH command not allowed in MULTI mode'], $warnings);
        $this->c->discard();
    }

    public function testKeysInAnotherSlotThanTheWatchedOnesAbandonTheTransaction(): void
    {
        $k = $this->tagged('w');
        $this->c->watch($k);
        $this->c->multi();
        $this->c->set($k, 'x');
        if (self::isPhpredis()) {
            /* 5.3.7 queues it, and EXEC then runs what the WATCH cannot protect */
            $this->assertSame($this->c, $this->c->set($this->key('elsewhere'), 'y'));
            $this->c->discard();
            return;
        }
        try {
            $this->c->set($this->key('elsewhere'), 'y');
            $this->fail('no exception');
        } catch (RedisClusterException $e) {
            $this->assertStringContainsString('WATCHed: the transaction was discarded', $e->getMessage());
        }
        $this->assertSame(RedisCluster::ATOMIC, $this->c->getMode());
        $this->assertNull($this->serverGet($k), 'nothing ran');
    }
}
