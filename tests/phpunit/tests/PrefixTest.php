<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * OPT_PREFIX on the server, for every command family: each method is called with bare
 * names, and what the server holds is read behind the client's back (RespClient). Where a
 * method reads, the bare names hold decoys: a key that lost its prefix, first or later in
 * the command, reads the decoy and the result shows it. Where it writes, the prefixed name
 * must hold the result and the bare name nothing.
 *
 * Names are "{<uniq>}:<name>" (the test's one slot), so prefixed or not they are in one
 * slot and on one master; the split commands use keys of several slots.
 */
final class PrefixTest extends ClusterTestCase
{
    private string $p;

    protected function setUp(): void
    {
        parent::setUp();
        $this->p = "$this->uniq-p:";
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_PREFIX, $this->p));
    }

    /** The name the client is given. */
    private function k(string $name): string
    {
        return $this->tagged($name);
    }

    /** The name the server must see. */
    private function full(string $name): string
    {
        return $this->p . $this->tagged($name);
    }

    /** A command on the master of the test's slot, behind the client's back. */
    private function srv(string|int|float ...$args): mixed
    {
        return $this->serverCall($this->tagged('any'), ...$args);
    }

    /** $cmd with $args on the prefixed $name, and with $decoy on the bare one. */
    private function seed(string $cmd, string $name, array $args, array $decoy): void
    {
        $this->srv($cmd, $this->full($name), ...$args);
        $this->srv($cmd, $this->k($name), ...$decoy);
    }

    /** Each name exists on the server under the prefix, and not under its bare name. */
    private function assertPrefixedOnly(string ...$names): void
    {
        foreach ($names as $n) {
            $this->assertSame(1, $this->srv('EXISTS', $this->full($n)), "$n is stored under the prefix");
            $this->assertSame(0, $this->srv('EXISTS', $this->k($n)), "$n is not stored under its bare name");
        }
    }

    private static function sorted(array $values): array
    {
        sort($values);
        return $values;
    }

    /**
     * A prefix with a hash tag ("{app}:") puts every key in the tag's slot: keys whose bare
     * names are in different slots are one slot to the server, so multi-key commands on
     * them are allowed, and the split commands send one command, to the tag's master, with
     * no redirection. (Slots computed on the bare names would refuse the first and send the
     * second to several masters, to be redirected.)
     */
    public function testHashTagInThePrefix(): void
    {
        $p = '{' . $this->uniq . '}:';
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_PREFIX, $p));
        $names = [];
        for ($i = 0; count($names) < 6; $i++) {
            $n = "k$i";
            $slots = array_map([self::admin(), 'slot'], $names);
            if (!in_array(self::admin()->slot($n), $slots, true)) {
                $names[] = $n; // bare names of six different slots
            }
        }
        $this->assertTrue($this->c->mset(array_fill_keys($names, 'v')));
        $this->assertSame(array_fill(0, 6, 'v'), $this->c->mget($names));
        $this->assertSame(6, $this->c->exists($names));
        $this->assertNull($this->c->_redir(), 'no part of it was redirected');
        foreach ($names as $n) {
            $this->assertSame('v', $this->srv('GET', "$p$n"), "$p$n is on the tag's master");
        }
        [$a, $b, $c, $d] = $names;
        $this->assertTrue($this->c->rename($a, "{$a}2"));
        $this->assertSame(1, $this->c->sadd($b . 's', 'x'));
        $this->assertSame(1, $this->c->sadd($c . 's', 'x'));
        $this->assertSame(['x'], $this->c->sinter($b . 's', $c . 's'));
        $this->assertTrue($this->c->smove($b . 's', $d . 's', 'x'));
        $this->assertSame(['x'], $this->srv('SMEMBERS', "$p{$d}s"));
        $this->assertNull($this->c->_redir());
        $this->assertSame(5, $this->c->del($names));
    }

    public function testStrings(): void
    {
        $this->seed('SET', 'r', ['hello'], ['decoy']);
        $r = $this->k('r');
        $this->assertSame('hello', $this->c->get($r));
        $this->assertSame(5, $this->c->strlen($r));
        $this->assertSame('he', $this->c->getrange($r, 0, 1));
        $this->assertSame(1, $this->c->getbit($r, 4), "bit 4 of 'h' (of the decoy's 'd': 0)");
        $this->assertSame('hello', $this->c->getset($r, 'new'));
        $this->assertSame('new', $this->srv('GET', $this->full('r')));
        $this->assertSame('decoy', $this->srv('GET', $this->k('r')));

        $this->assertTrue($this->c->set($this->k('set'), 'v'));
        $this->assertTrue($this->c->setex($this->k('setex'), 100, 'v'));
        $this->assertTrue($this->c->psetex($this->k('psetex'), 100000, 'v'));
        $this->assertTrue($this->c->setnx($this->k('setnx'), 'v'));
        $this->assertSame(1, $this->c->append($this->k('append'), 'v'));
        $this->assertSame(1, $this->c->incr($this->k('n')));
        $this->assertSame(4, $this->c->incrby($this->k('n'), 3));
        $this->assertSame(3, $this->c->decr($this->k('n')));
        $this->assertSame(1, $this->c->decrby($this->k('n'), 2));
        $this->assertSame(1.5, $this->c->incrbyfloat($this->k('float'), 1.5));
        $this->assertSame(0, $this->c->setbit($this->k('bit'), 7, 1));
        $this->assertSame(2, $this->c->setrange($this->k('range'), 0, 'ab'));
        $this->assertPrefixedOnly('set', 'setex', 'psetex', 'setnx', 'append', 'n', 'float', 'bit', 'range');
        $this->assertSame('1', $this->srv('GET', $this->full('n')));
        $this->assertSame("\x01", $this->srv('GET', $this->full('bit')));
    }

    /** mget and mset split by slot: every part prefixed. */
    public function testSplitStrings(): void
    {
        $names = [];
        for ($i = 0; $i < 12; $i++) {
            $names[] = $n = $this->key("m$i");
            $this->serverCall($this->p . $n, 'SET', $this->p . $n, "v$i");
            $this->serverCall($n, 'SET', $n, 'decoy');
        }
        $this->assertSame(array_map(fn ($i) => "v$i", range(0, 11)), $this->c->mget($names));
        $this->assertTrue($this->c->mset(array_fill_keys($names, 'new')));
        foreach ($names as $n) {
            $this->assertSame('new', $this->serverGet($this->p . $n));
            $this->assertSame('decoy', $this->serverGet($n));
        }
    }

    public function testKeys(): void
    {
        foreach (['a', 'b', 'c'] as $n) {
            $this->seed('SET', $n, ['v'], ['decoy']);
        }
        /* "only": under the prefix alone; "bare": under the bare name alone */
        $this->srv('SET', $this->full('only'), 'v');
        $this->srv('SET', $this->k('bare'), 'v');
        $this->assertSame(1, $this->c->exists($this->k('only'), $this->k('bare')));
        if (!$this->skipOnPhpredis5('touch')) {
            $this->assertSame(1, $this->c->touch($this->k('only'), $this->k('bare')));
        }
        $this->assertSame(2, $this->c->del($this->k('a'), $this->k('b'), $this->k('bare')));
        $this->assertSame(1, $this->c->unlink([$this->k('c'), $this->k('bare')]));
        foreach (['a', 'b', 'c'] as $n) {
            $this->assertSame(0, $this->srv('EXISTS', $this->full($n)), "$n deleted under the prefix");
            $this->assertSame('decoy', $this->srv('GET', $this->k($n)), "the bare $n left alone");
        }

        $this->seed('RPUSH', 'list', ['x'], ['decoy']);
        $this->assertSame(RedisCluster::REDIS_LIST, $this->c->type($this->k('list')));

        foreach (['e1', 'e2', 'e3', 'e4', 'persist'] as $n) {
            $this->seed('SET', $n, ['v'], ['decoy']);
        }
        $this->assertTrue($this->c->expire($this->k('e1'), 100));
        $this->assertTrue($this->c->pexpire($this->k('e2'), 100000));
        $this->assertTrue($this->c->expireat($this->k('e3'), time() + 100));
        $this->assertTrue($this->c->pexpireat($this->k('e4'), (time() + 100) * 1000));
        foreach (['e1', 'e2', 'e3', 'e4'] as $n) {
            $this->assertGreaterThan(0, $this->srv('TTL', $this->full($n)), "$n has its TTL under the prefix");
            $this->assertSame(-1, $this->srv('TTL', $this->k($n)), "the bare $n has none");
        }
        $this->assertGreaterThan(0, $this->c->ttl($this->k('e1')));
        $this->assertGreaterThan(0, $this->c->pttl($this->k('e1')));
        if (!$this->skipOnPhpredis5('expiretime')) {
            $this->assertGreaterThan(time(), $this->c->expiretime($this->k('e1')));
            $this->assertGreaterThan(time() * 1000, $this->c->pexpiretime($this->k('e1')));
        }
        $this->srv('EXPIRE', $this->full('persist'), 100);
        $this->srv('EXPIRE', $this->k('persist'), 100);
        $this->assertTrue($this->c->persist($this->k('persist')));
        $this->assertSame(-1, $this->srv('TTL', $this->full('persist')));
        $this->assertGreaterThan(0, $this->srv('TTL', $this->k('persist')));

        $this->seed('SET', 'from', ['x'], ['decoy']);
        $this->assertTrue($this->c->rename($this->k('from'), $this->k('to')));
        $this->seed('SET', 'from2', ['y'], ['decoy']);
        $this->assertTrue($this->c->renamenx($this->k('from2'), $this->k('to2')));
        $this->assertPrefixedOnly('to', 'to2');
        $this->assertSame(['x', 'y'], [$this->srv('GET', $this->full('to')), $this->srv('GET', $this->full('to2'))]);
        $this->assertSame(0, $this->srv('EXISTS', $this->full('from'), $this->full('from2')));

        $this->seed('SET', 'dump', ['pv'], ['dv']);
        $payload = $this->c->dump($this->k('dump'));
        $this->assertIsString($payload);
        $this->assertTrue($this->c->restore($this->k('restored'), 0, $payload));
        $this->assertPrefixedOnly('restored');
        $this->assertSame('pv', $this->srv('GET', $this->full('restored')), 'the prefixed key was dumped');
    }

    public function testHashes(): void
    {
        $this->seed('HSET', 'h', ['f', 'pv', 'g', '2'], ['f', 'dv', 'd', 'x']);
        $h = $this->k('h');
        $this->assertSame('pv', $this->c->hget($h, 'f'));
        $this->assertTrue($this->c->hexists($h, 'g'));
        $this->assertSame(2, $this->c->hlen($h));
        $this->assertSame(['f', 'g'], self::sorted($this->c->hkeys($h)));
        $this->assertSame(['2', 'pv'], self::sorted($this->c->hvals($h)));
        $this->assertEquals(['f' => 'pv', 'g' => '2'], $this->c->hgetall($h));
        $this->assertSame(['f' => 'pv', 'g' => '2'], $this->c->hmget($h, ['f', 'g']));
        $this->assertSame(2, $this->c->hstrlen($h, 'f'));
        $this->assertSame(5, $this->c->hincrby($h, 'g', 3));
        $this->assertSame(5.5, $this->c->hincrbyfloat($h, 'g', 0.5));
        $this->assertSame(1, $this->c->hdel($h, 'f'));
        $this->assertSame(0, $this->srv('HEXISTS', $this->full('h'), 'f'));
        $this->assertSame('dv', $this->srv('HGET', $this->k('h'), 'f'), 'the decoy is untouched');

        $this->assertSame(1, $this->c->hset($this->k('h2'), 'f', 'v'));
        $this->assertTrue($this->c->hsetnx($this->k('h3'), 'f', 'v'));
        $this->assertTrue($this->c->hmset($this->k('h4'), ['f' => 'v']));
        $this->assertPrefixedOnly('h2', 'h3', 'h4');
    }

    public function testLists(): void
    {
        $this->seed('RPUSH', 'l', ['a', 'b', 'c'], ['z']);
        $l = $this->k('l');
        $this->assertSame(['a', 'b', 'c'], $this->c->lrange($l, 0, -1));
        $this->assertSame(3, $this->c->llen($l));
        $this->assertSame('a', $this->c->lindex($l, 0));
        $this->assertSame('b', $this->c->lget($l, 1));
        $this->assertTrue($this->c->lset($l, 0, 'A'));
        $this->assertSame(4, $this->c->linsert($l, 'BEFORE', 'b', 'x'));
        $this->assertSame(1, $this->c->lrem($l, 'c'));
        $this->assertTrue($this->c->ltrim($l, 0, 1));
        $this->assertSame(['A', 'x'], $this->srv('LRANGE', $this->full('l'), 0, -1));
        $this->assertSame('A', $this->c->lpop($l));
        $this->assertSame('x', $this->c->rpop($l));
        $this->assertSame(['z'], $this->srv('LRANGE', $this->k('l'), 0, -1), 'the decoy is untouched');

        $this->seed('RPUSH', 'lx', ['a'], ['z']);
        $this->assertSame(2, $this->c->lpushx($this->k('lx'), '0'));
        $this->assertSame(3, $this->c->rpushx($this->k('lx'), '9'));
        $this->assertSame(['0', 'a', '9'], $this->srv('LRANGE', $this->full('lx'), 0, -1));
        $this->assertSame(1, $this->c->lpush($this->k('l2'), 'x'));
        $this->assertSame(1, $this->c->rpush($this->k('l3'), 'x'));

        /* the destinations too */
        $this->seed('RPUSH', 'src', ['s1', 's2'], ['decoy']);
        $this->assertSame('s2', $this->c->rpoplpush($this->k('src'), $this->k('dst')));
        $moved = ['l2', 'l3', 'dst'];
        if (!$this->skipOnPhpredis5('lmove')) {
            $this->assertSame('s1', $this->c->lmove($this->k('src'), $this->k('dst2'), 'LEFT', 'RIGHT'));
            $moved[] = 'dst2';
        }
        $this->assertPrefixedOnly(...$moved);
        $this->assertSame(['s2'], $this->srv('LRANGE', $this->full('dst'), 0, -1));
    }

    public function testSets(): void
    {
        $this->seed('SADD', 's1', ['1', '2', '3'], ['9']);
        $this->seed('SADD', 's2', ['2', '3', '4'], ['9']);
        [$s1, $s2] = [$this->k('s1'), $this->k('s2')];
        /* every key of the list prefixed, not only the first (which routes) */
        $this->assertSame(['2', '3'], self::sorted($this->c->sinter($s1, $s2)));
        $this->assertSame(['2', '3'], self::sorted($this->c->sinter([$s1, $s2])));
        $this->assertSame(['1', '2', '3', '4'], self::sorted($this->c->sunion($s1, $s2)));
        $this->assertSame(['1'], self::sorted($this->c->sdiff($s1, $s2)));
        $this->assertSame(2, $this->c->sinterstore($this->k('d1'), $s1, $s2));
        $this->assertSame(4, $this->c->sunionstore($this->k('d2'), $s1, $s2));
        $this->assertSame(1, $this->c->sdiffstore($this->k('d3'), $s1, $s2));
        $this->assertPrefixedOnly('d1', 'd2', 'd3');
        $this->assertSame(['2', '3'], self::sorted($this->srv('SMEMBERS', $this->full('d1'))));

        $this->assertSame(['1', '2', '3'], self::sorted($this->c->smembers($s1)));
        $this->assertSame(3, $this->c->scard($s1));
        $this->assertTrue($this->c->sismember($s1, '1'));
        $this->assertContains($this->c->srandmember($s1), ['1', '2', '3']);
        $this->assertSame(['1', '2', '3'], self::sorted($this->c->srandmember($s1, 5)));
        $this->assertSame(1, $this->c->sadd($s1, '7'));
        $this->assertSame(1, $this->srv('SISMEMBER', $this->full('s1'), '7'));
        $this->assertSame(1, $this->c->srem($s1, '7'));
        $this->assertTrue($this->c->smove($s1, $this->k('mv'), '1'));
        $this->assertPrefixedOnly('mv');
        $this->assertSame(['1'], $this->srv('SMEMBERS', $this->full('mv')));
        $this->assertContains($this->c->spop($s2), ['2', '3', '4']);
        $this->assertSame(['9'], $this->srv('SMEMBERS', $this->k('s2')), 'the decoy is untouched');
    }

    public function testSortedSets(): void
    {
        $this->seed('ZADD', 'z', [1, 'a', 2, 'b', 3, 'c'], [9, 'y']);
        $z = $this->k('z');
        $this->assertSame(['a', 'b', 'c'], $this->c->zrange($z, 0, -1));
        $this->assertSame(['a' => 1.0, 'b' => 2.0, 'c' => 3.0], $this->c->zrange($z, 0, -1, true));
        $this->assertSame(['c', 'b', 'a'], $this->c->zrevrange($z, 0, -1));
        $this->assertSame(['a', 'b'], $this->c->zrangebyscore($z, '1', '2'));
        $this->assertSame(['b', 'a'], $this->c->zrevrangebyscore($z, '2', '1'));
        $this->assertSame(3, $this->c->zcard($z));
        $this->assertSame(2, $this->c->zcount($z, '1', '2'));
        $this->assertSame(2.0, $this->c->zscore($z, 'b'));
        $this->assertSame(2, $this->c->zrank($z, 'c'));
        $this->assertSame(0, $this->c->zrevrank($z, 'c'));

        $this->assertSame(1, $this->c->zadd($z, 4, 'd'));
        $this->assertSame(2.5, $this->c->zincrby($z, 1.5, 'a'));
        $this->assertSame(1, $this->c->zrem($z, 'd'));
        $this->assertSame(1, $this->c->zremrangebyscore($z, '3', '3'));
        $this->assertSame(1, $this->c->zremrangebyrank($z, 0, 0), 'b (2), below a (2.5)');
        $this->assertSame(['a' => 2.5], $this->c->zpopmax($z));
        $this->seed('ZADD', 'zp', [1, 'm'], [0, 'y']);
        $this->assertSame(['m' => 1.0], $this->c->zpopmin($this->k('zp')));
        $this->assertSame(['y', '9'], $this->srv('ZRANGE', $this->k('z'), 0, -1, 'WITHSCORES'), 'the decoy is untouched');

        $this->seed('ZADD', 'lex', [0, 'a', 0, 'b', 0, 'c'], [0, 'y']);
        $lex = $this->k('lex');
        $this->assertSame(['a', 'b'], $this->c->zrangebylex($lex, '[a', '[b'));
        $this->assertSame(3, $this->c->zlexcount($lex, '-', '+'));
        $this->assertSame(1, $this->c->zremrangebylex($lex, '[a', '[a'));
        $this->assertSame(['b', 'c'], $this->srv('ZRANGE', $this->full('lex'), 0, -1));

        $this->assertSame(1, $this->c->zadd($this->k('z2'), 1, 'x'));
        $this->assertPrefixedOnly('z2');
    }

    public function testScripting(): void
    {
        $this->seed('SET', 'e1', ['pv1'], ['dv1']);
        $this->seed('SET', 'e2', ['pv2'], ['dv2']);
        $script = "return {redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]), ARGV[1]}";
        $args = [$this->k('e1'), $this->k('e2'), 'arg'];
        $expect = ['pv1', 'pv2', 'arg'];
        $this->assertSame($expect, $this->c->eval($script, $args, 2), 'every key prefixed, not the arguments');
        $sha = $this->loadEverywhere($script);
        $this->assertSame($expect, $this->c->evalsha($sha, $args, 2));
        if (!$this->skipOnPhpredis5('eval_ro')) {
            $this->assertSame($expect, $this->c->eval_ro($script, $args, 2));
            $this->assertSame($expect, $this->c->evalsha_ro($sha, $args, 2));
        }
        $this->assertTrue($this->c->eval("return redis.call('SET', KEYS[1], ARGV[1])", [$this->k('w'), 'v'], 1));
        $this->assertPrefixedOnly('w');
    }

    public function testHyperLogLog(): void
    {
        $this->assertTrue($this->c->pfadd($this->k('h1'), ['a', 'b']));
        $this->assertTrue($this->c->pfadd($this->k('h2'), ['b', 'c']));
        $this->assertPrefixedOnly('h1', 'h2');
        $this->srv('PFADD', $this->k('h1'), 'w', 'x', 'y', 'z');
        $this->srv('PFADD', $this->k('h2'), 'q', 'r', 's', 't', 'u');
        $this->assertSame(2, $this->c->pfcount($this->k('h1')));
        if (!self::isPhpredis()) {
            /* phpredis 5.3.7 routes a prefixed pfcount([...]) by a slot it leaves unset, at
             * random ("The slot -3423 is not covered by any node in this cluster"). */
            $this->assertSame(3, $this->c->pfcount([$this->k('h1'), $this->k('h2')]), 'every key of the list prefixed');
        }
        $this->assertTrue($this->c->pfmerge($this->k('m'), [$this->k('h1'), $this->k('h2')]));
        $this->assertPrefixedOnly('m');
        $this->assertSame(3, $this->srv('PFCOUNT', $this->full('m')));
    }
}
