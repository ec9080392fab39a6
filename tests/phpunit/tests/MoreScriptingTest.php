<?php

namespace RedisClusterTests;

use RedisCluster;

require_once __DIR__ . '/ScriptingTest.php'; /* its replies() are the base of these */

/**
 * eval_ro and evalsha_ro. phpredis 5.3.7's RedisCluster has neither; phpredis 6.x documents
 * them as eval()/evalsha() sending EVAL_RO/EVALSHA_RO, routed by the first key, with the
 * same replies: integers as int, bulk strings as string, nil as null, status as true,
 * errors as false with the message kept. A script that writes is refused by the server.
 */
final class MoreScriptingTest extends ClusterTestCase
{
    /**
     * eval()'s replies (ScriptingTest) but the one that writes, and reads of keys.
     * @return array<string, array{0: string, 1: mixed}> script => what phpredis returns
     */
    public static function replies(): array
    {
        $replies = ScriptingTest::replies();
        unset($replies['OK status is true']);
        return $replies + [
            'a read' => ["return redis.call('GET', KEYS[1])", 'stored'],
            'a read of a missing key is null' => ["return redis.call('GET', KEYS[2])", null],
        ];
    }

    /** @dataProvider replies */
    public function testEvalRoReplies(string $script, mixed $expected): void
    {
        if ($this->skipOnPhpredis5('eval_ro')) {
            return;
        }
        $k = $this->tagged('k');
        $this->c->set($k, 'stored');
        $this->assertSame($expected, $this->c->eval_ro($script, [$k, $this->tagged('missing'), 'a1', 'a2'], 2));
    }

    /** @dataProvider replies */
    public function testEvalshaRoReplies(string $script, mixed $expected): void
    {
        if ($this->skipOnPhpredis5('evalsha_ro')) {
            return;
        }
        $k = $this->tagged('k');
        $this->c->set($k, 'stored');
        $sha = $this->loadEverywhere($script);
        $this->assertSame($expected, $this->c->evalsha_ro($sha, [$k, $this->tagged('missing'), 'a1', 'a2'], 2));
    }

    public function testEvalRoRefusesWrites(): void
    {
        if ($this->skipOnPhpredis5('eval_ro')) {
            return;
        }
        $k = $this->key();
        $script = "return redis.call('SET', KEYS[1], 'x')";
        $this->assertFalse($this->c->eval_ro($script, [$k], 1));
        $this->assertStringStartsWith('ERR Write commands are not allowed from read-only scripts', $this->c->getLastError());
        $this->assertSame(0, $this->c->exists($k));
        $this->c->clearLastError();
        $this->assertFalse($this->c->evalsha_ro($this->loadEverywhere($script), [$k], 1));
        $this->assertStringStartsWith('ERR Write commands are not allowed from read-only scripts', $this->c->getLastError());
        $this->assertSame(0, $this->c->exists($k));
    }

    public function testEvalRoErrorReply(): void
    {
        if ($this->skipOnPhpredis5('eval_ro')) {
            return;
        }
        $this->assertFalse($this->c->eval_ro('return redis.error_reply("MYERR oops")', [$this->key()], 1));
        $this->assertSame('MYERR oops', $this->c->getLastError());
        $this->assertFalse($this->c->eval_ro('this is not lua', [$this->key()], 1));
        $this->assertStringStartsWith('ERR Error compiling script', $this->c->getLastError());
    }

    public function testEvalshaRoUnknownScript(): void
    {
        if ($this->skipOnPhpredis5('evalsha_ro')) {
            return;
        }
        $this->assertFalse($this->c->evalsha_ro(sha1('return "never loaded ' . $this->uniq . '"'), [$this->key()], 1));
        $this->assertSame('NOSCRIPT No matching script. Please use EVAL.', $this->c->getLastError());
    }

    public function testRoutedByTheFirstKey(): void
    {
        if ($this->skipOnPhpredis5('eval_ro')) {
            return;
        }
        $sha = $this->loadEverywhere(self::PORT_SCRIPT);
        foreach ($this->keysOnEveryMaster(30) as $k) {
            $port = ClusterAdmin::split(self::admin()->owner(self::admin()->slot($k))['addr'])[1];
            $this->assertSame($port, $this->c->eval_ro(self::PORT_SCRIPT, [$k], 1), $k);
            $this->assertSame($port, $this->c->evalsha_ro($sha, [$k], 1), $k);
        }
    }
}
