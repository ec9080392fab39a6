<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * zdiff, zdiffstore, zinter, zinterstore, zintercard, zunion, zunionstore, zrangestore,
 * zrandmember, zmscore, zrevrangebylex, and zrange()'s Redis 6.2 option forms.
 * zinterstore, zunionstore and zrevrangebylex are checked against Debian's phpredis 5.3.7;
 * the others (phpredis 6.x) against the Redis documentation's replies.
 */
final class SortedSetAlgebraTest extends ClusterTestCase
{
    /** z1: a:1 b:2; z2: b:3 c:4, in the test's one slot. */
    private function two(): array
    {
        [$z1, $z2] = [$this->tagged('z1'), $this->tagged('z2')];
        $this->c->zadd($z1, 1, 'a', 2, 'b');
        $this->c->zadd($z2, 3, 'b', 4, 'c');
        return [$z1, $z2];
    }

    public function testZunionstoreAndZinterstore(): void
    {
        [$z1, $z2] = $this->two();
        $out = $this->tagged('out');
        $this->assertSame(3, $this->c->zunionstore($out, [$z1, $z2]));
        $this->assertSame(['a' => 1.0, 'c' => 4.0, 'b' => 5.0], $this->c->zrange($out, 0, -1, true));
        $this->assertSame(3, $this->c->zunionstore($out, [$z1, $z2], [1, 2], 'max'));
        $this->assertSame(['a' => 1.0, 'b' => 6.0, 'c' => 8.0], $this->c->zrange($out, 0, -1, true));
        $this->assertSame(1, $this->c->zinterstore($out, [$z1, $z2]));
        $this->assertSame(['b' => 5.0], $this->c->zrange($out, 0, -1, true));
        $this->assertSame(1, $this->c->zinterstore($out, [$z1, $z2], null, 'MIN'));
        $this->assertSame(['b' => 2.0], $this->c->zrange($out, 0, -1, true));
        $this->assertSame(0, $this->c->zinterstore($out, [$z1, $this->tagged('none')]));
    }

    public function testStoreRefusals(): void
    {
        [$z1, $z2] = $this->two();
        $out = $this->tagged('out');
        $this->assertRefusedLocally(fn () => $this->c->zunionstore($out, [$z1, $z2], [1]),
            'RedisCluster::zunionstore(): WEIGHTS and keys array should be the same size!');
        $this->assertRefusedLocally(fn () => $this->c->zinterstore($out, [$z1], []),
            'RedisCluster::zinterstore(): WEIGHTS and keys array should be the same size!');
        $this->assertRefusedLocally(fn () => $this->c->zinterstore($out, [$z1, $z2], null, 'avg'),
            'RedisCluster::zinterstore(): Invalid AGGREGATE option provided!');
        $this->assertRefusedLocally(fn () => $this->c->zinterstore($out, [$z1, $z2], [1, 'x']),
            "RedisCluster::zinterstore(): Weights must be numeric or '-inf','inf','+inf'");
        $this->assertRefusedLocally(fn () => $this->c->zinterstore($out, [$z1, $this->key('elsewhere')]),
            "RedisCluster::zinterstore(): All keys don't hash to the same slot!");
        [$r, $w] = $this->quietly(fn () => $this->c->zinterstore($out, []));
        $this->assertSame([false, []], [$r, $w], 'no keys: false, nothing said');
        $this->assertSame(1, $this->c->zinterstore($out, [$z1, $z2], ['inf', '-inf']));
        $this->assertSame(2, $this->c->zinterstore($out, [$z1], ['2.5'], 'SUM'));
        $this->assertSame(['a' => 2.5, 'b' => 5.0], $this->c->zrange($out, 0, -1, true));
    }

    public function testStorePrefix(): void
    {
        $p = $this->prefixed("{$this->uniq}:");
        $p->zadd('{x}a', 1, 'm');
        $this->assertSame(1, $p->zunionstore('{x}o', ['{x}a']));
        $this->assertSame(['m', '1'], $this->serverCall("{$this->uniq}:{x}o", 'ZRANGE', "{$this->uniq}:{x}o", 0, -1, 'WITHSCORES'));
    }

    public function testZinterZunionZdiff(): void
    {
        if ($this->onlyInPhpredis6('zunion')) {
            return;
        }
        [$z1, $z2] = $this->two();
        $this->assertSame(['a', 'c', 'b'], $this->c->zunion([$z1, $z2]));
        $this->assertSame(['a' => 1.0, 'c' => 4.0, 'b' => 5.0], $this->c->zunion([$z1, $z2], null, ['withscores' => true]));
        $this->assertSame(['a' => 2.0, 'b' => 4.0, 'c' => 4.0],
            $this->c->zunion([$z1, $z2], [2, 1], ['aggregate' => 'max', 'withscores' => true]));
        $this->assertSame(['b'], $this->c->zinter([$z1, $z2]));
        $this->assertSame(['b' => 2.0], $this->c->zinter([$z1, $z2], null, ['aggregate' => 'min', 'withscores' => true]));
        $this->assertSame(['a'], $this->c->zdiff([$z1, $z2]));
        $this->assertSame(['a' => 1.0], $this->c->zdiff([$z1, $z2], ['withscores' => true]));
        $this->assertSame([], $this->c->zinter([$z1, $this->tagged('none')]));
        $this->assertRefusedLocally(fn () => $this->c->zunion([$this->key('x'), $this->key('y')]),
            'RedisCluster::zunion(): All keys must hash to the same slot!');
    }

    public function testZdiffstoreAndZintercard(): void
    {
        if ($this->onlyInPhpredis6('zdiffstore')) {
            return;
        }
        [$z1, $z2] = $this->two();
        $out = $this->tagged('out');
        $this->assertSame(1, $this->c->zdiffstore($out, [$z1, $z2]));
        $this->assertSame(['a' => 1.0], $this->c->zrange($out, 0, -1, true));
        $this->assertSame(1, $this->c->zintercard([$z1, $z2]));
        $this->assertSame(2, $this->c->zintercard([$z1]));
        $this->assertSame(1, $this->c->zintercard([$z1], 1));
        $this->assertRefusedLocally(fn () => $this->c->zdiffstore($this->key('o'), [$this->key('x')]),
            'RedisCluster::zdiffstore(): All keys must hash to the same slot!');
    }

    public function testZrangestore(): void
    {
        if ($this->onlyInPhpredis6('zrangestore')) {
            return;
        }
        [$z1, $z2] = $this->two();
        $out = $this->tagged('out');
        $this->assertSame(2, $this->c->zrangestore($out, $z1, 0, -1));
        $this->assertSame(1, $this->c->zrangestore($out, $z2, 4, 10, ['BYSCORE']));
        $this->assertSame(['c' => 4.0], $this->c->zrange($out, 0, -1, true));
        $this->assertSame(1, $this->c->zrangestore($out, $z2, 0, 0, ['rev' => true]));
        $this->assertSame(['c'], $this->c->zrange($out, 0, -1));
        $this->assertRefusedLocally(fn () => $this->c->zrangestore($this->key('o'), $this->key('s'), 0, -1),
            'RedisCluster::zrangestore(): Keys must hash to the same slot');
    }

    public function testZrandmemberAndZmscore(): void
    {
        if ($this->onlyInPhpredis6('zrandmember')) {
            return;
        }
        [$z1] = $this->two();
        $this->assertContains($this->c->zrandmember($z1), ['a', 'b']);
        $m = $this->c->zrandmember($z1, ['count' => 5]);
        sort($m);
        $this->assertSame(['a', 'b'], $m);
        $ws = $this->c->zrandmember($z1, ['count' => 2, 'withscores' => true]);
        ksort($ws);
        $this->assertSame(['a' => 1.0, 'b' => 2.0], $ws);
        $this->assertFalse($this->c->zrandmember($this->key('missing')));
        $this->assertSame([1.0, false, 2.0], $this->c->zmscore($z1, 'a', 'nope', 'b'));
        $p = $this->prefixed("{$this->uniq}:");
        $p->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $p->zadd('pz', 1.5, [1]);
        $this->assertSame([[1]], $p->zrandmember('pz', ['count' => 1]));
        $this->assertSame([1.5], $p->zmscore('pz', [1]));
    }

    public function testZrevrangebylex(): void
    {
        $z = $this->key('lex');
        $this->c->zadd($z, 0, 'a', 0, 'b', 0, 'c');
        $this->assertSame(['c', 'b', 'a'], $this->c->zrevrangebylex($z, '+', '-'));
        $this->assertSame(['b'], $this->c->zrevrangebylex($z, '[c', '-', 1, 1));
        $this->assertSame(['b', 'a'], $this->c->zrevrangebylex($z, '(c', '[a'));
        $this->assertRefusedLocally(fn () => $this->c->zrevrangebylex($z, 'c', '-'),
            "RedisCluster::zrevrangebylex(): min and max arguments must start with '[' or '('");
    }

    /** zRange()'s Redis 6.2 forms (phpredis 6.1): list entries and name => true. */
    public function testZrangeOptionForms(): void
    {
        if ($this->onlyInPhpredis6('zrangestore')) {
            return;
        }
        $z = $this->key('z');
        $this->c->zadd($z, 0, 'a', 0, 'b', 0, 'c', 0, 'd');
        $this->assertSame(['b', 'c'], $this->c->zrange($z, '[b', '[d', ['BYLEX', 'LIMIT' => [0, 2]]));
        $this->assertSame(['c', 'b'], $this->c->zrange($z, '[c', '-', ['bylex' => true, 'rev' => true, 'limit' => [0, 2]]));
        $this->assertSame(['d', 'c'], $this->c->zrange($z, '+', '-', ['BYLEX', 'REV', 'LIMIT' => [0, 2]]));
        $s = $this->key('s');
        $this->c->zadd($s, 1, 'a', 2, 'b', 3, 'c');
        $this->assertSame(['b' => 2.0, 'c' => 3.0], $this->c->zrange($s, 2, '+inf', ['BYSCORE', 'WITHSCORES']));
        $this->assertSame(['b' => 2.0], $this->c->zrange($s, '(1', 3, ['byscore' => true, 'withscores' => true, 'limit' => [0, 1]]));
        $this->assertSame(['c', 'b'], $this->c->zrange($s, 3, 2, ['BYSCORE', 'REV']));
        $this->assertSame(['c', 'b', 'a'], $this->c->zrange($s, 0, -1, ['REV']));
        $this->assertSame(['a' => 1.0], $this->c->zrange($s, 0, 0, ['withscores']));
        $this->assertSame(['a'], $this->c->zrange($s, 0, 0, ['withscores' => false]));
        $this->assertNull($this->c->getLastError());
    }

    /** OPT_PREFIX on every key, checked on the server. */
    public function testPrefixOnEveryKey(): void
    {
        $p = $this->prefixed("{$this->uniq}:");
        $raw = fn (string $k) => "{$this->uniq}:$k";
        $p->zadd('{x}a', 1, 'm', 2, 'n');
        $p->zadd('{x}b', 2, 'n');
        $p->zadd('lex', 0, 'a', 0, 'b');
        $this->assertSame(['b', 'a'], $p->zrevrangebylex('lex', '+', '-'));
        $this->assertSame(1, $p->zinterstore('{x}i', ['{x}a', '{x}b']));
        $this->assertSame(['n'], $this->serverCall($raw('{x}i'), 'ZRANGE', $raw('{x}i'), 0, -1));
        if ($this->onlyInPhpredis6('zinter')) {
            return;
        }
        $this->assertSame(['n'], $p->zinter(['{x}a', '{x}b']));
        $this->assertSame(['m', 'n'], $p->zunion(['{x}a', '{x}b']));
        $this->assertSame(['m'], $p->zdiff(['{x}a', '{x}b']));
        $this->assertSame(1, $p->zintercard(['{x}a', '{x}b']));
        $this->assertSame(1, $p->zdiffstore('{x}d', ['{x}a', '{x}b']));
        $this->assertSame(['m'], $this->serverCall($raw('{x}d'), 'ZRANGE', $raw('{x}d'), 0, -1));
        $this->assertSame(2, $p->zrangestore('{x}r', '{x}a', 0, -1));
        $this->assertSame(['m', 'n'], $this->serverCall($raw('{x}r'), 'ZRANGE', $raw('{x}r'), 0, -1));
    }
}
