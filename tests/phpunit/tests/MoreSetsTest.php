<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * spop, srandmember, smove, sdiff, sinter, sunion and their *store forms: the values and
 * types phpredis returns, checked against Debian's phpredis 5.3.7. Set replies come in the
 * server's order, so members are compared sorted, after checking the reply is a list.
 */
final class MoreSetsTest extends ClusterTestCase
{
    private const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

    /** @return list<string> $reply, checked to be a list of strings, sorted */
    private function sorted(mixed $reply): array
    {
        $this->assertIsArray($reply);
        $this->assertTrue(array_is_list($reply), 'a list: ' . json_encode($reply));
        foreach ($reply as $m) {
            $this->assertIsString($m);
        }
        sort($reply, SORT_STRING);
        return $reply;
    }

    /** A string key in the test's shared slot, for the WRONGTYPE cases. */
    private function stringKey(string $name = 'str'): string
    {
        $s = $this->tagged($name);
        $this->assertTrue($this->c->set($s, 'v'));
        return $s;
    }

    /** Two keys of different slots. */
    private function crossSlotKeys(): array
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->assertNotSame(self::admin()->slot($a), self::admin()->slot($b));
        return [$a, $b];
    }


    /** Sets a, b, d in the test's slot: {a b c d}, {c d e}, {d f}. */
    private function threeSets(): array
    {
        [$a, $b, $d] = [$this->tagged('a'), $this->tagged('b'), $this->tagged('d')];
        $this->c->sadd($a, 'a', 'b', 'c', 'd');
        $this->c->sadd($b, 'c', 'd', 'e');
        $this->c->sadd($d, 'd', 'f');
        return [$a, $b, $d];
    }

    public function testSpopOne(): void
    {
        $s = $this->key();
        $this->assertFalse($this->c->spop($s), 'a missing key: false');
        $this->c->sadd($s, 'a', 'b', 3);
        $popped = [];
        for ($i = 0; $i < 3; $i++) {
            $m = $this->c->spop($s);
            $this->assertIsString($m);
            $popped[] = $m;
        }
        $this->assertSame(['3', 'a', 'b'], $this->sorted($popped));
        $this->assertFalse($this->c->spop($s), 'emptied');
        $this->assertSame(0, $this->c->exists($s));
        $this->assertNull($this->c->getLastError());
    }

    public function testSpopWithCount(): void
    {
        $s = $this->key();
        $this->assertSame([], $this->c->spop($s, 2), 'a missing key with a count: an empty array');
        $this->c->sadd($s, 'a', 'b', 'c', 'd', 'e');
        $two = $this->sorted($this->c->spop($s, 2));
        $this->assertCount(2, $two);
        $one = $this->c->spop($s, 1);
        $this->assertCount(1, $this->sorted($one), 'count 1 is still an array');
        $this->assertSame([], $this->c->spop($s, 0));
        $this->assertSame(2, $this->c->scard($s));
        $rest = $this->sorted($this->c->spop($s, 10));
        $this->assertCount(2, $rest, 'more than the set: all of it');
        $this->assertSame(['a', 'b', 'c', 'd', 'e'], $this->sorted(array_merge($two, $one, $rest)));
        $this->assertSame(0, $this->c->exists($s));
    }

    public function testSpopErrors(): void
    {
        $s = $this->key();
        $this->c->sadd($s, 'a');
        $this->assertFalse($this->c->spop($s, -1));
        $this->assertSame('ERR value is out of range, must be positive', $this->c->getLastError());
        $str = $this->stringKey();
        $this->c->clearLastError();
        $this->assertFalse($this->c->spop($str));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->spop($str, 2));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testSrandmember(): void
    {
        $s = $this->key();
        $this->assertFalse($this->c->srandmember($s), 'a missing key: false');
        $this->assertSame([], $this->c->srandmember($s, 2), 'with a count: an empty array');
        $this->c->sadd($s, 'a', 'b', 3);
        $m = $this->c->srandmember($s);
        $this->assertIsString($m);
        $this->assertContains($m, ['a', 'b', '3']);
        $two = $this->sorted($this->c->srandmember($s, 2));
        $this->assertCount(2, array_unique($two), 'a positive count: distinct members');
        $this->assertSame([], array_diff($two, ['a', 'b', '3']));
        $this->assertSame(['3', 'a', 'b'], $this->sorted($this->c->srandmember($s, 10)), 'at most the whole set');
        $this->assertCount(1, $this->sorted($this->c->srandmember($s, 1)), 'count 1 is still an array');
        $this->assertSame([], $this->c->srandmember($s, 0));
        $five = $this->sorted($this->c->srandmember($s, -5));
        $this->assertCount(5, $five, 'a negative count: exactly that many, repeats allowed');
        $this->assertSame([], array_diff($five, ['a', 'b', '3']));
        $this->assertSame(3, $this->c->scard($s), 'nothing removed');
        $this->assertNull($this->c->getLastError());
    }

    public function testSrandmemberWrongType(): void
    {
        $str = $this->stringKey();
        $this->assertFalse($this->c->srandmember($str));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertFalse($this->c->srandmember($str, 2));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testSmove(): void
    {
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->c->sadd($a, 'x', 'y', 7);
        $this->assertTrue($this->c->smove($a, $b, 'x'), '1 is true');
        $this->assertFalse($this->c->smove($a, $b, 'x'), '0 is false');
        $this->assertTrue($this->c->smove($a, $b, 7), 'an int member');
        $this->assertFalse($this->c->smove($this->tagged('missing'), $b, 'y'));
        $this->assertSame(0, $this->c->exists($this->tagged('missing')));
        $this->assertSame(['y'], $this->sorted($this->c->smembers($a)));
        $this->assertSame(['7', 'x'], $this->sorted($this->c->smembers($b)));
        $this->assertNull($this->c->getLastError());
    }

    public function testSmoveWrongType(): void
    {
        $a = $this->tagged('a');
        $str = $this->stringKey();
        $this->c->sadd($a, 'x');
        $this->assertFalse($this->c->smove($a, $str, 'x'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertSame(['x'], $this->c->smembers($a));
        $this->c->clearLastError();
        $this->assertFalse($this->c->smove($str, $a, 'x'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testSmoveAcrossSlotsIsRefusedLocally(): void
    {
        [$a, $b] = $this->crossSlotKeys();
        $this->c->sadd($a, 'x');
        $this->assertRefusedLocally(fn () => $this->c->smove($a, $b, 'x'),
            "RedisCluster::smove(): Source and destination keys don't hash to the same slot!");
        $this->assertSame(['x'], $this->c->smembers($a));
        $this->assertSame(0, $this->c->exists($b));
    }

    public function testSdiff(): void
    {
        [$a, $b, $d] = $this->threeSets();
        $this->assertSame(['a', 'b'], $this->sorted($this->c->sdiff($a, $b)));
        $this->assertSame(['a', 'b'], $this->sorted($this->c->sdiff($a, $b, $d)));
        $this->assertSame(['a', 'b', 'c', 'd'], $this->sorted($this->c->sdiff($a)), 'one key: its members');
        $this->assertSame([], $this->c->sdiff($this->tagged('missing'), $a));
        $this->assertSame(['a', 'b', 'c', 'd'], $this->sorted($this->c->sdiff($a, $this->tagged('missing'))));
        $this->assertSame(['e'], $this->c->sdiff($b, $a, $d));
        $this->assertSame([], $this->c->sdiff($d, $a, $b, $d), 'nothing left: an empty array');
    }

    public function testSinter(): void
    {
        [$a, $b, $d] = $this->threeSets();
        $this->assertSame(['c', 'd'], $this->sorted($this->c->sinter($a, $b)));
        $this->assertSame(['d'], $this->c->sinter($a, $b, $d));
        $this->assertSame(['c', 'd'], $this->sorted($this->c->sinter([$a, $b])), 'the keys as one array');
        $this->assertSame(['a', 'b', 'c', 'd'], $this->sorted($this->c->sinter($a)));
        $this->assertSame([], $this->c->sinter($a, $this->tagged('missing')));
    }

    public function testSunion(): void
    {
        [$a, $b, $d] = $this->threeSets();
        $this->assertSame(['a', 'b', 'c', 'd', 'e'], $this->sorted($this->c->sunion($a, $b)));
        $this->assertSame(['a', 'b', 'c', 'd', 'e', 'f'], $this->sorted($this->c->sunion($a, $b, $d)));
        $this->assertSame([], $this->c->sunion($this->tagged('missing'), $this->tagged('missing2')));
    }

    /**
     * Like sinter() and sinterstore() (whose signatures say array|string), sdiff(), sunion()
     * and sdiffstore() of phpredis take the keys as one array too: 5.3.7 does, and 6.x
     * builds all five with the same variadic-key code, though its stubs declare string.
     * (sunionstore() does not: 5.3.7 throws ArgumentCountError "Wrong parameter count".)
     */
    public function testSdiffSunionSdiffstoreTakeTheKeysAsOneArray(): void
    {
        [$a, $b] = $this->threeSets();
        $dst = $this->tagged('dst');
        $this->assertSame(['a', 'b'], $this->sorted($this->c->sdiff([$a, $b])));
        $this->assertSame(['a', 'b', 'c', 'd', 'e'], $this->sorted($this->c->sunion([$a, $b])));
        $this->assertSame(2, $this->c->sdiffstore([$dst, $a, $b]), 'the destination first');
        $this->assertSame(['a', 'b'], $this->sorted($this->c->smembers($dst)));
    }

    public function testSdiffSinterSunionWrongType(): void
    {
        [$a] = $this->threeSets();
        $str = $this->stringKey();
        foreach (['sdiff', 'sinter', 'sunion'] as $method) {
            $this->c->clearLastError();
            $this->assertFalse($this->c->$method($a, $str), $method);
            $this->assertSame(self::WRONGTYPE, $this->c->getLastError(), $method);
        }
    }

    public function testSdiffSinterSunionAcrossSlotsAreRefusedLocally(): void
    {
        [$a, $b] = $this->crossSlotKeys();
        $this->c->sadd($a, 'x');
        $this->c->sadd($b, 'y');
        foreach (['sdiff', 'sinter', 'sunion'] as $method) {
            $this->assertRefusedLocally(fn () => $this->c->$method($a, $b),
                "RedisCluster::$method(): Not all keys hash to the same slot");
        }
    }

    public function testSdiffstore(): void
    {
        [$a, $b, $d] = $this->threeSets();
        $dst = $this->tagged('dst');
        $this->assertSame(2, $this->c->sdiffstore($dst, $a, $b), 'the size of the result');
        $this->assertSame(['a', 'b'], $this->sorted($this->c->smembers($dst)));
        $this->assertSame(2, $this->c->sdiffstore($dst, $a, $b, $d));
        $this->assertSame(4, $this->c->sdiffstore($dst, $a), 'one source: a copy');
        $this->assertSame(0, $this->c->sdiffstore($dst, $this->tagged('missing'), $a), 'an empty result');
        $this->assertSame(0, $this->c->exists($dst), 'an empty result deletes the destination');
    }

    public function testSinterstore(): void
    {
        [$a, $b, $d] = $this->threeSets();
        $dst = $this->tagged('dst');
        $this->assertSame(2, $this->c->sinterstore($dst, $a, $b));
        $this->assertSame(['c', 'd'], $this->sorted($this->c->smembers($dst)));
        $this->assertSame(1, $this->c->sinterstore($dst, $a, $b, $d));
        $this->assertSame(['d'], $this->c->smembers($dst));
        $this->assertSame(2, $this->c->sinterstore([$dst, $a, $b]), 'destination and keys as one array');
        $this->assertSame(4, $this->c->sinterstore($dst, $a));
        $this->assertSame(0, $this->c->sinterstore($dst, $a, $this->tagged('missing')));
        $this->assertSame(0, $this->c->exists($dst));
    }

    /** A destination alone is sent as it is: the server's arity error. */
    public function testSinterstoreWithoutSourcesIsTheServersError(): void
    {
        $this->assertFalse($this->c->sinterstore($this->tagged('dst')));
        $this->assertSame("ERR wrong number of arguments for 'sinterstore' command", $this->c->getLastError());
    }

    public function testSunionstore(): void
    {
        [$a, $b, $d] = $this->threeSets();
        $dst = $this->tagged('dst');
        $this->assertSame(5, $this->c->sunionstore($dst, $a, $b));
        $this->assertSame(['a', 'b', 'c', 'd', 'e'], $this->sorted($this->c->smembers($dst)));
        $this->assertSame(6, $this->c->sunionstore($dst, $a, $b, $d));
        $this->assertSame(0, $this->c->sunionstore($dst, $this->tagged('missing')));
        $this->assertSame(0, $this->c->exists($dst));
    }

    public function testStoreOverwritesADestinationOfAnotherType(): void
    {
        [$a, $b] = $this->threeSets();
        $str = $this->stringKey();
        $this->assertSame(5, $this->c->sunionstore($str, $a, $b));
        $this->assertSame(RedisCluster::REDIS_SET, $this->c->type($str));
        $str2 = $this->stringKey('str2');
        $this->assertSame(2, $this->c->sdiffstore($str2, $a, $b));
        $this->assertSame(RedisCluster::REDIS_SET, $this->c->type($str2));
    }

    public function testStoreWrongType(): void
    {
        [$a] = $this->threeSets();
        $str = $this->stringKey();
        $dst = $this->tagged('dst');
        foreach (['sdiffstore', 'sinterstore', 'sunionstore'] as $method) {
            $this->c->clearLastError();
            $this->assertFalse($this->c->$method($dst, $a, $str), $method);
            $this->assertSame(self::WRONGTYPE, $this->c->getLastError(), $method);
        }
        $this->assertSame(0, $this->c->exists($dst));
    }

    public function testStoreAcrossSlotsIsRefusedLocally(): void
    {
        [$a, $b] = $this->crossSlotKeys();
        $this->c->sadd($a, 'x');
        $this->c->sadd($b, 'y');
        $dst = $this->key('dst');
        foreach (['sdiffstore', 'sinterstore', 'sunionstore'] as $method) {
            $this->assertRefusedLocally(fn () => $this->c->$method($a, $a, $b),
                "RedisCluster::$method(): Not all keys hash to the same slot");
            $this->assertRefusedLocally(fn () => $this->c->$method($dst, $a),
                "RedisCluster::$method(): Not all keys hash to the same slot");
        }
        $this->assertSame(['x'], $this->c->smembers($a));
        $this->assertSame(0, $this->c->exists($dst));
    }

    public function testWithPhpSerializer(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP));
        $s = $this->tagged('s');
        $s2 = $this->tagged('s2');
        $this->c->sadd($s, ['a' => 1], 'str', 3);
        $this->assertTrue($this->c->smove($s, $s2, ['a' => 1]), 'the member is serialized');
        $this->assertSame([serialize(['a' => 1])], $this->serverCall($s2, 'SMEMBERS', $s2));
        $this->assertSame(['a' => 1], $this->c->srandmember($s2));
        $this->assertSame([['a' => 1]], $this->c->srandmember($s2, 5));
        $this->assertSame([['a' => 1]], $this->c->sunion($s2, $this->tagged('missing')));
        $diff = $this->c->sdiff($s, $s2);
        $this->assertCount(2, $diff);
        $this->assertContains(3, $diff, 'unserialized: an int');
        $this->assertContains('str', $diff);
        $this->assertSame(['a' => 1], $this->c->spop($s2));
        $popped = $this->c->spop($s, 5);
        $this->assertCount(2, $popped);
        $this->assertContains(3, $popped);
    }
}
