<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * zcount, zlexcount, zrank, zrevrank, zremrangeby{score,rank,lex}, zrevrange,
 * zrevrangebyscore, zrangebylex, zpopmin, zpopmax: the values and types phpredis returns,
 * checked against Debian's phpredis 5.3.7.
 */
final class MoreSortedSetsTest extends ClusterTestCase
{
    private const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

    /** a:1 b:2 e:2.5 c:3 d:4 */
    private function scores(string $name = 'z'): string
    {
        $z = $this->key($name);
        $this->assertSame(5, $this->c->zadd($z, 1, 'a', 2, 'b', 3, 'c', 4, 'd', 2.5, 'e'));
        return $z;
    }

    /** a..e, all of score 0 */
    private function lex(string $name = 'lex'): string
    {
        $z = $this->key($name);
        $this->assertSame(5, $this->c->zadd($z, 0, 'a', 0, 'b', 0, 'c', 0, 'd', 0, 'e'));
        return $z;
    }

    private function stringKey(): string
    {
        $s = $this->key('str');
        $this->assertTrue($this->c->set($s, 'v'));
        return $s;
    }


    public function testZcount(): void
    {
        $z = $this->scores();
        $this->assertSame(5, $this->c->zcount($z, '-inf', '+inf'));
        $this->assertSame(3, $this->c->zcount($z, 2, 3), 'int bounds');
        $this->assertSame(2, $this->c->zcount($z, '(2', '3'), 'exclusive min');
        $this->assertSame(2, $this->c->zcount($z, '2', '(3'), 'exclusive max');
        $this->assertSame(1, $this->c->zcount($z, 2.5, 2.5), 'float bounds');
        $this->assertSame(0, $this->c->zcount($z, 10, 20));
        $this->assertSame(0, $this->c->zcount($z, 3, 2), 'min above max');
        $this->assertSame(0, $this->c->zcount($this->key('missing'), '-inf', '+inf'));
        $this->assertNull($this->c->getLastError());
    }

    public function testZcountErrors(): void
    {
        $z = $this->scores();
        $this->assertFalse($this->c->zcount($z, 'x', 'y'));
        $this->assertSame('ERR min or max is not a float', $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->zcount($this->stringKey(), '-inf', '+inf'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZlexcount(): void
    {
        $z = $this->lex();
        $this->assertSame(5, $this->c->zlexcount($z, '-', '+'));
        $this->assertSame(3, $this->c->zlexcount($z, '[b', '[d'));
        $this->assertSame(2, $this->c->zlexcount($z, '(b', '[d'));
        $this->assertSame(2, $this->c->zlexcount($z, '[b', '(d'));
        $this->assertSame(0, $this->c->zlexcount($z, '[z', '+'));
        $this->assertSame(0, $this->c->zlexcount($this->key('missing'), '-', '+'));
        $this->assertNull($this->c->getLastError());
    }

    public function testZlexcountErrors(): void
    {
        $z = $this->lex();
        $this->assertRefusedLocally(fn () => $this->c->zlexcount($z, 'b', '[d'),
            "RedisCluster::zlexcount(): Min/Max args can be '-' or '+', or start with '[' or '('");
        $this->assertRefusedLocally(fn () => $this->c->zlexcount($z, '[b', 'd'),
            "RedisCluster::zlexcount(): Min/Max args can be '-' or '+', or start with '[' or '('");
        $this->assertFalse($this->c->zlexcount($this->stringKey(), '-', '+'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZrankZrevrank(): void
    {
        $z = $this->scores();
        $this->assertSame(0, $this->c->zrank($z, 'a'), 'rank 0 is int 0, not false');
        $this->assertSame(2, $this->c->zrank($z, 'e'));
        $this->assertSame(4, $this->c->zrank($z, 'd'));
        $this->assertSame(4, $this->c->zrevrank($z, 'a'));
        $this->assertSame(0, $this->c->zrevrank($z, 'd'));
        $this->assertFalse($this->c->zrank($z, 'none'), 'no such member: false, not null');
        $this->assertFalse($this->c->zrevrank($z, 'none'));
        $this->assertFalse($this->c->zrank($this->key('missing'), 'a'));
        $this->assertFalse($this->c->zrevrank($this->key('missing'), 'a'));
        $this->assertNull($this->c->getLastError());
        $this->c->zadd($z, 0, '7');
        $this->assertSame(0, $this->c->zrank($z, 7), 'an int member matches its string');
    }

    public function testZrankWrongType(): void
    {
        $s = $this->stringKey();
        $this->assertFalse($this->c->zrank($s, 'a'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->zrevrank($s, 'a'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZremrangebyscore(): void
    {
        $z = $this->scores();
        $this->c->zadd($z, '+inf', 'top', '-inf', 'bottom');
        $this->assertSame(3, $this->c->zremrangebyscore($z, 2, 3), 'the count removed');
        $this->assertSame(0, $this->c->zremrangebyscore($z, 2, 3));
        $this->assertSame(1, $this->c->zremrangebyscore($z, '(1', '4'));
        $this->assertSame(1, $this->c->zremrangebyscore($z, '-inf', '-inf'));
        $this->assertSame(['a' => 1.0, 'top' => INF], $this->c->zrange($z, 0, -1, true));
        $this->assertSame(0, $this->c->zremrangebyscore($this->key('missing'), '-inf', '+inf'));
        $this->assertSame(2, $this->c->zremrangebyscore($z, '-inf', '+inf'));
        $this->assertSame(0, $this->c->exists($z));
        $this->assertNull($this->c->getLastError());
    }

    public function testZremrangebyscoreErrors(): void
    {
        $z = $this->scores();
        $this->assertFalse($this->c->zremrangebyscore($z, 'x', 'y'));
        $this->assertSame('ERR min or max is not a float', $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->zremrangebyscore($this->stringKey(), '-inf', '+inf'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertSame(5, $this->c->zcard($z));
    }

    public function testZremrangebyrank(): void
    {
        $z = $this->scores();
        $this->assertSame(2, $this->c->zremrangebyrank($z, 0, 1));
        $this->assertSame(1, $this->c->zremrangebyrank($z, -1, -1));
        $this->assertSame(0, $this->c->zremrangebyrank($z, 10, 20));
        $this->assertSame(1, $this->c->zremrangebyrank($z, '0', '0'), 'numeric strings');
        $this->assertSame(['c'], $this->c->zrange($z, 0, -1));
        $this->assertSame(0, $this->c->zremrangebyrank($this->key('missing'), 0, -1));
        $this->assertFalse($this->c->zremrangebyrank($this->stringKey(), 0, -1));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZremrangebylex(): void
    {
        $z = $this->lex();
        $this->assertSame(2, $this->c->zremrangebylex($z, '[b', '(d'));
        $this->assertSame(0, $this->c->zremrangebylex($z, '[b', '(d'));
        $this->assertSame(1, $this->c->zremrangebylex($z, '-', '(d'));
        $this->assertSame(['d', 'e'], $this->c->zrange($z, 0, -1));
        $this->assertSame(0, $this->c->zremrangebylex($this->key('missing'), '-', '+'));
        $this->assertNull($this->c->getLastError());
    }

    public function testZremrangebylexErrors(): void
    {
        $z = $this->lex();
        $this->assertRefusedLocally(fn () => $this->c->zremrangebylex($z, 'b', 'd'),
            "RedisCluster::zremrangebylex(): Min/Max args can be '-' or '+', or start with '[' or '('");
        $this->assertSame(5, $this->c->zcard($z));
        $this->assertFalse($this->c->zremrangebylex($this->stringKey(), '-', '+'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZrevrange(): void
    {
        $z = $this->scores();
        $this->assertSame(['d', 'c', 'e', 'b', 'a'], $this->c->zrevrange($z, 0, -1));
        $this->assertSame(['c', 'e'], $this->c->zrevrange($z, 1, 2));
        $this->assertSame([], $this->c->zrevrange($z, 10, 20));
        $expected = ['d' => 4.0, 'c' => 3.0, 'e' => 2.5, 'b' => 2.0, 'a' => 1.0];
        $this->assertSame($expected, $this->c->zrevrange($z, 0, -1, true), 'withscores: member => float');
        $this->assertSame($expected, $this->c->zrevrange($z, 0, -1, ['withscores' => true]), 'withscores as an option');
        $this->assertSame(['c' => 3.0, 'e' => 2.5], $this->c->zrevrange($z, 1, 2, true));
        $this->assertSame([], $this->c->zrevrange($this->key('missing'), 0, -1));
        $this->assertSame([], $this->c->zrevrange($this->key('missing'), 0, -1, true));
        $this->assertFalse($this->c->zrevrange($this->stringKey(), 0, -1));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZrevrangeScoresOfEveryShape(): void
    {
        $z = $this->key();
        $this->c->zadd($z, '+inf', 'top', '-inf', 'bottom', 1e20, 'big', -0.5, 'neg', 3, '7');
        $this->assertSame(
            ['top' => INF, 'big' => 1.0E+20, 7 => 3.0, 'neg' => -0.5, 'bottom' => -INF],
            $this->c->zrevrange($z, 0, -1, true),
            'infinities are floats; a numeric member is an int key'
        );
    }

    public function testZrevrangebyscore(): void
    {
        $z = $this->scores();
        $this->assertSame(['d', 'c', 'e', 'b', 'a'], $this->c->zrevrangebyscore($z, '+inf', '-inf'));
        $this->assertSame(['c', 'e', 'b'], $this->c->zrevrangebyscore($z, 3, 2), 'max first');
        $this->assertSame(['e', 'b'], $this->c->zrevrangebyscore($z, '(3', '2'));
        $this->assertSame([], $this->c->zrevrangebyscore($z, '-inf', '+inf'), 'min first: nothing');
        $this->assertSame(
            ['d' => 4.0, 'c' => 3.0, 'e' => 2.5, 'b' => 2.0, 'a' => 1.0],
            $this->c->zrevrangebyscore($z, '+inf', '-inf', ['withscores' => true])
        );
        $this->assertSame(
            ['c' => 3.0, 'e' => 2.5],
            $this->c->zrevrangebyscore($z, '+inf', '-inf', ['withscores' => true, 'limit' => [1, 2]])
        );
        $this->assertSame(['c', 'e'], $this->c->zrevrangebyscore($z, '+inf', '-inf', ['limit' => [1, 2]]));
        $this->assertSame([], $this->c->zrevrangebyscore($this->key('missing'), '+inf', '-inf'));
        $this->assertNull($this->c->getLastError());
    }

    public function testZrevrangebyscoreErrors(): void
    {
        $z = $this->scores();
        $this->assertFalse($this->c->zrevrangebyscore($z, 'x', 'y'));
        $this->assertSame('ERR min or max is not a float', $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->zrevrangebyscore($this->stringKey(), '+inf', '-inf'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZrangebylex(): void
    {
        $z = $this->lex();
        $this->assertSame(['a', 'b', 'c', 'd', 'e'], $this->c->zrangebylex($z, '-', '+'));
        $this->assertSame(['b', 'c'], $this->c->zrangebylex($z, '[b', '(d'));
        $this->assertSame(['b', 'c'], $this->c->zrangebylex($z, '-', '+', 1, 2), 'offset and count');
        $this->assertSame(['a'], $this->c->zrangebylex($z, '-', '+', 0, 1));
        $this->assertSame(['b', 'c', 'd', 'e'], $this->c->zrangebylex($z, '-', '+', 1, -1), 'a negative count: the rest');
        $this->assertSame([], $this->c->zrangebylex($z, '[x', '+'));
        $this->assertSame([], $this->c->zrangebylex($this->key('missing'), '-', '+'));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->zrangebylex($this->stringKey(), '-', '+'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testZrangebylexRefusals(): void
    {
        $z = $this->lex();
        $this->assertRefusedLocally(fn () => $this->c->zrangebylex($z, '-', '+', 1),
            'RedisCluster::zrangebylex(): Must pass either 3 or 5 arguments');
        $this->assertRefusedLocally(fn () => $this->c->zrangebylex($z, 'b', 'd'),
            "RedisCluster::zrangebylex(): min and max arguments must start with '[' or '('");
    }

    public function testZpopminZpopmaxOne(): void
    {
        $z = $this->scores();
        $this->assertSame(['a' => 1.0], $this->c->zpopmin($z), 'member => float score');
        $this->assertSame(['d' => 4.0], $this->c->zpopmax($z));
        $this->assertSame(['b' => 2.0, 'e' => 2.5, 'c' => 3.0], $this->c->zrange($z, 0, -1, true));
        $this->c->zadd($z, '+inf', 'top', 1.5, 'x', 1, '7');
        $this->assertSame(['top' => INF], $this->c->zpopmax($z));
        $this->assertSame([7 => 1.0], $this->c->zpopmin($z), 'a numeric member is an int key');
        $this->assertSame(['x' => 1.5], $this->c->zpopmin($z));
    }

    public function testZpopminZpopmaxWithCount(): void
    {
        $z = $this->scores();
        $this->assertSame(['a' => 1.0, 'b' => 2.0], $this->c->zpopmin($z, 2), 'lowest first');
        $this->assertSame(['d' => 4.0, 'c' => 3.0], $this->c->zpopmax($z, 2), 'highest first');
        $this->assertSame(['e' => 2.5], $this->c->zpopmax($z, 1), 'count 1 is the same shape');
        $this->assertSame(0, $this->c->exists($z), 'emptied');
        $z2 = $this->scores('z2');
        $this->assertSame([], $this->c->zpopmax($z2, 0), 'count 0: nothing');
        $this->assertSame([], $this->c->zpopmin($z2, 0));
        $this->assertSame(['d' => 4.0, 'c' => 3.0, 'e' => 2.5, 'b' => 2.0, 'a' => 1.0], $this->c->zpopmax($z2, 10));
        $this->assertNull($this->c->getLastError());
    }

    public function testZpopMissingKeyIsAnEmptyArray(): void
    {
        $m = $this->key('missing');
        $this->assertSame([], $this->c->zpopmin($m), 'an empty array, not false');
        $this->assertSame([], $this->c->zpopmax($m));
        $this->assertSame([], $this->c->zpopmin($m, 3));
        $this->assertSame([], $this->c->zpopmax($m, 3));
        $this->assertNull($this->c->getLastError());
    }

    public function testZpopErrors(): void
    {
        $z = $this->scores();
        $this->assertFalse($this->c->zpopmin($z, -1));
        $this->assertSame('ERR value is out of range, must be positive', $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->zpopmax($z, -1));
        $this->assertSame('ERR value is out of range, must be positive', $this->c->getLastError());
        $s = $this->stringKey();
        foreach ([fn () => $this->c->zpopmin($s), fn () => $this->c->zpopmax($s),
                  fn () => $this->c->zpopmin($s, 2), fn () => $this->c->zpopmax($s, 2)] as $i => $fn) {
            $this->c->clearLastError();
            $this->assertFalse($fn(), "case $i");
            $this->assertSame(self::WRONGTYPE, $this->c->getLastError(), "case $i");
        }
        $this->assertSame(5, $this->c->zcard($z));
    }

    public function testWithPhpSerializer(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP));
        $z = $this->key();
        $this->c->zadd($z, 1, 'a', 2, 'b');
        $this->assertSame([serialize('a'), serialize('b')], $this->serverCall($z, 'ZRANGE', $z, 0, -1));
        $this->assertSame(0, $this->c->zrank($z, 'a'), 'the member is serialized');
        $this->assertSame(0, $this->c->zrevrank($z, 'b'));
        $this->assertSame(['b', 'a'], $this->c->zrevrange($z, 0, -1), 'unserialized');
        $this->assertSame(['b' => 2.0, 'a' => 1.0], $this->c->zrevrange($z, 0, -1, true));
        $this->assertSame(['a' => 1.0], $this->c->zpopmin($z));
    }
}
