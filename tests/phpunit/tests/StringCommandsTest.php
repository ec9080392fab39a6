<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * getex, lcs, msetnx, decrbyfloat, and set()'s option forms as phpredis 6.1 takes them.
 * msetnx and set() are checked against Debian's phpredis 5.3.7 too; getex, lcs and
 * decrbyfloat (phpredis 6.x only) against the Redis documentation's replies.
 */
final class StringCommandsTest extends ClusterTestCase
{
    private function isPhpredis5(): bool
    {
        return self::isPhpredis() && str_starts_with(phpversion('redis'), '5.');
    }

    public function testGetex(): void
    {
        if ($this->onlyInPhpredis6('getex')) {
            return;
        }
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertSame('v', $this->c->getex($k));
        $this->assertSame(-1, $this->c->ttl($k));
        $this->assertSame('v', $this->c->getex($k, ['EX' => 100]));
        $this->assertGreaterThan(90, $this->c->ttl($k));
        $this->assertSame('v', $this->c->getex($k, ['px' => 200000]));
        $this->assertGreaterThan(100000, $this->c->pttl($k));
        $this->assertSame('v', $this->c->getex($k, ['PERSIST' => true]));
        $this->assertSame(-1, $this->c->ttl($k));
        $this->assertSame('v', $this->c->getex($k, ['EXAT' => time() + 1000]));
        $this->assertGreaterThan(900, $this->c->ttl($k));
        $this->assertSame('v', $this->c->getex($k, ['PXAT' => (time() + 2000) * 1000]));
        $this->assertGreaterThan(1900, $this->c->ttl($k));
        $this->assertSame('v', $this->c->getex($k, ['EX' => 10, 'PERSIST' => true]), 'the last one wins');
        $this->assertSame(-1, $this->c->ttl($k));
        $this->assertFalse($this->c->getex($this->key('missing')));
        $this->assertNull($this->c->getLastError());
    }

    public function testGetexRefusals(): void
    {
        if ($this->onlyInPhpredis6('getex')) {
            return;
        }
        $k = $this->key();
        $this->c->set($k, 'v');
        $this->assertRefusedLocally(fn () => $this->c->getex($k, ['EX' => 0]), "RedisCluster::getex(): EXPIRE can't be < 1");
        $this->c->rpush($l = $this->key('l'), 'a');
        $this->assertFalse($this->c->getex($l));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    public function testGetexUnserializesAndPrefixes(): void
    {
        if ($this->onlyInPhpredis6('getex')) {
            return;
        }
        $p = $this->prefixed("{$this->uniq}:");
        $p->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertTrue($p->set('k', [1, 2]));
        $this->assertSame([1, 2], $p->getex('k', ['EX' => 50]));
        $this->assertGreaterThan(40, $this->serverCall("{$this->uniq}:k", 'TTL', "{$this->uniq}:k"));
    }

    /** The Redis documentation's LCS example: ohmytext / mynewtext. */
    public function testLcs(): void
    {
        if ($this->onlyInPhpredis6('lcs')) {
            return;
        }
        [$a, $b] = [$this->tagged('a'), $this->tagged('b')];
        $this->c->set($a, 'ohmytext');
        $this->c->set($b, 'mynewtext');
        $this->assertSame('mytext', $this->c->lcs($a, $b));
        $this->assertSame(6, $this->c->lcs($a, $b, ['LEN']));
        $this->assertSame(6, $this->c->lcs($a, $b, ['len' => true]));
        $this->assertSame(['matches', [[[4, 7], [5, 8]], [[2, 3], [0, 1]]], 'len', 6], $this->c->lcs($a, $b, ['IDX']));
        $this->assertSame(['matches', [[[4, 7], [5, 8]]], 'len', 6],
            $this->c->lcs($a, $b, ['IDX', 'MINMATCHLEN' => 4]));
        $this->assertSame(['matches', [[[4, 7], [5, 8], 4], [[2, 3], [0, 1], 2]], 'len', 6],
            $this->c->lcs($a, $b, ['IDX' => true, 'WITHMATCHLEN' => true]));
        $this->assertSame(6, $this->c->lcs($a, $b, ['IDX', 'LEN']), 'LEN and IDX: the last one wins');
        $this->assertSame('', $this->c->lcs($a, $this->tagged('missing')));
        $this->assertNull($this->c->getLastError());
    }

    public function testLcsRefusals(): void
    {
        if ($this->onlyInPhpredis6('lcs')) {
            return;
        }
        $this->assertRefusedLocally(fn () => $this->c->lcs($this->key('a'), $this->key('b')),
            'RedisCluster::lcs(): Warning, not all keys hash to the same slot!');
        [$r, $warnings] = $this->quietly(fn () => $this->c->lcs($this->tagged('a'), $this->tagged('b'), ['nope' => 1]));
        $this->assertSame('', $r);
        $this->assertSame(["RedisCluster::lcs(): Unknown LCS option 'nope'"], $warnings);
        $this->c->rpush($l = $this->tagged('l'), 'x');
        $this->assertFalse($this->c->lcs($l, $this->tagged('a')));
        $this->assertNotNull($this->c->getLastError());
    }

    /** Per key, its slot's MSETNX reply, in the caller's order (phpredis's RedisCluster). */
    public function testMsetnx(): void
    {
        [$a, $b, $t1, $t2, $t3] = [$this->key('a'), $this->key('b'), $this->tagged('1'), $this->tagged('2'),
            $this->tagged('3')];
        $this->assertSame([1, 1, 1, 1], $this->c->msetnx([$a => 'A', $t1 => 1, $b => 'B', $t2 => 2]));
        $this->assertSame('A', $this->serverGet($a));
        $this->assertSame('2', $this->serverGet($t2));
        $this->assertSame([0, 1], $this->c->msetnx([$a => 'X', $this->key('c') => 'C']));
        $this->assertSame('A', $this->serverGet($a), 'MSETNX sets nothing of a slot with an existing key');
        $this->assertSame([0, 0], $this->c->msetnx([$t1 => 'x', $t3 => 'y']), 'a slot is set all or nothing');
        $this->assertSame(0, $this->c->exists($t3));
        $this->assertFalse($this->c->msetnx([]));
    }

    public function testMsetnxPrefixAndSerializer(): void
    {
        $p = $this->prefixed("{$this->uniq}:");
        $p->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertSame([1], $p->msetnx(['k' => [1]]));
        $this->assertSame(serialize([1]), $this->serverGet("{$this->uniq}:k"));
    }

    public function testDecrbyfloat(): void
    {
        if ($this->onlyInPhpredis6('decrbyfloat')) {
            return;
        }
        $k = $this->key();
        $this->assertSame(-1.5, $this->c->decrbyfloat($k, 1.5));
        $this->assertSame(1.0, $this->c->decrbyfloat($k, -2.5));
        $this->assertSame('1', $this->serverGet($k));
        $this->c->rpush($l = $this->key('l'), 'a');
        $this->assertFalse($this->c->decrbyfloat($l, 1));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    /** Every form of set()'s third argument that phpredis takes. */
    public function testSetOptionForms(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'v', 100));
        $this->assertGreaterThan(90, $this->c->ttl($k));
        $this->assertTrue($this->c->set($k, 'v', 50.7), 'a float TTL');
        $this->assertGreaterThan(40, $this->c->ttl($k));
        $this->assertTrue($this->c->set($k, 'v', null));
        $this->assertSame(-1, $this->c->ttl($k));
        $this->assertTrue($this->c->set($k, 'v', ['EX' => 60]), 'upper-case names');
        $this->assertGreaterThan(50, $this->c->ttl($k));
        $this->assertTrue($this->c->set($k, 'w', ['XX', 'KEEPTTL']));
        $this->assertGreaterThan(50, $this->c->ttl($k));
        $this->assertSame('w', $this->serverGet($k));
        if (!$this->isPhpredis5()) {
            /* phpredis 5.3.7 ignores EXAT and PXAT (Redis 6.2). */
            $this->assertTrue($this->c->set($k, 'v', ['exat' => time() + 500]));
            $this->assertGreaterThan(400, $this->c->ttl($k));
            $this->assertTrue($this->c->set($k, 'v', ['pxat' => (time() + 600) * 1000]));
            $this->assertGreaterThan(500, $this->c->ttl($k));
        }
        if (!$this->isPhpredis5()) {
            /* GET (Redis 6.2): the old value; phpredis 5.3.7 ignores it. */
            $this->assertSame('v', $this->c->set($k, 'z', ['GET']));
            $this->assertSame('z', $this->c->set($k, 'y', ['get', 'xx']));
            $this->assertFalse($this->c->set($this->key('missing'), 'y', ['get', 'xx']));
        }
        $this->assertTrue($this->c->set($k, 'v', ['ex' => '70']), 'a numeric string TTL');
        $this->assertGreaterThan(60, $this->c->ttl($k));
        $this->assertTrue($this->c->set($k, 'v', ['nx' => true, 'bogus']), 'unknown entries are ignored');
        $this->assertNull($this->c->getLastError());
    }

    public function testSetNumericStringTtl(): void
    {
        $k = $this->key();
        $this->assertTrue($this->c->set($k, 'v', '100'));
        $this->assertGreaterThan(90, $this->c->ttl($k));
    }

    /** An options value of another type is false with a warning (phpredis 6.1 and 5.3.7). */
    public function testSetOptionsOfAnotherType(): void
    {
        $k = $this->key();
        foreach ([true, new \stdClass(), 'soon'] as $bad) {
            [$r, $warnings] = $this->quietly(fn () => $this->c->set($k, 'v', $bad));
            $this->assertFalse($r);
            $this->assertSame(['RedisCluster::set(): Expire must be a long, double, or a numeric string'], $warnings);
        }
        $this->assertSame(0, $this->c->exists($k), 'nothing was sent');
    }

    public function testSetRefusals(): void
    {
        $k = $this->key();
        $this->assertRefusedLocally(fn () => $this->c->set($k, 'v', ['ex' => 10, 'keepttl']),
            "RedisCluster::set(): KEEPTTL can't be combined with EX or PX option");
        $this->assertRefusedLocally(fn () => $this->c->set($k, 'v', 0), "RedisCluster::set(): EXPIRE can't be < 1");
        $this->assertRefusedLocally(fn () => $this->c->set($k, 'v', ['px' => -5]), "RedisCluster::set(): EXPIRE can't be < 1");
    }

    /** OPT_PREFIX on every key of lcs and decrbyfloat, checked on the server. */
    public function testPrefixOnLcsAndDecrbyfloat(): void
    {
        if ($this->onlyInPhpredis6('lcs')) {
            return;
        }
        $p = $this->prefixed("{$this->uniq}:");
        $p->set('{x}a', 'abcd');
        $p->set('{x}b', 'xbcy');
        $this->assertSame('bc', $p->lcs('{x}a', '{x}b'));
        $this->assertSame(-2.5, $p->decrbyfloat('f', 2.5));
        $this->assertSame('-2.5', $this->serverGet("{$this->uniq}:f"));
    }
}
