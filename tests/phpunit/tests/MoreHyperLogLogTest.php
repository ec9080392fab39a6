<?php

namespace RedisClusterTests;

/** pfadd, pfcount, pfmerge: the values and types phpredis returns, checked against Debian's phpredis 5.3.7. */
final class MoreHyperLogLogTest extends ClusterTestCase
{
    private const NOT_HLL = 'WRONGTYPE Key is not a valid HyperLogLog string value.';


    public function testPfadd(): void
    {
        $p = $this->key();
        $this->assertTrue($this->c->pfadd($p, ['x', 'y', 'z']), 'changed: true, not 1');
        $this->assertFalse($this->c->pfadd($p, ['x', 'y']), 'unchanged: false, not 0');
        $this->assertTrue($this->c->pfadd($p, ['x', 'w']));
        $this->assertTrue($this->c->pfadd($this->key('ints'), [1, 2, 3]));
        $this->assertStringStartsWith('HYLL', $this->serverGet($p));
        $this->assertNull($this->c->getLastError());
    }

    /** An empty array sends nothing and is false; the key is not created. */
    public function testPfaddEmptyArray(): void
    {
        $p = $this->key();
        $this->assertFalse($this->c->pfadd($p, []));
        $this->assertSame(0, $this->c->exists($p));
        $this->assertNull($this->c->getLastError());
    }

    public function testPfcount(): void
    {
        $p = $this->key();
        $this->assertSame(0, $this->c->pfcount($p), 'a missing key: 0');
        $this->c->pfadd($p, ['a', 'b', 'c', 'd']);
        $this->c->pfadd($p, ['a', 'b', 'e']);
        $this->assertSame(5, $this->c->pfcount($p));
        $this->assertNull($this->c->getLastError());
    }

    public function testPfmerge(): void
    {
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $dst = $this->tagged('dst');
        $this->c->pfadd($a, ['x', 'y', 'z', 'w']);
        $this->c->pfadd($b, ['1', '2', '3', 'x']);
        $this->assertTrue($this->c->pfmerge($dst, [$a, $b]), '+OK is true');
        $this->assertSame(7, $this->c->pfcount($dst));
        $this->assertTrue($this->c->pfmerge($dst, [$a]), 'merging into itself and more');
        $this->assertSame(7, $this->c->pfcount($dst));
        $empty = $this->tagged('empty');
        $this->assertTrue($this->c->pfmerge($empty, [$this->tagged('missing')]), 'missing sources are empty');
        $this->assertSame(1, $this->c->exists($empty), 'the destination is created even so');
        $this->assertSame(0, $this->c->pfcount($empty));
        $this->assertNull($this->c->getLastError());
    }

    /** No source keys: nothing is sent, false. */
    public function testPfmergeWithoutSources(): void
    {
        $dst = $this->tagged('dst');
        $this->assertFalse($this->c->pfmerge($dst, []));
        $this->assertSame(0, $this->c->exists($dst));
        $this->assertNull($this->c->getLastError());
    }

    public function testWrongType(): void
    {
        $s = $this->tagged('str');
        $this->c->set($s, 'v');
        $p = $this->tagged('p');
        $this->c->pfadd($p, ['a']);
        $this->assertFalse($this->c->pfadd($s, ['x']));
        $this->assertSame(self::NOT_HLL, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->pfcount($s));
        $this->assertSame(self::NOT_HLL, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->pfmerge($p, [$s]), 'a string source');
        $this->assertSame(self::NOT_HLL, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->pfmerge($s, [$p]), 'a string destination');
        $this->assertSame(self::NOT_HLL, $this->c->getLastError());
        $h = $this->tagged('hash');
        $this->c->hset($h, 'f', 'v');
        $this->c->clearLastError();
        $this->assertFalse($this->c->pfcount($h));
        $this->assertSame('WRONGTYPE Operation against a key holding the wrong kind of value', $this->c->getLastError());
    }

    public function testPfmergeAcrossSlotsIsRefusedLocally(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertNotSame(self::admin()->slot($a), self::admin()->slot($b));
        $this->c->pfadd($a, ['x']);
        $this->assertRefusedLocally(fn () => $this->c->pfmerge($b, [$a]),
            'RedisCluster::pfmerge(): All keys must hash to the same slot!');
        $this->assertRefusedLocally(fn () => $this->c->pfmerge($a, [$a, $b]),
            'RedisCluster::pfmerge(): All keys must hash to the same slot!');
        $this->assertSame(0, $this->c->exists($b));
    }

    /**
     * pfcount() also takes an array of keys (phpredis 5.3.7 and 6.x alike, though the 6.x
     * stub declares string): of several slots, it is refused with a warning.
     */
    public function testPfcountArrayAcrossSlotsIsRefusedLocally(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertNotSame(self::admin()->slot($a), self::admin()->slot($b));
        $this->c->pfadd($a, ['x']);
        $this->assertRefusedLocally(fn () => $this->c->pfcount([$a, $b]),
            'RedisCluster::pfcount(): Not all keys hash to the same slot!');
    }

    /**
     * An array of keys of one slot: PFCOUNT of them all, the size of their union. phpredis
     * 5.3.7 gets this wrong for some keys: the call waits out the read timeout and throws
     * "Timed out attempting to find data in the correct node!" (with some hash tags and
     * not others), so only this project's module is tested.
     */
    public function testPfcountArrayOfOneSlot(): void
    {
        if (self::isPhpredis()) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'the pfcount array bug is 5.x only');
            return;
        }
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->pfadd($a, ['x', 'y']);
        $this->c->pfadd($b, ['y', 'z']);
        $this->assertSame(3, $this->c->pfcount([$a, $b]));
        $this->assertSame(2, $this->c->pfcount([$a]));
        $this->assertSame(2, $this->c->pfcount([$a, $this->tagged('missing')]));
    }
}
