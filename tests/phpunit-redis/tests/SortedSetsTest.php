<?php

namespace RedisTests;

use Redis;

/** Sorted sets. */
final class SortedSetsTest extends RedisTestCase
{
    /** ZRANGE WITHSCORES behind the client's back, as [member => float]. */
    private function serverZset(string $z): array
    {
        $flat = $this->serverCall('ZRANGE', $z, 0, -1, 'WITHSCORES');
        $out = [];
        for ($i = 0; $i < count($flat); $i += 2) {
            $out[$flat[$i]] = (float)$flat[$i + 1];
        }
        return $out;
    }

    public function testAddAndScores(): void
    {
        $z = $this->key('z');
        $this->assertSame(1, $this->r->zAdd($z, 1, 'a'));
        $this->assertSame(2, $this->r->zAdd($z, 2, 'b', 3, 'c'));
        $this->assertSame(0, $this->r->zAdd($z, ['nx'], 5, 'a'));
        $this->assertSame(1, $this->r->zAdd($z, ['xx', 'ch'], 5, 'a'));
        $this->assertSame(1, $this->r->zAdd($z, 1.25, 'd'));
        $this->assertSame(['d' => 1.25, 'b' => 2.0, 'c' => 3.0, 'a' => 5.0], $this->serverZset($z));
        $this->assertSame(4, $this->r->zCard($z));
        $this->assertSame(2, $this->r->zCount($z, 2, 3));
        $this->assertSame(2, $this->r->zCount($z, '(2', '+inf'));
        $this->assertSame(5.0, $this->r->zScore($z, 'a'));
        $this->assertFalse($this->r->zScore($z, 'none'));
        $this->assertSame(3.0, $this->r->zIncrBy($z, 1, 'b'));
        $this->assertSame(1, $this->r->zRank($z, 'b'));
        $this->assertFalse($this->r->zRank($z, 'none'));
        $this->assertSame(2, $this->r->zRevRank($z, 'b'));
        [$r, $warnings] = $this->quietly(fn () => $this->r->zAdd($z, 'x', 'a'));
        $this->assertFalse($r);
        $this->assertSame(["Redis::zAdd(): Scores must be numeric or '-inf','+inf'"], $warnings);
        $this->assertSame(1, $this->r->zAdd($this->key('inf'), INF, 'a'));
        $this->assertSame(1, $this->r->zAdd($this->key('inf'), '-inf', 'b'));
        $this->assertSame(['b' => -INF, 'a' => INF], $this->r->zRange($this->key('inf'), 0, -1, true));
    }

    /**
     * INCR returns the new score (a float); GT and LT are sent. phpredis 5.3.7 applies the
     * increment but returns false, and drops GT / LT silently: the score is lowered.
     */
    public function testAddIncrGtLt(): void
    {
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 5, 'a');
        if (self::isPhpredis5()) {
            $this->assertFalse($this->r->zAdd($z, ['incr'], 1.5, 'a'));
            $this->assertSame('6.5', $this->serverCall('ZSCORE', $z, 'a'), 'applied all the same');
            $this->assertSame(0, $this->r->zAdd($z, ['gt'], 1, 'a'));
            $this->assertSame('1', $this->serverCall('ZSCORE', $z, 'a'), 'GT was not sent');
            return;
        }
        $this->assertSame(6.5, $this->r->zAdd($z, ['incr'], 1.5, 'a'));
        $this->assertFalse($this->r->zAdd($z, ['nx', 'incr'], 1, 'a'), 'NX INCR of a member: nil');
        $this->assertSame(0, $this->r->zAdd($z, ['gt', 'ch'], 1, 'a'));
        $this->assertSame('6.5', $this->serverCall('ZSCORE', $z, 'a'));
        $this->assertSame(1, $this->r->zAdd($z, ['lt', 'ch'], 1, 'a'));
        $this->assertSame('1', $this->serverCall('ZSCORE', $z, 'a'));
    }

    public function testRanges(): void
    {
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 1, 'a', 1.25, 'd', 3, 'b', 3, 'c');
        $this->assertSame(['a', 'd', 'b', 'c'], $this->r->zRange($z, 0, -1));
        $this->assertSame(['a' => 1.0, 'd' => 1.25, 'b' => 3.0, 'c' => 3.0], $this->r->zRange($z, 0, -1, true));
        $this->assertSame(['a' => 1.0, 'd' => 1.25, 'b' => 3.0, 'c' => 3.0], $this->r->zRange($z, 0, -1, ['withscores' => true]));
        $this->assertSame(['c', 'b'], $this->r->zRevRange($z, 0, 1));
        $this->assertSame(['c' => 3.0, 'b' => 3.0], $this->r->zRevRange($z, 0, 1, true));
        $this->assertSame(['b', 'c'], $this->r->zRangeByScore($z, 2, 4));
        $this->assertSame(['d' => 1.25, 'b' => 3.0], $this->r->zRangeByScore($z, '-inf', '+inf', ['withscores' => true, 'limit' => [1, 2]]));
        $this->assertSame(['c', 'b'], $this->r->zRevRangeByScore($z, '+inf', 2));
        $this->assertSame(['c' => 3.0, 'b' => 3.0], $this->r->zRevRangeByScore($z, '+inf', 2, ['withscores' => true]));
        $this->assertSame(['d'], $this->r->zRevRangeByScore($z, '(3', 0, ['limit' => [0, 1]]));
        $this->assertSame([], $this->r->zRange($this->key('none'), 0, -1));

        $l = $this->key('lex');
        $this->serverCall('ZADD', $l, 0, 'a', 0, 'b', 0, 'c', 0, 'd');
        $this->assertSame(3, $this->r->zLexCount($l, '[b', '+'));
        $this->assertSame(['a', 'b', 'c'], $this->r->zRangeByLex($l, '-', '[c'));
        $this->assertSame(['b', 'c'], $this->r->zRangeByLex($l, '-', '+', 1, 2));
        $this->assertSame(['d', 'c'], $this->r->zRevRangeByLex($l, '+', '(b'));
        $this->assertSame(['d'], $this->r->zRevRangeByLex($l, '+', '-', 0, 1));
        [$r, $warnings] = $this->quietly(fn () => $this->r->zRangeByLex($l, 'b', 'c'));
        $this->assertFalse($r);
        $this->assertCount(1, $warnings, 'refused before sending');
    }

    /** ZRANGE's 6.2 form (BYSCORE, BYLEX, REV, LIMIT) and ZRANGESTORE. */
    public function testZrangeOptionsAndZrangestore(): void
    {
        if ($this->onlyInPhpredis6('zrangestore')) {
            return;
        }
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 0, 'v0', 1, 'v1', 2, 'v2', 3, 'v3');
        $this->assertSame(['v0', 'v1'], $this->r->zRange($z, 0, 1, ['byscore', 'limit' => [0, 100]]));
        $this->assertSame(['v1', 'v0'], $this->r->zRange($z, 1, 0, ['byscore', 'rev', 'limit' => [0, 100]]));
        $this->assertSame(['v1' => 1.0, 'v0' => 0.0], $this->r->zRange($z, 1, 0, ['byscore', 'rev', 'withscores' => true]));
        $this->assertSame(2, $this->r->zrangestore($this->key('dst'), $z, 1, 0, ['byscore', 'rev', 'limit' => [0, 100]]));
        $this->assertSame(['v0' => 0.0, 'v1' => 1.0], $this->serverZset($this->key('dst')));
        $this->assertSame(1, $this->r->zrangestore($this->key('dst'), $z, 0, 0));
        $this->assertSame(['v0' => 0.0], $this->serverZset($this->key('dst')));
        $l = $this->key('lex');
        $this->serverCall('ZADD', $l, 0, 'a', 0, 'b', 0, 'c');
        $this->assertSame(['b', 'c'], $this->r->zRange($l, '-', '[c', ['BYLEX', 'LIMIT' => [1, 2]]));
        $this->assertSame(['b', 'a'], $this->r->zRange($l, '[c', '-', ['BYLEX', 'REV', 'LIMIT' => [1, 2]]));
    }

    public function testRemovals(): void
    {
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 1, 'a', 2, 'b', 3, 'c', 4, 'd', 5, 'e');
        $this->assertSame(1, $this->r->zRem($z, 'e', 'none'));
        $this->assertSame(0, $this->r->zRemRangeByScore($z, 100, 200));
        $this->assertSame(1, $this->r->zRemRangeByScore($z, '(3', 4));
        $this->assertSame(1, $this->r->zRemRangeByRank($z, 0, 0));
        $this->assertSame(['b' => 2.0, 'c' => 3.0], $this->serverZset($z));
        $l = $this->key('lex');
        $this->serverCall('ZADD', $l, 0, 'a', 0, 'b', 0, 'c');
        $this->assertSame(2, $this->r->zRemRangeByLex($l, '[a', '[b'));
        $this->assertSame(['c'], $this->serverCall('ZRANGE', $l, 0, -1));
    }

    public function testPops(): void
    {
        $z = $this->key('z');
        $this->serverCall('ZADD', $z, 1, 'a', 2, 'b', 3, 'c', 4, 'd', 5, 'e');
        $this->assertSame(['a' => 1.0], $this->r->zPopMin($z));
        $this->assertSame(['e' => 5.0], $this->r->zPopMax($z));
        $this->assertSame(['b' => 2.0, 'c' => 3.0], $this->r->zPopMin($z, 2));
        $this->assertSame(['d' => 4.0], $this->r->zPopMax($z, 5));
        $this->assertSame([], $this->r->zPopMin($this->key('none')));
        $this->assertSame([], $this->r->zPopMax($this->key('none'), 2));
    }

    public function testStoreAlgebra(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->serverCall('ZADD', $a, 1, 'x', 2, 'y');
        $this->serverCall('ZADD', $b, 10, 'y', 20, 'z');
        $d = $this->key('d');
        $this->assertSame(1, $this->r->zinterstore($d, [$a, $b]));
        $this->assertSame(['y' => 12.0], $this->serverZset($d));
        $this->assertSame(1, $this->r->zinterstore($d, [$a, $b], [2, 3]));
        $this->assertSame(['y' => 34.0], $this->serverZset($d));
        $this->assertSame(1, $this->r->zinterstore($d, [$a, $b], null, 'max'));
        $this->assertSame(['y' => 10.0], $this->serverZset($d));
        $this->assertSame(3, $this->r->zunionstore($d, [$a, $b]));
        $this->assertSame(['x' => 1.0, 'y' => 12.0, 'z' => 20.0], $this->serverZset($d));
        $this->assertSame(3, $this->r->zunionstore($d, [$a, $b], [1, 2], 'min'));
        $this->assertSame(['x' => 1.0, 'y' => 2.0, 'z' => 40.0], $this->serverZset($d));
        $this->assertSame(3, $this->r->zunionstore($d, [$a, $b], [1, 'inf']));
        [$r, $warnings] = $this->quietly(fn () => $this->r->zinterstore($d, [$a, $b], [1]));
        $this->assertFalse($r);
        $this->assertSame(['Redis::zinterstore(): WEIGHTS and keys array should be the same size!'], $warnings);
    }

    public function testAlgebra62(): void
    {
        if ($this->onlyInPhpredis6('zdiff')) {
            return;
        }
        $a = $this->key('a');
        $b = $this->key('b');
        $this->serverCall('ZADD', $a, 1, 'x', 2, 'y', 3, 'w');
        $this->serverCall('ZADD', $b, 10, 'y', 20, 'z');
        $this->assertSame(['x', 'w'], $this->r->zdiff([$a, $b]));
        $this->assertSame(['x' => 1.0, 'w' => 3.0], $this->r->zdiff([$a, $b], ['withscores' => true]));
        $this->assertSame(2, $this->r->zdiffstore($this->key('d'), [$a, $b]));
        $this->assertSame(['x' => 1.0, 'w' => 3.0], $this->serverZset($this->key('d')));
        $this->assertSame(['y'], $this->r->zinter([$a, $b]));
        $this->assertSame(['y' => 12.0], $this->r->zinter([$a, $b], null, ['withscores' => true]));
        $this->assertSame(['y' => 34.0], $this->r->zinter([$a, $b], [2, 3], ['withscores' => true]), '2 * 2 + 10 * 3');
        $this->assertSame(['y' => 10.0], $this->r->zinter([$a, $b], null, ['aggregate' => 'max', 'withscores' => true]));
        $this->assertSame(['x', 'w', 'y', 'z'], $this->r->zunion([$a, $b]));
        $this->assertSame(['x' => 1.0, 'w' => 3.0, 'y' => 12.0, 'z' => 20.0], $this->r->zunion([$a, $b], null, ['withscores' => true]));
        $this->assertSame(['x' => 1.0, 'y' => 2.0, 'w' => 3.0, 'z' => 20.0], $this->r->zunion([$a, $b], null, ['aggregate' => 'min', 'withscores' => true]));
        $this->assertSame(1, $this->r->zintercard([$a, $b]));
        $this->assertSame(3, $this->r->zintercard([$a]));
        $this->assertSame(2, $this->r->zintercard([$a], 2));
        $this->assertSame([2.0, false, 3.0], $this->r->zMscore($a, 'y', 'none', 'w'));
        $this->assertSame([false, false], $this->r->zMscore($this->key('none'), 'a', 'b'));
        $this->assertContains($this->r->zRandMember($a), ['x', 'y', 'w']);
        $two = $this->r->zRandMember($a, ['count' => 2]);
        $this->assertCount(2, $two);
        $this->assertSame([], array_diff($two, ['x', 'y', 'w']));
        $all = $this->r->zRandMember($a, ['count' => 5, 'withscores' => true]);
        ksort($all);
        $this->assertSame(['w' => 3.0, 'x' => 1.0, 'y' => 2.0], $all);
        $this->assertFalse($this->r->zRandMember($this->key('none')));
    }
}
