<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * lpushx, rpushx, lset, linsert, lget, rpoplpush, lmove: the values and types phpredis
 * returns, checked against Debian's phpredis 5.3.7.
 */
final class MoreListsTest extends ClusterTestCase
{
    private const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

    /** Two keys of different slots. */
    private function crossSlotKeys(): array
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertNotSame(self::admin()->slot($a), self::admin()->slot($b));
        return [$a, $b];
    }

    /** A string key in the test's shared slot, for the WRONGTYPE cases. */
    private function stringKey(string $name = 'str'): string
    {
        $s = $this->tagged($name);
        $this->assertTrue($this->c->set($s, 'v'));
        return $s;
    }

    public function testPushxOnAMissingKeyIsZeroAndCreatesNothing(): void
    {
        $l = $this->key();
        $this->assertSame(0, $this->c->lpushx($l, 'a'), 'an int 0, not false');
        $this->assertSame(0, $this->c->rpushx($l, 'a'));
        $this->assertSame(0, $this->c->exists($l));
        $this->assertNull($this->c->getLastError());
    }

    public function testPushxReturnsTheNewLength(): void
    {
        $l = $this->key();
        $this->assertSame(2, $this->c->rpush($l, 'a', 'b'));
        $this->assertSame(3, $this->c->lpushx($l, 'z'));
        $this->assertSame(4, $this->c->rpushx($l, 'y'));
        $this->assertSame(5, $this->c->lpushx($l, 5), 'an int value is sent as a string');
        $this->assertSame(6, $this->c->rpushx($l, 1.5));
        $this->assertSame(['5', 'z', 'a', 'b', 'y', '1.5'], $this->c->lrange($l, 0, -1));
    }

    public function testPushxWrongType(): void
    {
        $s = $this->stringKey();
        $this->assertFalse($this->c->lpushx($s, 'a'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->rpushx($s, 'a'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testLset(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a', 'b', 'c');
        $this->assertTrue($this->c->lset($l, 0, 'X'), '+OK is true');
        $this->assertTrue($this->c->lset($l, -1, 'Z'), 'a negative index counts from the tail');
        $this->assertTrue($this->c->lset($l, 1, 7));
        $this->assertSame(['X', '7', 'Z'], $this->c->lrange($l, 0, -1));
        $this->assertNull($this->c->getLastError());
    }

    public function testLsetErrors(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a');
        $this->assertFalse($this->c->lset($l, 5, 'x'));
        $this->assertSame('ERR index out of range', $this->c->getLastError());
        $this->assertFalse($this->c->lset($this->key('missing'), 0, 'x'));
        $this->assertSame('ERR no such key', $this->c->getLastError());
        $this->assertSame(0, $this->c->exists($this->key('missing')));
        $this->assertFalse($this->c->lset($this->stringKey(), 0, 'x'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertSame(['a'], $this->c->lrange($l, 0, -1));
    }

    public function testLinsert(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a', 'b');
        $this->assertSame(3, $this->c->linsert($l, 'before', 'a', 'A0'), 'lower case position');
        $this->assertSame(4, $this->c->linsert($l, 'AFTER', 'a', 'A1'), 'upper case position');
        $this->assertSame(5, $this->c->linsert($l, RedisCluster::AFTER, 'b', 'B1'));
        $this->assertSame(6, $this->c->linsert($l, RedisCluster::BEFORE, 'b', 9));
        $this->assertSame(['A0', 'a', 'A1', '9', 'b', 'B1'], $this->c->lrange($l, 0, -1));
        $this->assertSame(7, $this->c->linsert($l, 'before', 9, 'n'), 'an int pivot matches its string');
        $this->assertSame(-1, $this->c->linsert($l, 'before', 'nope', 'x'), 'no such pivot: -1');
        $this->assertSame(7, $this->c->llen($l));
    }

    public function testLinsertMissingKeyIsZero(): void
    {
        $m = $this->key('missing');
        $this->assertSame(0, $this->c->linsert($m, 'before', 'a', 'x'));
        $this->assertSame(0, $this->c->exists($m));
    }

    public function testLinsertWrongType(): void
    {
        $this->assertFalse($this->c->linsert($this->stringKey(), 'before', 'a', 'x'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testLinsertBadPositionIsAWarningAndFalse(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a');
        [$r, $warnings] = $this->quietly(fn () => $this->c->linsert($l, 'middle', 'a', 'x'));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::linsert(): Position must be either 'BEFORE' or 'AFTER'"], $warnings);
        $this->assertNull($this->c->getLastError(), 'refused before anything is sent');
        $this->assertSame(['a'], $this->c->lrange($l, 0, -1));
    }

    public function testLgetIsLindex(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a', 'b', 3);
        $this->assertSame('a', $this->c->lget($l, 0));
        $this->assertSame('3', $this->c->lget($l, 2), 'a string');
        $this->assertSame('b', $this->c->lget($l, -2));
        $this->assertFalse($this->c->lget($l, 3), 'out of range: false, not null');
        $this->assertFalse($this->c->lget($l, -4));
        $this->assertFalse($this->c->lget($this->key('missing'), 0));
        $this->assertNull($this->c->getLastError());
        foreach ([0, 1, 2, -1, 3] as $i) {
            $this->assertSame($this->c->lindex($l, $i), $this->c->lget($l, $i), "index $i");
        }
    }

    public function testLgetWrongType(): void
    {
        $this->assertFalse($this->c->lget($this->stringKey(), 0));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testRpoplpush(): void
    {
        $src = $this->tagged('src');
        $dst = $this->tagged('dst');
        $this->c->rpush($src, 'a', 'b', 'c');
        $this->assertSame('c', $this->c->rpoplpush($src, $dst));
        $this->assertSame('b', $this->c->rpoplpush($src, $dst));
        $this->assertSame(['a'], $this->c->lrange($src, 0, -1));
        $this->assertSame(['b', 'c'], $this->c->lrange($dst, 0, -1), 'pushed at the head');
        $this->assertSame('a', $this->c->rpoplpush($src, $dst));
        $this->assertSame(0, $this->c->exists($src), 'the emptied source is gone');
        $this->assertFalse($this->c->rpoplpush($src, $dst), 'an empty source: false, not null');
        $this->assertNull($this->c->getLastError());
        $this->assertSame(['a', 'b', 'c'], $this->c->lrange($dst, 0, -1));
    }

    public function testRpoplpushMissingSourceCreatesNothing(): void
    {
        $dst = $this->tagged('dst');
        $this->assertFalse($this->c->rpoplpush($this->tagged('missing'), $dst));
        $this->assertSame(0, $this->c->exists($dst));
    }

    public function testRpoplpushOnOneKeyRotates(): void
    {
        $l = $this->key();
        $this->c->rpush($l, 'a', 'b', 3);
        $this->assertSame('3', $this->c->rpoplpush($l, $l));
        $this->assertSame(['3', 'a', 'b'], $this->c->lrange($l, 0, -1));
    }

    public function testRpoplpushWrongType(): void
    {
        $src = $this->tagged('src');
        $s = $this->stringKey();
        $this->c->rpush($src, 'a', 'b');
        $this->assertFalse($this->c->rpoplpush($src, $s), 'the destination is a string');
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertSame(['a', 'b'], $this->c->lrange($src, 0, -1), 'nothing was popped');
        $this->c->clearLastError();
        $this->assertFalse($this->c->rpoplpush($s, $src), 'the source is a string');
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testRpoplpushAcrossSlotsIsRefusedLocally(): void
    {
        [$a, $b] = $this->crossSlotKeys();
        $this->c->rpush($a, 'x');
        [$r, $warnings] = $this->quietly(fn () => $this->c->rpoplpush($a, $b));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::rpoplpush(): Keys don't hash to the same slot"], $warnings);
        $this->assertNull($this->c->getLastError(), 'nothing was sent');
        $this->assertSame(['x'], $this->c->lrange($a, 0, -1));
        $this->assertSame(0, $this->c->exists($b));
    }

    /**
     * phpredis 5.3.7's RedisCluster has no lmove(). phpredis 6.x documents
     * lmove(string $src, string $dst, string $wherefrom, string $whereto): the moved element
     * as a string, false when the source is empty; $wherefrom and $whereto are 'LEFT' or
     * 'RIGHT' in any case, anything else is a warning and false (nothing is sent).
     */
    public function testLmove(): void
    {
        if (self::isPhpredis() && !method_exists(RedisCluster::class, 'lmove')) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'lmove() is missing only from phpredis 5.x');
            return;
        }
        $src = $this->tagged('src');
        $dst = $this->tagged('dst');
        $this->c->rpush($src, 'a', 'b', 'c', 'd');
        $this->assertSame('a', $this->c->lmove($src, $dst, 'LEFT', 'RIGHT'));
        $this->assertSame('d', $this->c->lmove($src, $dst, 'RIGHT', 'RIGHT'));
        $this->assertSame('b', $this->c->lmove($src, $dst, 'left', 'left'), 'lower case directions');
        $this->assertSame('c', $this->c->lmove($src, $dst, 'Right', 'Left'));
        $this->assertSame(['c', 'b', 'a', 'd'], $this->c->lrange($dst, 0, -1));
        $this->assertSame(0, $this->c->exists($src));
        $this->assertFalse($this->c->lmove($src, $dst, 'LEFT', 'LEFT'), 'an empty source: false');
        $this->assertNull($this->c->getLastError());
        $this->assertSame('c', $this->c->lmove($dst, $dst, 'LEFT', 'RIGHT'), 'one key: a rotation');
        $this->assertSame(['b', 'a', 'd', 'c'], $this->c->lrange($dst, 0, -1));
    }

    /** phpredis 6.x: see testLmove. */
    public function testLmoveErrors(): void
    {
        if (self::isPhpredis() && !method_exists(RedisCluster::class, 'lmove')) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'lmove() is missing only from phpredis 5.x');
            return;
        }
        $src = $this->tagged('src');
        $dst = $this->tagged('dst');
        $this->c->rpush($src, 'a');
        $s = $this->stringKey();
        $this->assertFalse($this->c->lmove($src, $s, 'LEFT', 'LEFT'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertSame(['a'], $this->c->lrange($src, 0, -1));
        $this->c->clearLastError();

        /* 6.x checks the directions before sending: a warning and false. */
        [$r, $warnings] = $this->quietly(fn () => $this->c->lmove($src, $dst, 'UP', 'LEFT'));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::lmove(): Wherefrom argument must be either 'LEFT' or 'RIGHT'"], $warnings);
        [$r, $warnings] = $this->quietly(fn () => $this->c->lmove($src, $dst, 'LEFT', 'DOWN'));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::lmove(): Whereto argument must be either 'LEFT' or 'RIGHT'"], $warnings);
        $this->assertNull($this->c->getLastError());
        $this->assertSame(['a'], $this->c->lrange($src, 0, -1));
    }

    /**
     * phpredis 6.x does not check the slots of lmove's keys itself: the server refuses with
     * CROSSSLOT, which is false with the message kept. Refusing locally with a warning (as
     * rpoplpush does) is as good: either way false, and nothing moves.
     */
    public function testLmoveAcrossSlots(): void
    {
        if (self::isPhpredis() && !method_exists(RedisCluster::class, 'lmove')) {
            $this->assertStringStartsWith('5.', phpversion('redis'), 'lmove() is missing only from phpredis 5.x');
            return;
        }
        [$a, $b] = $this->crossSlotKeys();
        $this->c->rpush($a, 'x');
        [$r, $warnings] = $this->quietly(fn () => $this->c->lmove($a, $b, 'LEFT', 'LEFT'));
        $this->assertFalse($r);
        $error = $this->c->getLastError();
        $this->assertTrue(
            $warnings === ["RedisCluster::lmove(): Keys don't hash to the same slot"]
                || ($warnings === [] && $error === "CROSSSLOT Keys in request don't hash to the same slot"),
            'a local warning or the server\'s CROSSSLOT; got ' . json_encode([$warnings, $error])
        );
        $this->assertSame(['x'], $this->c->lrange($a, 0, -1));
        $this->assertSame(0, $this->c->exists($b));
    }

    public function testWithPhpSerializer(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP));
        $l = $this->tagged('l');
        $l2 = $this->tagged('l2');
        $this->c->rpush($l, ['a' => 1], 2);
        $this->assertSame(3, $this->c->lpushx($l, [1, 2]));
        $this->assertSame(4, $this->c->rpushx($l, 1.5));
        $this->assertTrue($this->c->lset($l, 1, ['x' => true]));
        $this->assertSame(5, $this->c->linsert($l, 'after', ['x' => true], 'ins'), 'the pivot is serialized too');
        $this->assertSame(['x' => true], $this->c->lget($l, 1));
        $this->assertSame([[1, 2], ['x' => true], 'ins', 2, 1.5], $this->c->lrange($l, 0, -1));
        $this->assertSame(1.5, $this->c->rpoplpush($l, $l2), 'the popped value is unserialized');
        $this->assertSame(['d:1.5;'], $this->serverCall($l2, 'LRANGE', $l2, 0, -1));
    }
}
