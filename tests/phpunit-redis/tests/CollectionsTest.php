<?php

namespace RedisTests;

use Redis;

/** Hashes, lists, sets and HyperLogLogs. */
final class CollectionsTest extends RedisTestCase
{
    public function testHashes(): void
    {
        $h = $this->key('h');
        $this->assertSame(1, $this->r->hSet($h, 'f1', 'v1'));
        $this->assertSame(0, $this->r->hSet($h, 'f1', 'v1b'));
        $this->assertSame('v1b', $this->serverCall('HGET', $h, 'f1'));
        $this->assertFalse($this->r->hSetNx($h, 'f1', 'x'));
        $this->assertTrue($this->r->hSetNx($h, 'f9', 'x'));
        $this->assertSame('v1b', $this->r->hGet($h, 'f1'));
        $this->assertFalse($this->r->hGet($h, 'nof'));
        $this->assertFalse($this->r->hGet($this->key('none'), 'f'));
        $this->assertSame(2, $this->r->hLen($h));
        $this->assertSame(1, $this->r->hDel($h, 'f9', 'f8'));
        $this->assertSame(0, $this->r->hDel($h, 'f5'));
        $this->assertTrue($this->r->hExists($h, 'f1'));
        $this->assertFalse($this->r->hExists($h, 'nof'));
        $this->assertTrue($this->r->hMset($h, ['a' => 1, 'b' => 2, 3 => 'three']));
        $this->assertSame('three', $this->serverCall('HGET', $h, '3'));
        $this->assertSame(['a' => '1', 'b' => '2', 3 => 'three', 'zz' => false], $this->r->hMget($h, ['a', 'b', 3, 'zz']));
        $this->assertSame(['f1', 'a', 'b', '3'], array_map('strval', $this->r->hKeys($h)));
        $this->assertSame(['v1b', '1', '2', 'three'], $this->r->hVals($h));
        $this->assertSame(['f1' => 'v1b', 'a' => '1', 'b' => '2', 3 => 'three'], $this->r->hGetAll($h));
        $this->assertSame([], $this->r->hGetAll($this->key('none')));
        $this->assertSame(5, $this->r->hIncrBy($h, 'n', 5));
        $this->assertSame(1.5, $this->r->hIncrByFloat($h, 'fl', 1.5));
        $this->assertSame(3.0, $this->r->hIncrByFloat($h, 'fl', 1.5));
        $this->assertSame('3', $this->serverCall('HGET', $h, 'fl'));
        $this->assertSame(3, $this->r->hStrLen($h, 'f1'));
        $this->assertSame(0, $this->r->hStrLen($h, 'nof'));
        $this->assertFalse($this->r->hIncrBy($h, 'f1', 1));
        $this->assertSame('ERR hash value is not an integer', $this->lastError());
        [$cmds, $r] = $this->sent(fn () => $this->r->hMget($h, []));
        $this->assertFalse($r);
        $this->assertSame([], $cmds);
    }

    public function testHsetManyAndHrandfield(): void
    {
        if ($this->onlyInPhpredis6('hRandField')) {
            return;
        }
        $h = $this->key('h');
        $this->assertSame(2, $this->r->hSet($h, 'f2', 'v2', 'f3', 'v3'));
        $this->assertSame(2, $this->r->hSet($h, ['f4' => 'v4', 'f5' => 'v5']));
        $this->assertSame(1, $this->r->hSet($h, ['f5' => 'v5b', 'f6' => 'v6']));
        $this->assertSame(['f2' => 'v2', 'f3' => 'v3', 'f4' => 'v4', 'f5' => 'v5b', 'f6' => 'v6'], $this->serverHash($h));
        $this->assertContains($this->r->hRandField($h), ['f2', 'f3', 'f4', 'f5', 'f6']);
        $two = $this->r->hRandField($h, ['count' => 2]);
        $this->assertCount(2, $two);
        $this->assertSame([], array_diff($two, ['f2', 'f3', 'f4', 'f5', 'f6']));
        $this->assertCount(7, $this->r->hRandField($h, ['count' => -7]), 'a negative count repeats');
        $all = $this->r->hRandField($h, ['count' => 10, 'withvalues' => true]);
        ksort($all);
        $this->assertSame($this->serverHash($h), $all);
        $this->assertFalse($this->r->hRandField($this->key('none')));
        $this->assertSame([], $this->r->hRandField($this->key('none'), ['count' => 2]));
    }

    /** HGETALL behind the client's back, as [field => value] sorted by field. */
    private function serverHash(string $h): array
    {
        $flat = $this->serverCall('HGETALL', $h);
        $out = [];
        for ($i = 0; $i < count($flat); $i += 2) {
            $out[$flat[$i]] = $flat[$i + 1];
        }
        ksort($out);
        return $out;
    }

    public function testLists(): void
    {
        $l = $this->key('l');
        $this->assertSame(2, $this->r->lPush($l, 'a', 'b'));
        $this->assertSame(4, $this->r->rPush($l, 'c', 'd'));
        $this->assertSame(0, $this->r->lPushx($this->key('none'), 'a'));
        $this->assertSame(5, $this->r->rPushx($l, 'e'));
        $this->assertSame(['b', 'a', 'c', 'd', 'e'], $this->serverCall('LRANGE', $l, 0, -1));
        $this->assertSame(5, $this->r->lLen($l));
        $this->assertSame(['b', 'a', 'c', 'd', 'e'], $this->r->lrange($l, 0, -1));
        $this->assertSame([], $this->r->lrange($this->key('none'), 0, -1));
        $this->assertSame('b', $this->r->lindex($l, 0));
        $this->assertSame('e', $this->r->lindex($l, -1));
        $this->assertFalse($this->r->lindex($l, 100));
        $this->assertTrue($this->r->lSet($l, 0, 'B'));
        $this->assertFalse($this->r->lSet($l, 100, 'B'));
        $this->assertSame('ERR index out of range', $this->lastError());
        $this->assertSame(6, $this->r->lInsert($l, 'before', 'c', 'X'));
        $this->assertSame(7, $this->r->lInsert($l, Redis::AFTER, 'c', 'Y'));
        $this->assertSame(-1, $this->r->lInsert($l, 'after', 'nopivot', 'Y'));
        $this->assertSame(0, $this->r->lInsert($this->key('none'), 'after', 'c', 'Y'));
        $this->assertSame(['B', 'a', 'X', 'c', 'Y', 'd', 'e'], $this->serverCall('LRANGE', $l, 0, -1));
        $this->assertSame(1, $this->r->lrem($l, 'X'));
        $this->assertSame(1, $this->r->lrem($l, 'Y', 1));
        $this->assertTrue($this->r->ltrim($l, 0, 2));
        $this->assertSame(['B', 'a', 'c'], $this->serverCall('LRANGE', $l, 0, -1));
        $this->assertSame('B', $this->r->lPop($l));
        $this->assertSame('c', $this->r->rPop($l));
        $this->assertFalse($this->r->lPop($this->key('none')));
        $this->assertFalse($this->r->rPop($this->key('none')));
        $this->serverCall('RPUSH', $l, 'd');
        $this->assertSame('d', $this->r->rpoplpush($l, $this->key('l2')));
        $this->assertFalse($this->r->rpoplpush($this->key('none'), $this->key('l2')));
        $this->assertSame(['d'], $this->serverCall('LRANGE', $this->key('l2'), 0, -1));
        $this->assertSame(0, $this->r->lLen($this->key('none')));
        $this->serverCall('SET', $this->key('str'), 'x');
        $this->assertFalse($this->r->lLen($this->key('str')));
    }

    public function testListPopsWithCount(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $l = $this->key('l');
        $this->serverCall('RPUSH', $l, 'a', 'b', 'c', 'd', 'e');
        $this->assertSame(['a', 'b'], $this->r->lPop($l, 2));
        $this->assertSame(['e', 'd'], $this->r->rPop($l, 2));
        $this->assertSame(['c'], $this->r->lPop($l, 5));
        $this->assertFalse($this->r->lPop($l, 2), 'a missing list');
    }

    public function testLposLmove(): void
    {
        if ($this->onlyInPhpredis6('lPos')) {
            return;
        }
        $l = $this->key('l');
        $this->serverCall('RPUSH', $l, 'a', 'b', 'c', 'd', '1', '2', '3', '4', '3', '3', '3');
        $this->assertSame(6, $this->r->lPos($l, '3'));
        $this->assertSame([8, 9, 10], $this->r->lPos($l, '3', ['count' => 0, 'rank' => 2]));
        $this->assertSame([6, 8], $this->r->lPos($l, '3', ['count' => 2]));
        $this->assertSame(10, $this->r->lPos($l, '3', ['rank' => -1]));
        $this->assertSame([6], $this->r->lPos($l, '3', ['count' => 2, 'maxlen' => 7]));
        $this->assertSame([], $this->r->lPos($l, 'z', ['count' => 1]));
        $this->assertFalse($this->r->lPos($l, 'z'), 'not found: false');
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, true));
        // LPOS's nil is a nil bulk, not a multi-bulk: the option leaves it false.
        $this->assertFalse($this->r->lPos($l, 'z'), 'not found, OPT_NULL_MULTIBULK_AS_NULL: still false');
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, false));

        $a = $this->key('a');
        $b = $this->key('b');
        $this->serverCall('RPUSH', $a, 'x', 'y', 'z');
        $this->assertSame('x', $this->r->lMove($a, $b, Redis::LEFT, Redis::RIGHT));
        $this->assertSame('z', $this->r->lMove($a, $b, 'right', 'left'));
        $this->assertSame(['y'], $this->serverCall('LRANGE', $a, 0, -1));
        $this->assertSame(['z', 'x'], $this->serverCall('LRANGE', $b, 0, -1));
        $this->assertFalse($this->r->lMove($this->key('none'), $b, 'LEFT', 'LEFT'));
    }

    public function testSets(): void
    {
        $s = $this->key('s');
        $this->assertSame(1, $this->r->sAdd($s, 'a'));
        $this->assertSame(2, $this->r->sAdd($s, 'a', 'b', 'c'));
        $this->assertSame(2, $this->r->sAddArray($s, ['d', 'e']));
        $this->assertSame(5, $this->r->scard($s));
        $this->assertSame(5, $this->serverCall('SCARD', $s));
        $this->assertTrue($this->r->sismember($s, 'a'));
        $this->assertFalse($this->r->sismember($s, 'zz'));
        $this->assertSame([1, 0], $this->r->sMisMember($s, 'a', 'zz'));
        $this->assertSame(1, $this->r->srem($s, 'e', 'zz'));
        $this->assertTrue($this->r->sMove($s, $this->key('s2'), 'd'));
        $this->assertFalse($this->r->sMove($s, $this->key('s2'), 'd'));
        $this->assertSame(['d'], $this->serverCall('SMEMBERS', $this->key('s2')));
        $none = $this->key('none');
        $this->assertFalse($this->r->sPop($none));
        $this->assertSame([], $this->r->sPop($none, 2));
        $this->assertFalse($this->r->sRandMember($none));
        $this->assertSame([], $this->r->sRandMember($none, 3));
        $this->assertContains($this->r->sRandMember($s), ['a', 'b', 'c']);
        $this->assertCount(5, $this->r->sRandMember($s, -5));
        $popped = $this->r->sPop($this->key('s2'), 1);
        $this->assertSame(['d'], $popped);

        $t = $this->key('t');
        $this->serverCall('SADD', $t, 'b', 'c', 'x');
        $sorted = function (array $a) {
            sort($a);
            return $a;
        };
        $this->assertSame(['b', 'c'], $sorted($this->r->sInter($s, $t)));
        $this->assertSame(['b', 'c'], $sorted($this->r->sInter([$s, $t])));
        $this->assertSame(['a', 'b', 'c', 'x'], $sorted($this->r->sUnion($s, $t)));
        $this->assertSame(['a'], $this->r->sDiff($s, $t));
        $d = $this->key('dst');
        $this->assertSame(2, $this->r->sInterStore($d, $s, $t));
        $this->assertSame(2, $this->r->sInterStore([$d, $s, $t]));
        $this->assertSame(4, $this->r->sUnionStore($d, $s, $t));
        $this->assertSame(1, $this->r->sDiffStore($d, $s, $t));
        $this->assertSame(['a'], $this->r->sMembers($d));
        $this->assertSame(['a'], $this->serverCall('SMEMBERS', $d));
        $this->assertSame([], $this->r->sMembers($none));
        [$cmds, $r] = $this->sent(fn () => [$this->r->sInter([]), $this->r->sAddArray($s, [])]);
        $this->assertSame([false, false], $r);
        $this->assertSame([], $cmds);
    }

    public function testSintercard(): void
    {
        if ($this->onlyInPhpredis6('sintercard')) {
            return;
        }
        $a = $this->key('a');
        $b = $this->key('b');
        $this->serverCall('SADD', $a, 1, 2, 3, 4);
        $this->serverCall('SADD', $b, 3, 4, 5);
        $this->assertSame(2, $this->r->sintercard([$a, $b]));
        $this->assertSame(1, $this->r->sintercard([$a, $b], 1));
        $this->assertSame(4, $this->r->sintercard([$a]));
        $this->assertSame(0, $this->r->sintercard([$a, $this->key('none')]));
    }

    public function testHyperLogLog(): void
    {
        $h = $this->key('h');
        $this->assertSame(1, $this->r->pfadd($h, ['a', 'b', 'c']));
        $this->assertSame(0, $this->r->pfadd($h, ['a']));
        $this->assertSame(3, $this->r->pfcount($h));
        $this->assertSame(3, $this->serverCall('PFCOUNT', $h));
        $this->assertSame(1, $this->r->pfadd($this->key('h2'), ['z']));
        $this->assertSame(4, $this->r->pfcount([$h, $this->key('h2')]));
        $this->assertTrue($this->r->pfmerge($this->key('h3'), [$h, $this->key('h2')]));
        $this->assertSame(4, $this->serverCall('PFCOUNT', $this->key('h3')));
        $this->assertSame(0, $this->r->pfcount($this->key('none')));
        $this->serverCall('SET', $this->key('str'), 'x');
        $this->assertFalse($this->r->pfcount($this->key('str')));
        $this->assertSame('WRONGTYPE Key is not a valid HyperLogLog string value.', $this->lastError());
    }
}
