<?php

namespace RedisTests;

use Redis;
use RedisException;

/** MULTI / EXEC / DISCARD / WATCH, pipeline(), multi(Redis::PIPELINE), MULTI inside a pipeline. */
final class TransactionsTest extends RedisTestCase
{
    /** The server's "multi=" of $r's connection: -1 outside MULTI, else the commands queued. */
    private function serverMulti(Redis $r, int $id): int
    {
        $list = (string)Servers::admin()->call('CLIENT', 'LIST', 'ID', $id);
        $this->assertMatchesRegularExpression('/ multi=(-?\d+) /', $list);
        preg_match('/ multi=(-?\d+) /', $list, $m);
        return (int)$m[1];
    }

    public function testMultiExec(): void
    {
        $a = $this->key('a');
        $id = $this->r->rawcommand('CLIENT', 'ID');
        $this->assertSame($this->r, $this->r->multi());
        $this->assertSame(Redis::MULTI, $this->r->getMode());
        $this->assertSame($this->r, $this->r->set($a, 1), 'a queued command returns the object');
        $this->assertSame($this->r, $this->r->get($a));
        $this->assertSame($this->r, $this->r->incr($a));
        $this->assertNull($this->serverGet($a), 'queued, not run');
        $this->assertSame([true, '1', 2], $this->r->exec());
        $this->assertSame(Redis::ATOMIC, $this->r->getMode());
        $this->assertSame('2', $this->serverGet($a));
        $this->assertSame(-1, $this->serverMulti($this->r, $id));
    }

    /** Every reply shaped as outside a transaction; a command failing at EXEC is false in its place. */
    public function testReplyShapesAndFailures(): void
    {
        [$b, $h, $z] = [$this->key('b'), $this->key('h'), $this->key('z')];
        $this->assertSame([true, false, '1'], $this->r->multi()->set($b, 1)->lPush($b, 'x')->get($b)->exec());
        $this->assertSame([1, ['f' => 'v'], ['f' => 'v', 'g' => false], 1, ['m' => 1.0], true, 100, Redis::REDIS_ZSET, 1],
            $this->r->multi()->hSet($h, 'f', 'v')->hGetAll($h)->hMget($h, ['f', 'g'])->zAdd($z, 1, 'm')
                ->zRange($z, 0, -1, true)->expire($z, 100)->ttl($z)->type($z)->exists($z)->exec());
        $this->assertSame([[1, 2]], $this->r->multi()->eval('return {1,2}')->exec());
        $this->assertSame([1, '1'], $this->r->multi()->incr($this->key('x'))->rawcommand('GET', $this->key('x'))->exec());
    }

    public function testDiscard(): void
    {
        $c = $this->key('c');
        $this->assertTrue($this->r->multi()->set($c, 1)->discard());
        $this->assertSame(Redis::ATOMIC, $this->r->getMode());
        $this->assertNull($this->serverGet($c));
        $this->assertFalse($this->r->get($c));
        $this->assertFalse($this->r->discard(), 'outside MULTI');
        // exec() outside MULTI: phpredis 5.3.7 returns null.
        $this->assertSame(self::isPhpredis5() ? null : false, $this->r->exec());
        $this->assertSame([], $this->r->multi()->exec());
        $this->assertTrue($this->r->pipeline()->discard());
        $this->assertSame(Redis::ATOMIC, $this->r->getMode());
        [$r, $warnings] = $this->quietly(fn () => $this->r->multi(99));
        $this->assertFalse($r);
        $this->assertSame(['Redis::multi(): Unknown mode sent to Redis::multi'], $warnings);
        $this->assertSame(Redis::ATOMIC, $this->r->getMode());
    }

    public function testWatch(): void
    {
        $w = $this->key('w');
        $other = $this->client();
        $this->assertTrue($this->r->watch($w));
        $other->set($w, 'changed');
        $this->assertFalse($this->r->multi()->set($w, 'mine')->exec(), 'a watched key changed: EXEC is nil, false');
        $this->assertSame('changed', $this->serverGet($w));
        $this->assertTrue($this->r->watch($w, $this->key('w2')));
        $this->assertTrue($this->r->unwatch());
        $other->set($w, 'again');
        $this->assertSame([true], $this->r->multi()->set($w, 'mine')->exec());
        $this->assertSame('mine', $this->serverGet($w));
        $this->assertTrue($this->r->watch([$w, $this->key('w3')]));
        $this->assertSame([true], $this->r->multi()->set($this->key('w3'), 'ok')->exec(), 'nothing changed');
    }

    public function testPipeline(): void
    {
        $p = $this->key('p');
        $this->assertSame($this->r, $this->r->pipeline());
        $this->assertSame(Redis::PIPELINE, $this->r->getMode());
        $this->assertSame($this->r, $this->r->set($p, 1));
        $this->assertSame($this->r, $this->r->get($p));
        $this->assertSame($this->r, $this->r->lPush($p, 'x'));
        $this->assertNull($this->serverGet($p), 'nothing is sent before exec()');
        $this->assertSame([true, '1', false], $this->r->exec());
        $this->assertSame(Redis::ATOMIC, $this->r->getMode());
        $this->assertSame([true, '3'], $this->r->multi(Redis::PIPELINE)->set($p, 3)->get($p)->exec());
        $this->assertSame([], $this->r->pipeline()->exec());
        // A long pipeline: replies in call order.
        $this->r->pipeline();
        for ($i = 0; $i < 500; $i++) {
            $this->r->set($this->key("k$i"), $i);
            $this->r->get($this->key("k$i"));
        }
        $replies = $this->r->exec();
        $this->assertCount(1000, $replies);
        for ($i = 0; $i < 500; $i++) {
            $this->assertSame([true, (string)$i], [$replies[2 * $i], $replies[2 * $i + 1]]);
        }
        $this->assertSame('499', $this->serverGet($this->key('k499')));
    }

    /**
     * MULTI inside a pipeline: each MULTI ... EXEC block is one element of the pipeline's
     * replies (the array EXEC gave), the replies to MULTI and QUEUED are not.
     */
    public function testMultiInsidePipeline(): void
    {
        [$a, $b] = [$this->key('a'), $this->key('b')];
        $this->r->pipeline();
        $this->assertSame($this->r, $this->r->multi());
        $this->r->set($a, 1)->get($a);
        $this->assertSame($this->r, $this->r->exec(), 'the inner EXEC is queued');
        $this->assertSame(Redis::PIPELINE, $this->r->getMode());
        $this->r->set($b, 1)->multi()->get($b)->incr($b)->exec();
        $this->assertSame([[true, '1'], true, ['1', 2]], $this->r->exec());
        $this->assertSame(Redis::ATOMIC, $this->r->getMode());
        $this->assertSame('2', $this->serverGet($b));
    }

    /** The connection lost inside MULTI: the transaction is not half-run on a new connection. */
    public function testConnectionLostInsideMulti(): void
    {
        [$a, $b] = [$this->key('a'), $this->key('b')];
        $id = $this->r->rawcommand('CLIENT', 'ID');
        $this->r->multi();
        $this->r->set($a, 1);
        Servers::admin()->ok('CLIENT', 'KILL', 'ID', $id);
        $e = $this->assertThrows(function () use ($b) {
            $this->r->set($b, 2);
            return $this->r->exec();
        });
        if (self::isPhpredis5()) {
            $this->assertSame('Connection lost and socket is in MULTI/watching mode', $e->getMessage());
        }
        $this->assertNull($this->serverGet($a));
        $this->assertNull($this->serverGet($b));
    }

    /**
     * A pipeline whose connection was lost before exec(): sent on a new one. phpredis 5.3.7
     * then returns the last reply alone instead of the array of replies.
     */
    public function testConnectionLostBeforePipelineExec(): void
    {
        $c = $this->key('c');
        $id = $this->r->rawcommand('CLIENT', 'ID');
        $this->r->pipeline();
        $this->r->set($c, 1);
        $this->r->get($c);
        Servers::admin()->ok('CLIENT', 'KILL', 'ID', $id);
        $this->assertSame(self::isPhpredis5() ? '1' : [true, '1'], $this->r->exec());
        $this->assertSame('1', $this->serverGet($c));
    }

    /** The destructor (or a new connect) of an object in MULTI leaves no transaction open. */
    public function testMultiIsNotLeftOpen(): void
    {
        $r = $this->client();
        $id = $r->rawcommand('CLIENT', 'ID');
        $r->multi();
        $r->set($this->key(), 1);
        $this->assertSame(1, $this->serverMulti($r, $id));
        unset($r);
        usleep(20000);
        $this->assertNull($this->serverGet($this->key()));
    }
}
