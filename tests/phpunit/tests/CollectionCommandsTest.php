<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * lpos, saddarray, sintercard, smismember, hrandfield. saddarray is checked against
 * Debian's phpredis 5.3.7; the others (phpredis 6.x) against the Redis documentation's
 * replies.
 */
final class CollectionCommandsTest extends ClusterTestCase
{
    /** The Redis documentation's LPOS example: a b c d 1 2 3 4 3 3 3. */
    public function testLpos(): void
    {
        if ($this->onlyInPhpredis6('lpos')) {
            return;
        }
        $l = $this->key('l');
        $this->c->rpush($l, 'a', 'b', 'c', 'd', '1', '2', '3', '4', '3', '3', '3');
        $this->assertSame(6, $this->c->lpos($l, '3'));
        $this->assertSame([8, 9, 10], $this->c->lpos($l, '3', ['COUNT' => 0, 'RANK' => 2]));
        $this->assertSame([6, 8], $this->c->lpos($l, '3', ['count' => 2]));
        $this->assertSame(10, $this->c->lpos($l, '3', ['RANK' => -1]));
        $this->assertFalse($this->c->lpos($l, '3', ['MAXLEN' => 5]), 'nothing found: false, as phpredis');
        $this->assertFalse($this->c->lpos($l, 'z'));
        $this->assertSame([], $this->c->lpos($l, 'z', ['COUNT' => 1]));
        $this->assertFalse($this->c->lpos($this->key('missing'), 'a'));
        $this->assertFalse($this->c->lpos($l, '3', ['RANK' => 0]));
        $this->assertStringStartsWith("ERR RANK can't be zero", $this->c->getLastError());
    }

    public function testLposSerializesTheValue(): void
    {
        if ($this->onlyInPhpredis6('lpos')) {
            return;
        }
        $p = $this->prefixed("{$this->uniq}:");
        $p->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $p->rpush('pl', [1], [2]);
        $this->assertSame(1, $p->lpos('pl', [2]));
    }

    public function testSaddarray(): void
    {
        $s = $this->key('s');
        $this->assertSame(3, $this->c->saddarray($s, ['a', 'b', 'c']));
        $this->assertSame(1, $this->c->saddarray($s, ['a', 'd']));
        $this->assertSame(4, $this->serverCall($s, 'SCARD', $s));
        $this->assertFalse($this->c->saddarray($s, []), 'nothing to add: false');
        $p = $this->prefixed("{$this->uniq}:");
        $p->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertSame(1, $p->saddarray('ps', [[1]]));
        $this->assertSame([serialize([1])], $this->serverCall("{$this->uniq}:ps", 'SMEMBERS', "{$this->uniq}:ps"));
    }

    public function testSintercard(): void
    {
        if ($this->onlyInPhpredis6('sintercard')) {
            return;
        }
        [$a, $b] = [$this->tagged('a'), $this->tagged('b')];
        $this->c->sadd($a, 'a', 'b', 'c', 'd');
        $this->c->sadd($b, 'c', 'd', 'e');
        $this->assertSame(2, $this->c->sintercard([$a, $b]));
        $this->assertSame(1, $this->c->sintercard([$a, $b], 1));
        $this->assertSame(2, $this->c->sintercard([$a, $b], 0));
        $this->assertSame(4, $this->c->sintercard([$a]));
        $this->assertSame(0, $this->c->sintercard([$a, $this->tagged('missing')]));
        $this->assertRefusedLocally(fn () => $this->c->sintercard([$this->key('x'), $this->key('y')]),
            'RedisCluster::sintercard(): All keys must hash to the same slot!');
    }

    public function testSmismember(): void
    {
        if ($this->onlyInPhpredis6('smismember')) {
            return;
        }
        $s = $this->key('s');
        $this->c->sadd($s, 'a', 'b');
        $this->assertSame([1, 0, 1], $this->c->smismember($s, 'a', 'z', 'b'));
        $this->assertSame([0], $this->c->smismember($this->key('missing'), 'a'));
        $p = $this->prefixed("{$this->uniq}:");
        $p->sadd('ps', 'x');
        $this->assertSame([1], $p->smismember('ps', 'x'));
    }

    public function testHrandfield(): void
    {
        if ($this->onlyInPhpredis6('hrandfield')) {
            return;
        }
        $h = $this->key('h');
        $this->c->hmset($h, ['a' => '1', 'b' => '2', 'c' => '3']);
        $this->assertContains($this->c->hrandfield($h), ['a', 'b', 'c']);
        $fields = $this->c->hrandfield($h, ['count' => 2]);
        $this->assertCount(2, $fields);
        $this->assertCount(2, array_intersect($fields, ['a', 'b', 'c']));
        $this->assertCount(5, $this->c->hrandfield($h, ['count' => -5]), 'a negative count may repeat');
        $all = $this->c->hrandfield($h, ['count' => 10, 'withvalues' => true]);
        ksort($all);
        $this->assertSame(['a' => '1', 'b' => '2', 'c' => '3'], $all);
        $this->assertFalse($this->c->hrandfield($this->key('missing')));
        $this->assertSame([], $this->c->hrandfield($this->key('missing'), ['count' => 2]));
        $p = $this->prefixed("{$this->uniq}:");
        $p->hset('ph', 'f', 'v');
        $this->assertSame('f', $p->hrandfield('ph'));
    }

    /** OPT_PREFIX on sintercard's keys, checked by the count the server gives. */
    public function testSintercardPrefix(): void
    {
        if ($this->onlyInPhpredis6('sintercard')) {
            return;
        }
        $p = $this->prefixed("{$this->uniq}:");
        $p->sadd('{x}a', 1, 2);
        $p->sadd('{x}b', 2, 3);
        $this->assertSame(2, $this->serverCall("{$this->uniq}:{x}a", 'SCARD', "{$this->uniq}:{x}a"));
        $this->assertSame(1, $p->sintercard(['{x}a', '{x}b']));
    }
}
