<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * bitcount, bitpos, bitop: Redis's counts and positions, phpredis's argument forms, keys in
 * one slot, OPT_PREFIX on every key. Checked against Debian's phpredis 5.3.7, whose bitop()
 * refuses every call on a cluster (it hashes the operation as if it were a key).
 */
final class BitsTest extends ClusterTestCase
{
    public function testBitcount(): void
    {
        $k = $this->key('s');
        $this->assertTrue($this->c->set($k, 'foobar'));
        $this->assertSame(26, $this->c->bitcount($k));
        $this->assertSame(4, $this->c->bitcount($k, 0, 0));
        $this->assertSame(6, $this->c->bitcount($k, 1, 1));
        $this->assertSame(26, $this->c->bitcount($k, 0, -1));
        $this->assertSame(0, $this->c->bitcount($this->key('missing')));
        $this->assertNull($this->c->getLastError());
    }

    /** Redis 7's BIT unit (phpredis 6.x): the range counts bits, not bytes. */
    public function testBitcountByBit(): void
    {
        if ($this->onlyInPhpredis6('lcs')) {
            return;
        }
        $k = $this->key('s');
        $this->c->set($k, 'foobar');
        $this->assertSame(17, $this->c->bitcount($k, 5, 30, true));
        $this->assertSame(6, $this->c->bitcount($k, 1, 1, false));
    }

    public function testBitcountErrors(): void
    {
        $l = $this->key('l');
        $this->c->rpush($l, 'a');
        $this->assertFalse($this->c->bitcount($l));
        $this->assertStringStartsWith('WRONGTYPE', $this->c->getLastError());
    }

    public function testBitpos(): void
    {
        $k = $this->key('s');
        $this->c->set($k, "\xff\xf0\x00");
        $this->assertSame(12, $this->c->bitpos($k, false));
        $this->assertSame(0, $this->c->bitpos($k, true));
        $this->assertSame(16, $this->c->bitpos($k, false, 2));
        $this->assertSame(-1, $this->c->bitpos($k, true, 2, -1));
        $this->assertSame(8, $this->c->bitpos($k, true, 1, 2));
        $this->c->set($k, 'foobar');
        $this->assertSame(1, $this->c->bitpos($k, 1));
        $this->assertSame(16, $this->c->bitpos($k, 0, 2));
        $this->assertSame(17, $this->c->bitpos($k, 1, 2, -1));
        $this->assertSame(0, $this->c->bitpos($this->key('missing'), false));
        $this->assertSame(-1, $this->c->bitpos($this->key('missing'), true));
    }

    public function testBitposByBit(): void
    {
        if ($this->onlyInPhpredis6('lcs')) {
            return;
        }
        $k = $this->key('s');
        $this->c->set($k, "\x00\xff\xf0");
        $this->assertSame(8, $this->c->bitpos($k, true, 7, 15, true));
        $this->assertSame(7, $this->c->bitpos($k, false, 7, 15, true));
        $this->assertSame(8, $this->c->bitpos($k, true, 0, -1, false));
    }

    public function testBitop(): void
    {
        [$a, $b, $dst] = [$this->tagged('a'), $this->tagged('b'), $this->tagged('dst')];
        $this->c->set($a, "\x0f\xff");
        $this->c->set($b, "\xf0\x0f");
        if (self::isPhpredis() && str_starts_with(phpversion('redis'), '5.')) {
            /* phpredis 5.3.7 hashes the operation too: every call is a cross-slot refusal. */
            [$r, $warnings] = $this->quietly(fn () => $this->c->bitop('AND', $dst, $a, $b));
            $this->assertFalse($r);
            $this->assertSame(['RedisCluster::bitop(): Warning, not all keys hash to the same slot!'], $warnings);
            return;
        }
        $this->assertSame(2, $this->c->bitop('AND', $dst, $a, $b));
        $this->assertSame("\x00\x0f", $this->serverGet($dst));
        $this->assertSame(2, $this->c->bitop('or', $dst, $a, $b));
        $this->assertSame("\xff\xff", $this->serverGet($dst));
        $this->assertSame(2, $this->c->bitop('XOR', $dst, $a, $b));
        $this->assertSame("\xff\xf0", $this->serverGet($dst));
        $this->assertSame(2, $this->c->bitop('NOT', $dst, $a));
        $this->assertSame("\xf0\x00", $this->serverGet($dst));
        $this->assertSame(0, $this->c->bitop('AND', $dst, $this->tagged('none')));
        $this->assertFalse($this->c->bitop('NOPE', $dst, $a));
        $this->assertSame('ERR syntax error', $this->c->getLastError());
        $this->assertFalse($this->c->bitop('NOT', $dst, $a, $b));
        $this->assertStringStartsWith('ERR BITOP NOT', $this->c->getLastError());
    }

    public function testBitopCrossSlotIsRefused(): void
    {
        $this->assertRefusedLocally(fn () => $this->c->bitop('AND', $this->key('d'), $this->key('a'), $this->key('b')),
            'RedisCluster::bitop(): Warning, not all keys hash to the same slot!');
    }

    public function testPrefixOnEveryKey(): void
    {
        $p = $this->prefixed("{$this->uniq}:");
        $this->assertTrue($p->set('{t}a', "\x01"));
        $this->assertSame("\x01", $this->serverGet("{$this->uniq}:{t}a"));
        $this->assertSame(1, $p->bitcount('{t}a'));
        $this->assertSame(7, $p->bitpos('{t}a', true));
        if (!(self::isPhpredis() && str_starts_with(phpversion('redis'), '5.'))) {
            $this->assertSame(1, $p->bitop('OR', '{t}d', '{t}a'));
            $this->assertSame("\x01", $this->serverGet("{$this->uniq}:{t}d"));
        }
    }
}
