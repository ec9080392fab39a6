<?php

namespace RedisTests;

use Redis;

/** EVAL / EVALSHA (and their _RO forms), SCRIPT, FUNCTION, FCALL. */
final class ScriptingTest extends RedisTestCase
{
    public function testEval(): void
    {
        $this->assertSame(1, $this->r->eval('return 1'));
        $this->assertSame([1, 'two', [3]], $this->r->eval('return {1, "two", {3}}'));
        $this->assertSame('ka', $this->r->eval('return KEYS[1] .. ARGV[1]', ['k', 'a'], 1));
        $this->assertTrue($this->r->eval('return redis.status_reply("FINE")'), 'a status reply: true');
        $this->assertFalse($this->r->eval('return nil'));
        $this->assertFalse($this->r->eval('return false'));
        $this->assertSame(1, $this->r->eval('return true'));
        $this->assertSame(3, $this->r->eval('return 3.99'), 'Lua numbers are truncated by Redis');
        $this->assertSame([], $this->r->eval("return redis.call('lrange', KEYS[1], 0, -1)", [$this->key('none')], 1));
        $this->assertFalse($this->r->eval('syntax error here'));
        $this->assertStringStartsWith('ERR Error compiling script', $this->lastError());
        // An error reply not starting with ERR is thrown.
        $e = $this->assertThrows(fn () => $this->r->eval('return redis.error_reply("MYERR bad")'));
        $this->assertSame('MYERR bad', $e->getMessage());
        $this->r->eval("redis.call('set', KEYS[1], ARGV[1])", [$this->key(), 'from-lua'], 1);
        $this->assertSame('from-lua', $this->serverGet($this->key()));
        $this->assertTrue($this->r->setOption(Redis::OPT_PREFIX, 'pfx:'));
        $this->assertSame(['pfx:k1', 'v1'], $this->r->eval('return {KEYS[1], ARGV[1]}', ['k1', 'v1'], 1), 'KEYS are prefixed, ARGV not');
    }

    public function testScriptAndEvalsha(): void
    {
        $src = "return 'sha-$this->uniq'";
        $sha = sha1($src);
        $this->assertSame([0], $this->r->script('exists', $sha));
        $this->assertFalse($this->r->evalsha($sha));
        $this->assertSame('NOSCRIPT No matching script. Please use EVAL.', $this->lastError(), 'NOSCRIPT is false, not thrown');
        $this->assertSame($sha, $this->r->script('load', $src));
        $this->assertSame([1, 0], $this->r->script('exists', $sha, sha1('nope')));
        $this->assertSame("sha-$this->uniq", $this->r->evalsha($sha));
        $this->assertSame('k', $this->r->evalsha($this->r->script('load', 'return KEYS[1]'), ['k'], 1));
        $e = $this->assertThrows(fn () => $this->r->script('kill'));
        $this->assertStringStartsWith('NOTBUSY', $e->getMessage());
        [$r] = $this->quietly(fn () => $this->r->script('bogus'));
        $this->assertFalse($r);
        $this->assertTrue($this->r->script('flush'));
        $this->assertSame([0], $this->r->script('exists', $sha));
        if ($this->onlyInPhpredis6()) {
            return;
        }
        // phpredis 5.3.7 misreads SCRIPT FLUSH ASYNC's reply.
        $this->assertTrue($this->r->script('flush', 'async'));
        $this->assertTrue($this->r->script('flush', 'sync'));
        $this->assertSame('after', $this->r->echo('after'));
    }

    public function testReadOnlyScripts(): void
    {
        if ($this->onlyInPhpredis6('eval_ro')) {
            return;
        }
        $this->serverCall('SET', $this->key(), 'v');
        $this->assertSame('1.55', $this->r->eval_ro("return '1.55'"));
        $this->assertSame('v', $this->r->eval_ro("return redis.call('get', KEYS[1])", [$this->key()], 1));
        $this->assertFalse($this->r->eval_ro("return redis.call('set', KEYS[1], 'x')", [$this->key()], 1));
        $this->assertStringContainsString('Write commands are not allowed from read-only scripts', $this->lastError());
        $sha = $this->r->script('load', "return redis.call('get', KEYS[1])");
        $this->assertSame('v', $this->r->evalsha_ro($sha, [$this->key()], 1));
    }

    /** A library of its own per test: named after the test. */
    private function library(): array
    {
        $lib = 'lib' . str_replace(['t', '-'], ['', '_'], $this->uniq);
        $code = "#!lua name=$lib\n"
            . "redis.register_function('{$lib}_get', function(keys, args) return redis.call('get', keys[1]) end)\n"
            . "redis.register_function{function_name='{$lib}_ro', callback=function(keys, args) return args[1] end, flags={'no-writes'}}\n"
            . "redis.register_function('{$lib}_set', function(keys, args) return redis.call('set', keys[1], args[1]) end)\n";
        return [$lib, $code];
    }

    public function testFunctions(): void
    {
        if ($this->onlyInPhpredis6('function')) {
            return;
        }
        [$lib, $code] = $this->library();
        try {
            $this->assertSame($lib, $this->r->function('load', $code));
            $this->assertFalse($this->r->function('load', $code), 'the library exists');
            $this->assertStringContainsString('already exists', $this->lastError());
            $this->assertSame($lib, $this->r->function('load', 'REPLACE', $code));
            $this->serverCall('SET', $this->key(), 'stored');
            $this->assertSame('stored', $this->r->fcall("{$lib}_get", [$this->key()]));
            $this->assertTrue($this->r->fcall("{$lib}_set", [$this->key()], ['new']));
            $this->assertSame('new', $this->serverGet($this->key()));
            $this->assertSame('arg', $this->r->fcall_ro("{$lib}_ro", [], ['arg']));
            $this->assertFalse($this->r->fcall_ro("{$lib}_get", [$this->key()]), 'not flagged no-writes');
            $list = $this->r->function('list', 'libraryname', $lib);
            $this->assertStringContainsString($lib, json_encode($list));
            $this->assertStringContainsString("{$lib}_ro", json_encode($list));
            $dump = $this->r->function('dump');
            $this->assertIsString($dump);
            $this->assertIsArray($this->r->function('stats'));
            $this->assertTrue($this->r->function('delete', $lib));
            $this->assertFalse($this->r->fcall("{$lib}_get", [$this->key()]));
            $this->assertStringStartsWith('ERR Function not found', $this->lastError());
            $this->assertTrue($this->r->function('restore', $dump));
            $this->assertSame('new', $this->r->fcall("{$lib}_get", [$this->key()]));
        } finally {
            Servers::admin()->call('FUNCTION', 'DELETE', $lib);
        }
    }
}
