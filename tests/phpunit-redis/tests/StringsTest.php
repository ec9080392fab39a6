<?php

namespace RedisTests;

use Redis;

/** Strings, counters and bits. */
final class StringsTest extends RedisTestCase
{
    public function testGetSetAppend(): void
    {
        $k = $this->key();
        $this->assertFalse($this->r->get($k), 'a missing key is false');
        $this->assertTrue($this->r->set($k, 'hello'));
        $this->assertSame('hello', $this->serverGet($k));
        $this->assertSame(11, $this->r->append($k, ' world'));
        $this->assertSame('hello world', $this->r->get($k));
        $this->assertSame(3, $this->r->append($this->key('new'), 'new'));
        $this->assertSame('hello world', $this->r->getset($k, 'x'));
        $this->assertSame('x', $this->serverGet($k));
        $this->assertFalse($this->r->getset($this->key('none'), 'y'));
        $this->assertSame('y', $this->serverGet($this->key('none')));
        $bin = "\0\x01\xff\r\n";
        $this->assertTrue($this->r->set($k, $bin));
        $this->assertSame($bin, $this->serverGet($k));
        $this->assertSame($bin, $this->r->get($k));
    }

    /** Values that are not strings are stored as PHP's string conversion (no serializer). */
    public function testScalarConversion(): void
    {
        $k = $this->key();
        foreach ([[1.5, '1.5'], [true, '1'], [false, ''], [null, ''], [42, '42'], [-0.25, '-0.25']] as [$v, $stored]) {
            $this->assertTrue($this->r->set($k, $v));
            $this->assertSame($stored, $this->serverGet($k), var_export($v, true));
        }
        [$ok, $warnings] = $this->quietly(fn () => $this->r->set($k, [1, 2]));
        $this->assertTrue($ok);
        $this->assertSame('Array', $this->serverGet($k));
    }

    public function testSetOptions(): void
    {
        $k = $this->key();
        $this->assertTrue($this->r->set($k, 'v', 100));
        $this->assertSame(100, $this->serverCall('TTL', $k));
        $this->assertFalse($this->r->set($k, 'v', ['nx']));
        $this->assertTrue($this->r->set($k, 'v2', ['xx']));
        $this->assertSame(-1, $this->serverCall('TTL', $k), 'SET without expiry clears it');
        $this->assertFalse($this->r->set($this->key('none'), 'v', ['xx']));
        $this->assertTrue($this->r->set($k, 'v3', ['xx', 'ex' => 50]));
        $this->assertSame(50, $this->serverCall('TTL', $k));
        $this->assertTrue($this->r->set($k, 'v4', ['px' => 50000]));
        $this->assertGreaterThan(40000, $this->serverCall('PTTL', $k));
        $this->assertTrue($this->r->set($k, 'v5', ['keepttl']));
        $this->assertGreaterThan(40000, $this->serverCall('PTTL', $k));
        $this->assertSame('v5', $this->serverGet($k));
        $this->assertTrue($this->r->set($this->key('nx'), 'first', ['nx', 'ex' => 10]));
        $this->assertSame(10, $this->serverCall('TTL', $this->key('nx')));

        [$ok, $warnings] = $this->quietly(fn () => $this->r->set($k, 'v', ['ex' => 0]));
        $this->assertFalse($ok);
        $this->assertSame(['Redis::set(): EXPIRE can\'t be < 1'], $warnings);
        [$ok, $warnings] = $this->quietly(fn () => $this->r->set($k, 'v', 'bogus'));
        $this->assertFalse($ok);
        $this->assertSame(['Redis::set(): Expire must be a long, double, or a numeric string'], $warnings);
        $this->assertSame('v5', $this->serverGet($k), 'refused before sending');
    }

    /** EXAT, PXAT and GET: phpredis 5.3.7 ignores them (ttl -1, true instead of the old value). */
    public function testSetExatPxatGet(): void
    {
        $k = $this->key();
        $this->r->set($k, 'old');
        if (self::isPhpredis5()) {
            $this->assertTrue($this->r->set($k, 'v', ['exat' => time() + 100]));
            $this->assertSame(-1, $this->serverCall('TTL', $k), 'phpredis 5.3.7 drops EXAT');
            $this->assertTrue($this->r->set($k, 'new', ['get']), 'phpredis 5.3.7 drops GET');
            return;
        }
        $this->assertTrue($this->r->set($k, 'v', ['exat' => time() + 100]));
        $this->assertGreaterThan(90, $this->serverCall('TTL', $k));
        $this->assertTrue($this->r->set($k, 'v', ['pxat' => (time() + 200) * 1000]));
        $this->assertGreaterThan(190, $this->serverCall('TTL', $k));
        $this->assertSame('v', $this->r->set($k, 'new', ['get']), 'GET: the old value');
        $this->assertSame('new', $this->serverGet($k));
        $this->assertFalse($this->r->set($this->key('none'), 'x', ['get']), 'GET of a missing key');
        $this->assertSame('x', $this->serverGet($this->key('none')));
    }

    public function testSetexPsetexSetnx(): void
    {
        $k = $this->key();
        $this->assertTrue($this->r->setex($k, 100, 'v'));
        $this->assertSame(100, $this->serverCall('TTL', $k));
        $this->assertSame('v', $this->serverGet($k));
        $this->assertFalse($this->r->setex($k, -1, 'v'));
        $this->assertSame("ERR invalid expire time in 'setex' command", $this->lastError());
        $this->assertTrue($this->r->psetex($k, 1500, 'p'));
        $pttl = $this->serverCall('PTTL', $k);
        $this->assertGreaterThan(1000, $pttl);
        $this->assertLessThanOrEqual(1500, $pttl);
        $this->assertTrue($this->r->setnx($this->key('nx'), 'a'));
        $this->assertFalse($this->r->setnx($this->key('nx'), 'b'));
        $this->assertSame('a', $this->serverGet($this->key('nx')));
    }

    public function testRangesAndLength(): void
    {
        $k = $this->key();
        $this->r->set($k, 'hello world');
        $this->assertSame('world', $this->r->getRange($k, 6, -1));
        $this->assertSame('', $this->r->getRange($this->key('none'), 0, 3));
        $this->assertSame(11, $this->r->setRange($k, 6, 'WORLD'));
        $this->assertSame('hello WORLD', $this->serverGet($k));
        $this->assertSame(7, $this->r->setRange($this->key('pad'), 5, 'ab'));
        $this->assertSame("\0\0\0\0\0ab", $this->serverGet($this->key('pad')));
        $this->assertSame(11, $this->r->strlen($k));
        $this->assertSame(0, $this->r->strlen($this->key('none')));
    }

    public function testCounters(): void
    {
        $k = $this->key();
        $this->assertSame(1, $this->r->incr($k));
        $this->assertSame(6, $this->r->incr($k, 5), 'incr($key, $by) is INCRBY');
        $this->assertSame(16, $this->r->incrBy($k, 10));
        $this->assertSame(15, $this->r->decr($k));
        $this->assertSame(12, $this->r->decr($k, 3));
        $this->assertSame(10, $this->r->decrBy($k, 2));
        $this->assertSame('10', $this->serverGet($k));
        $f = $this->key('f');
        $this->assertSame(1.5, $this->r->incrByFloat($f, 1.5));
        $this->assertSame(3.75, $this->r->incrByFloat($f, 2.25));
        $this->assertSame(3.0, $this->r->incrByFloat($f, -0.75), 'a float even when whole');
        $this->assertSame('3', $this->serverGet($f));
        $this->r->set($this->key('s'), 'text');
        $this->assertFalse($this->r->incr($this->key('s')));
        $this->assertSame('ERR value is not an integer or out of range', $this->lastError());
        $this->assertFalse($this->r->incrByFloat($this->key('s'), 1.0));
        $this->assertSame('ERR value is not a valid float', $this->lastError());
    }

    public function testMsetMget(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertTrue($this->r->mset([$a => 'A', $b => 'B']));
        $this->assertSame(['A', 'B'], [$this->serverGet($a), $this->serverGet($b)]);
        $this->assertSame(['A', 'B', false], $this->r->mget([$a, $b, $this->key('none')]));
        $this->assertFalse($this->r->msetnx([$a => 'z', $this->key('c') => 'C']));
        $this->assertNull($this->serverGet($this->key('c')), 'all or nothing');
        $this->assertTrue($this->r->msetnx([$this->key('c') => 'C', $this->key('d') => 'D']));
        $this->assertSame('D', $this->serverGet($this->key('d')));
        [$cmds, $r] = $this->sent(fn () => $this->r->mget([]));
        $this->assertFalse($r);
        $this->assertSame([], $cmds, 'mget([]) sends nothing');
    }

    public function testGetDelGetEx(): void
    {
        if ($this->onlyInPhpredis6('getDel')) {
            return;
        }
        $k = $this->key();
        $this->r->set($k, 'v');
        $this->assertSame('v', $this->r->getDel($k));
        $this->assertNull($this->serverGet($k));
        $this->assertFalse($this->r->getDel($k));
        $this->r->set($k, 'v');
        $this->assertSame('v', $this->r->getEx($k));
        $this->assertSame(-1, $this->serverCall('TTL', $k));
        $this->assertSame('v', $this->r->getEx($k, ['EX' => 100]));
        $this->assertSame(100, $this->serverCall('TTL', $k));
        $this->assertSame('v', $this->r->getEx($k, ['PX' => 50000]));
        $this->assertLessThanOrEqual(50000, $this->serverCall('PTTL', $k));
        $this->assertSame('v', $this->r->getEx($k, ['EXAT' => time() + 300]));
        $this->assertGreaterThan(250, $this->serverCall('TTL', $k));
        $this->assertSame('v', $this->r->getEx($k, ['PXAT' => (time() + 400) * 1000]));
        $this->assertGreaterThan(350, $this->serverCall('TTL', $k));
        $this->assertSame('v', $this->r->getEx($k, ['PERSIST' => true]));
        $this->assertSame(-1, $this->serverCall('TTL', $k));
        $this->assertFalse($this->r->getEx($this->key('none'), ['EX' => 10]));
    }

    public function testLcs(): void
    {
        if ($this->onlyInPhpredis6('lcs')) {
            return;
        }
        $a = $this->key('a');
        $b = $this->key('b');
        $this->r->set($a, '12244447777777');
        $this->r->set($b, '6666662244441');
        $this->assertSame('224444', $this->r->lcs($a, $b));
        $this->assertSame(6, $this->r->lcs($a, $b, ['len']));
        $this->assertEquals(['matches', [[[1, 6], [6, 11]]], 'len', 6], $this->r->lcs($a, $b, ['idx']));
        $this->assertEquals(['matches', [[[1, 6], [6, 11], 6]], 'len', 6], $this->r->lcs($a, $b, ['idx', 'withmatchlen']));
        $this->assertEquals(['matches', [], 'len', 6], $this->r->lcs($a, $b, ['idx', 'minmatchlen' => 7]));
        $this->assertSame('', $this->r->lcs($this->key('x'), $this->key('y')));
    }

    public function testBits(): void
    {
        $k = $this->key();
        $this->assertSame(0, $this->r->setBit($k, 7, 1));
        $this->assertSame(1, $this->r->setBit($k, 7, true));
        $this->assertSame("\x01", $this->serverGet($k));
        $this->assertSame(1, $this->r->getBit($k, 7));
        $this->assertSame(0, $this->r->getBit($k, 100));
        $this->assertFalse($this->r->getBit($k, -1));
        [$r, $warnings] = $this->quietly(fn () => $this->r->setBit($k, -1, 1));
        $this->assertFalse($r);
        $this->assertSame("\x01", $this->serverGet($k));

        $a = $this->key('a');
        $b = $this->key('b');
        $this->r->set($a, 'foobar');
        $this->r->set($b, 'abcdef');
        $this->assertSame(26, $this->r->bitcount($a));
        $this->assertSame(6, $this->r->bitcount($a, 1, 1));
        $this->assertSame(0, $this->r->bitcount($this->key('none')));
        $this->assertSame(6, $this->r->bitop('AND', $this->key('and'), $a, $b));
        $this->assertSame('`bc`ab', $this->serverGet($this->key('and')));
        $this->assertSame(6, $this->r->bitop('NOT', $this->key('not'), $a));
        $this->assertSame(~'foobar', $this->serverGet($this->key('not')));
        $this->assertFalse($this->r->bitop('NOT', $this->key('not'), $a, $b));
        $this->assertSame('ERR BITOP NOT must be called with a single source key.', $this->lastError());
        $this->assertSame(1, $this->r->bitpos($a, 1));
        $this->assertSame(8, $this->r->bitpos($a, 0, 1));
        $this->assertSame(9, $this->r->bitpos($a, 1, 1, 3));
        $this->assertSame(-1, $this->r->bitpos($this->key('none'), 1));
        if (!$this->onlyInPhpredis6()) {
            // BIT ranges (Redis 7): bits 0..9 of 'foobar' are 0110 0110 01.
            $this->assertSame(5, $this->r->bitcount($a, 0, 9, true));
            $this->assertSame(10, $this->r->bitcount($a, 0, 1, false), 'bytes 0..1, "fo": 4 + 6');
            $this->assertSame(1, $this->r->bitpos($a, 1, 0, 3, true));
            $this->assertSame(-1, $this->r->bitpos($a, 1, 3, 3, true), 'bit 3 of "f" (0110) is 0');
        }
    }

    public function testWrongType(): void
    {
        $k = $this->key();
        $this->r->set($k, 'x');
        $this->assertFalse($this->r->lPush($k, 'x'));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->lastError());
        $this->assertTrue($this->r->clearLastError());
        $this->assertNull($this->r->getLastError());
    }
}
