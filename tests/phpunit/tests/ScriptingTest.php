<?php

namespace RedisClusterTests;

final class ScriptingTest extends ClusterTestCase
{
    /** @return array<string, array{0: string, 1: mixed}> script => what phpredis returns */
    public static function replies(): array
    {
        return [
            'integer' => ['return 42', 42],
            'bulk string' => ['return "hi"', 'hi'],
            'nested array' => ['return {1, "two", {3, "four"}}', [1, 'two', [3, 'four']]],
            'empty array' => ['return {}', []],
            'nil' => ['return nil', null],
            'lua false is nil' => ['return false', null],
            'lua true is integer 1' => ['return true', 1],
            'status reply is true' => ['return redis.status_reply("FINE")', true],
            'OK status is true' => ["return redis.call('SET', KEYS[1], 'x')", true],
            'lua number truncated to integer' => ['return 3.7', 3],
            'array stops at nil' => ['return {1, nil, 3}', [1]],
            'keys and argv' => ['return {KEYS[1] == nil and 0 or 1, ARGV[1], ARGV[2]}', [1, 'a1', 'a2']],
        ];
    }

    /** @dataProvider replies */
    public function testEvalReplies(string $script, mixed $expected): void
    {
        $this->assertSame($expected, $this->c->eval($script, [$this->key(), 'a1', 'a2'], 1));
    }

    /** @dataProvider replies */
    public function testEvalshaReplies(string $script, mixed $expected): void
    {
        $sha = $this->loadEverywhere($script);
        $this->assertSame($expected, $this->c->evalsha($sha, [$this->key(), 'a1', 'a2'], 1));
    }

    public function testEvalErrorReply(): void
    {
        $this->assertFalse($this->c->eval('return redis.error_reply("MYERR oops")', [$this->key()], 1));
        $this->assertSame('MYERR oops', $this->c->getLastError());
        $this->assertFalse($this->c->eval('this is not lua', [$this->key()], 1));
        $this->assertStringStartsWith('ERR Error compiling script', $this->c->getLastError());
    }

    public function testEvalshaUnknownScript(): void
    {
        $this->assertFalse($this->c->evalsha(sha1('return "never loaded ' . $this->uniq . '"'), [$this->key()], 1));
        $this->assertSame('NOSCRIPT No matching script. Please use EVAL.', $this->c->getLastError());
    }

    /**
     * With no key, any master may run the script. phpredis 5.3.7 leaves the slot of a
     * keyless eval uninitialized: depending on stack garbage it works, throws "The slot N is
     * not covered by any node in this cluster", or reads past its slot table and crashes
     * PHP. A 5.x bug that cannot be run safely here, so only this project's module is
     * tested.
     */
    public function testEvalWithoutKeys(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'the keyless eval bug is 5.x only');
            return;
        }
        for ($i = 0; $i < 20; $i++) {
            $this->assertSame(42, $this->c->eval('return 42'));
            $this->assertSame('x', $this->c->eval('return ARGV[1]', ['x'], 0));
        }
    }

    public function testEvalIsRoutedByItsFirstKey(): void
    {
        $keys = $this->keysOnEveryMaster(30);
        foreach ($keys as $k) {
            $owner = self::admin()->owner(self::admin()->slot($k));
            $this->assertSame(ClusterAdmin::split($owner['addr'])[1], $this->c->eval(self::PORT_SCRIPT, [$k], 1), $k);
        }
    }

    public function testEvalshaIsRoutedByItsFirstKey(): void
    {
        $sha = $this->loadEverywhere(self::PORT_SCRIPT);
        foreach ($this->keysOnEveryMaster(30) as $k) {
            $owner = self::admin()->owner(self::admin()->slot($k));
            $this->assertSame(ClusterAdmin::split($owner['addr'])[1], $this->c->evalsha($sha, [$k], 1), $k);
        }
    }

    public function testEvalWritesThroughKeys(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->eval("return redis.call('SET', KEYS[1], ARGV[1])", [$k, 'val'], 1));
        $this->assertSame('val', $this->c->get($k));
        $this->assertSame(2, $this->c->eval("return redis.call('INCRBY', KEYS[1], ARGV[1])", [$this->key('n'), 2], 1));
    }
}
