<?php

namespace RedisClusterTests;

final class StringsTest extends ClusterTestCase
{
    public function testGetAndSet(): void
    {
        $k = $this->key();
        $this->assertFalse($this->c->get($k), 'a missing key reads as false, not null');
        $this->assertTrue($this->c->set($k, 'value'));
        $this->assertSame('value', $this->c->get($k));
        $this->assertSame('value', $this->serverGet($k));
        $this->assertTrue($this->c->set($k, "bin\0ary\r\n"));
        $this->assertSame("bin\0ary\r\n", $this->c->get($k));
        $this->assertTrue($this->c->set($k, ''));
        $this->assertSame('', $this->c->get($k));
    }

    public function testSetScalarsAreSentAsStrings(): void
    {
        $k = $this->key();
        $cases = [[42, '42'], [1.5, '1.5'], [-7, '-7'], [true, '1'], [false, ''], [null, '']];
        foreach ($cases as [$in, $out]) {
            $this->assertTrue($this->c->set($k, $in));
            $this->assertSame($out, $this->c->get($k), var_export($in, true));
        }
    }

    public function testSetWithNxOption(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'first', ['nx']));
        $this->assertFalse($this->c->set($k, 'second', ['nx']), 'NX on an existing key is false');
        $this->assertSame('first', $this->c->get($k));
        $this->assertNull($this->c->getLastError(), 'a refused NX is not an error');
    }

    public function testSetWithXxOption(): void
    {
        $k = $this->key();
        $this->assertFalse($this->c->set($k, 'v', ['xx']), 'XX on a missing key is false');
        $this->assertFalse($this->c->get($k));
        $this->c->set($k, 'a');
        $this->assertTrue($this->c->set($k, 'b', ['xx']));
        $this->assertSame('b', $this->c->get($k));
    }

    public function testSetWithExOption(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'v', ['ex' => 100]));
        $ttl = $this->c->ttl($k);
        $this->assertIsInt($ttl);
        $this->assertGreaterThanOrEqual(99, $ttl);
        $this->assertLessThanOrEqual(100, $ttl);
        $this->assertSame('v', $this->c->get($k));
    }

    public function testSetWithPxOption(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'v', ['px' => 100000]));
        $pttl = $this->c->pttl($k);
        $this->assertIsInt($pttl);
        $this->assertGreaterThan(98000, $pttl);
        $this->assertLessThanOrEqual(100000, $pttl);
    }

    public function testSetNxWithEx(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'v', ['nx', 'ex' => 50]));
        $this->assertGreaterThanOrEqual(49, $this->c->ttl($k));
        $this->assertFalse($this->c->set($k, 'w', ['nx', 'ex' => 50]));
        $this->assertTrue($this->c->set($k, 'w', ['xx', 'px' => 50000]));
        $this->assertSame('w', $this->c->get($k));
        $this->assertGreaterThan(40000, $this->c->pttl($k));
    }

    public function testSetWithIntTimeout(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'v', 100));
        $this->assertGreaterThanOrEqual(99, $this->c->ttl($k));
        $this->assertSame('v', $this->c->get($k));
    }

    public function testSetWithTimeoutBelowOneIsRefusedLocally(): void
    {
        $k = $this->key();
        [$r, $warnings] = $this->quietly(fn () => $this->c->set($k, 'v', 0));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::set(): EXPIRE can't be < 1"], $warnings);
        [$r] = $this->quietly(fn () => $this->c->set($k, 'v', ['ex' => 0]));
        $this->assertFalse($r);
        $this->assertFalse($this->c->get($k), 'nothing was written');
    }

    public function testSetex(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->setex($k, 100, 'v'));
        $this->assertSame('v', $this->c->get($k));
        $this->assertGreaterThanOrEqual(99, $this->c->ttl($k));
    }

    public function testSetexWithBadTimeoutIsAServerError(): void
    {
        $this->assertFalse($this->c->setex($this->key(), -1, 'v'));
        $this->assertSame("ERR invalid expire time in 'setex' command", $this->c->getLastError());
    }

    public function testPsetex(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->psetex($k, 100000, 'v'));
        $this->assertSame('v', $this->c->get($k));
        $this->assertGreaterThan(98000, $this->c->pttl($k));
    }

    public function testSetnx(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->setnx($k, 'a'));
        $this->assertFalse($this->c->setnx($k, 'b'));
        $this->assertSame('a', $this->c->get($k));
    }

    public function testGetset(): void
    {
        $k = $this->key();
        $this->assertFalse($this->c->getset($k, 'a'), 'no previous value is false');
        $this->assertSame('a', $this->c->getset($k, 'b'));
        $this->assertSame('b', $this->c->get($k));
    }

    public function testAppend(): void
    {
        $k = $this->key();
        $this->assertSame(3, $this->c->append($k, 'abc'));
        $this->assertSame(5, $this->c->append($k, 'de'));
        $this->assertSame('abcde', $this->c->get($k));
    }

    public function testIncrDecr(): void
    {
        $k = $this->key();
        $this->assertSame(1, $this->c->incr($k));
        $this->assertSame(6, $this->c->incr($k, 5), 'incr with a step is INCRBY');
        $this->assertSame(16, $this->c->incrby($k, 10));
        $this->assertSame(15, $this->c->decr($k));
        $this->assertSame(12, $this->c->decr($k, 3), 'decr with a step is DECRBY');
        $this->assertSame(2, $this->c->decrby($k, 10));
        $this->assertSame(-3, $this->c->decrby($k, 5));
        $this->assertSame('-3', $this->c->get($k));
        $this->assertSame(-1, $this->c->decr($this->key('fresh')));
    }

    public function testIncrOnANonIntegerIsFalse(): void
    {
        $k = $this->key();
        $this->c->set($k, 'abc');
        $this->assertFalse($this->c->incr($k));
        $this->assertSame('ERR value is not an integer or out of range', $this->c->getLastError());
    }

    public function testIncrbyfloat(): void
    {
        $k = $this->key();
        $this->assertSame(1.5, $this->c->incrbyfloat($k, 1.5));
        $this->assertSame(2.0, $this->c->incrbyfloat($k, 0.5), 'a whole result is still a float');
        $this->assertSame('2', $this->c->get($k));
        $this->assertSame(1.0E+20, $this->c->incrbyfloat($this->key('big'), 1e20));
        $this->assertSame(-0.25, $this->c->incrbyfloat($this->key('neg'), -0.25));
        $this->c->set($k, 'abc');
        $this->assertFalse($this->c->incrbyfloat($k, 1));
        $this->assertSame('ERR value is not a valid float', $this->c->getLastError());
    }

    public function testStrlen(): void
    {
        $k = $this->key();
        $this->assertSame(0, $this->c->strlen($k));
        $this->c->set($k, 'hello');
        $this->assertSame(5, $this->c->strlen($k));
    }

    public function testGetrange(): void
    {
        $k = $this->key();
        $this->assertSame('', $this->c->getrange($k, 0, 10), 'a missing key is an empty string');
        $this->c->set($k, 'Hello, world');
        $this->assertSame('Hello', $this->c->getrange($k, 0, 4));
        $this->assertSame('world', $this->c->getrange($k, -5, -1));
        $this->assertSame('', $this->c->getrange($k, 100, 200));
    }

    public function testSetrange(): void
    {
        $k = $this->key();
        $this->c->set($k, 'Hello, world');
        $this->assertSame(12, $this->c->setrange($k, 7, 'there'));
        $this->assertSame('Hello, there', $this->c->get($k));
        $k2 = $this->key('new');
        $this->assertSame(4, $this->c->setrange($k2, 3, 'x'));
        $this->assertSame("\0\0\0x", $this->c->get($k2));
    }

    public function testGetbitSetbit(): void
    {
        $k = $this->key();
        $this->assertSame(0, $this->c->getbit($k, 7));
        $this->assertSame(0, $this->c->setbit($k, 7, true), 'setbit returns the old bit');
        $this->assertSame(1, $this->c->getbit($k, 7));
        $this->assertSame("\x01", $this->c->get($k));
        $this->assertSame(1, $this->c->setbit($k, 7, false));
        $this->assertSame(0, $this->c->getbit($k, 7));
        $this->assertSame(0, $this->c->getbit($k, 1000), 'past the end reads 0');
        $this->assertSame(0, $this->c->setbit($k, 1, 1));
        $this->assertSame("\x40", $this->c->get($k));
    }
}
