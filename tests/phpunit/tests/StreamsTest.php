<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * Streams: xadd, xrange, xrevrange, xlen, xdel, xtrim, xread, xreadgroup, xgroup, xack,
 * xpending, xclaim, xautoclaim, xinfo. Return values and types as phpredis returns them,
 * checked against Debian's phpredis 5.3.7; what only phpredis 6.x has (xautoclaim, xtrim's
 * MINID and LIMIT, XGROUP CREATECONSUMER and HELP, which 5.3.7 sends but then reads the
 * wrong reply for) is checked against the Redis documentation's replies.
 */
final class StreamsTest extends ClusterTestCase
{
    private const WRONGTYPE = 'WRONGTYPE Operation against a key holding the wrong kind of value';

    /** A stream with entries 1-1 (a => 1), 2-1 (b => 2), 3-1 (c => 3). */
    private function stream(string $name = 's'): string
    {
        $s = $this->tagged($name);
        foreach (['1-1' => 'a', '2-1' => 'b', '3-1' => 'c'] as $id => $f) {
            $this->assertSame($id, $this->c->xadd($s, $id, [$f => ord($f) - 96]));
        }
        return $s;
    }

    public function testXaddXlen(): void
    {
        $s = $this->key();
        $this->assertSame(0, $this->c->xlen($s));
        $this->assertSame('5-1', $this->c->xadd($s, '5-1', ['f' => 'v', 'n' => 1, 7 => 1.5, 'b' => true]));
        $id = $this->c->xadd($s, '*', ['f' => 'w']);
        $this->assertMatchesRegularExpression('/^\d+-\d+$/', $id, 'an id made by the server');
        $this->assertSame(2, $this->c->xlen($s));
        $this->assertSame(['5-1', ['f', 'v', 'n', '1', '7', '1.5', 'b', '1']],
            $this->serverCall($s, 'XRANGE', $s, '-', '+', 'COUNT', 1)[0], 'fields and values as strings');
        for ($i = 0; $i < 5; $i++) {
            $this->c->xadd($s, '*', ['i' => $i], 3);
        }
        $this->assertSame(3, $this->c->xlen($s), 'MAXLEN 3');
        $this->assertIsString($this->c->xadd($s, '*', ['i' => 9], 2, true), 'MAXLEN ~ 2');
        $this->assertNull($this->c->getLastError());
    }

    public function testXaddRefusals(): void
    {
        $s = $this->key();
        $this->c->xadd($s, '5-1', ['f' => 'v']);
        $this->assertFalse($this->c->xadd($s, '4-1', ['f' => 'v']));
        $this->assertSame('ERR The ID specified in XADD is equal or smaller than the target stream top item',
            $this->c->getLastError());
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly(fn () => $this->c->xadd($s, '*', []));
        $this->assertFalse($r, 'no values: false, nothing sent');
        $this->assertSame([], $warnings);
        $this->assertNull($this->c->getLastError());
        $this->assertSame(1, $this->c->xlen($s));
        $str = $this->key('str');
        $this->c->set($str, 'v');
        $this->assertFalse($this->c->xadd($str, '*', ['f' => 'v']));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
        $this->assertFalse($this->c->xlen($str));
    }

    public function testXrangeXrevrange(): void
    {
        $s = $this->stream();
        $all = ['1-1' => ['a' => '1'], '2-1' => ['b' => '2'], '3-1' => ['c' => '3']];
        $this->assertSame($all, $this->c->xrange($s, '-', '+'));
        $this->assertSame(['1-1' => ['a' => '1']], $this->c->xrange($s, '-', '+', 1));
        $this->assertSame(['2-1' => ['b' => '2'], '3-1' => ['c' => '3']], $this->c->xrange($s, '2', '+'));
        $this->assertSame([], $this->c->xrange($s, '-', '+', 0), 'COUNT 0: the server says nil, phpredis []');
        $this->assertSame(array_reverse($all, true), $this->c->xrevrange($s, '+', '-'));
        $this->assertSame(['3-1' => ['c' => '3'], '2-1' => ['b' => '2']], $this->c->xrevrange($s, '+', '-', 2));
        $this->assertSame([], $this->c->xrange($this->key('missing'), '-', '+'));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->xrevrange($s, 'x', 'y'));
        $this->assertSame('ERR Invalid stream ID specified as stream command argument', $this->c->getLastError());
        $str = $this->key('str');
        $this->c->set($str, 'v');
        $this->assertFalse($this->c->xrange($str, '-', '+'));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    public function testXdelXtrim(): void
    {
        $s = $this->stream();
        $this->assertSame(1, $this->c->xdel($s, ['1-1', '9-9']));
        $this->assertSame(0, $this->c->xdel($s, ['1-1']));
        $this->assertFalse($this->c->xdel($s, []), 'no ids: false, nothing sent');
        $this->assertSame(1, $this->c->xtrim($s, 1));
        $this->assertSame(['3-1' => ['c' => '3']], $this->c->xrange($s, '-', '+'));
        $this->assertSame(0, $this->c->xtrim($s, 1, true), 'MAXLEN ~ 1');
        $this->assertSame(0, $this->c->xtrim($this->key('missing'), 1));
        $this->assertNull($this->c->getLastError());
    }

    /** xtrim's $minid and $limit are phpredis 6's. */
    public function testXtrimMinidLimit(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $s = $this->stream();
        $this->assertSame(1, $this->c->xtrim($s, '2', false, true), 'MINID 2: 1-1 goes');
        $this->assertSame(['2-1', '3-1'], array_keys($this->c->xrange($s, '-', '+')));
        $this->assertSame(0, $this->c->xtrim($s, '3', true, true, 0), 'MINID ~ 3 LIMIT 0: nothing on a small stream');
        $this->assertFalse($this->c->xtrim($s, 1, false, false, 10), 'LIMIT without ~: the server refuses it');
        $this->assertStringContainsString('LIMIT', $this->c->getLastError());
    }

    public function testXread(): void
    {
        $s = $this->stream();
        $t = $this->tagged('t');
        $this->c->xadd($t, '1-0', ['x' => 'y']);
        $this->assertSame([$s => ['1-1' => ['a' => '1'], '2-1' => ['b' => '2'], '3-1' => ['c' => '3']]],
            $this->c->xread([$s => '0']));
        $this->assertSame([$s => ['2-1' => ['b' => '2']], $t => ['1-0' => ['x' => 'y']]],
            $this->c->xread([$s => '1-1', $t => '0'], 1), 'keyed by stream, COUNT per stream');
        $this->assertSame([$t => ['1-0' => ['x' => 'y']]], $this->c->xread([$s => '3-1', $t => '0']),
            'a stream with nothing new is left out');
        $this->assertSame([], $this->c->xread([$s => '$']), 'nothing to read: []');
        $this->assertFalse($this->c->xread([]), 'no streams: false');
        $this->assertNull($this->c->getLastError());
        $this->c->setOption(RedisCluster::OPT_NULL_MULTIBULK_AS_NULL, true);
        $this->assertNull($this->c->xread([$s => '$']), 'nothing to read, OPT_NULL_MULTIBULK_AS_NULL: null');
    }

    public function testXreadErrors(): void
    {
        $s = $this->stream();
        $this->assertRefusedLocally(fn () => $this->c->xread([$s => '0', $this->key('other') => '0']),
            'RedisCluster::xread(): Warning, not all keys hash to the same slot!');
        $str = $this->tagged('str');
        $this->c->set($str, 'v');
        $this->assertFalse($this->c->xread([$str => '0']));
        $this->assertSame(self::WRONGTYPE, $this->c->getLastError());
    }

    /** BLOCK ms: the read waits for it, also when it is longer than the read timeout. */
    public function testXreadBlock(): void
    {
        $s = $this->stream();
        $t0 = microtime(true);
        $this->assertSame([], $this->c->xread([$s => '$'], 1, 300));
        $this->assertGreaterThanOrEqual(0.29, microtime(true) - $t0, 'waited BLOCK 300');
        /* phpredis 5.3.7's read gives up at the read timeout and throws; this module waits
         * the block time plus the read timeout (docs/api-differences.md). */
        $c = $this->client(2.0, 0.2);
        if (self::isPhpredis()) {
            $this->expectException(\RedisClusterException::class);
            $c->xread([$s => '$'], 1, 600);
        }
        $t0 = microtime(true);
        $this->assertSame([], $c->xread([$s => '$'], 1, 600));
        $this->assertGreaterThanOrEqual(0.59, microtime(true) - $t0);
        $this->assertSame(['3-1' => ['c' => '3']], $c->xrange($s, '3', '+'), 'the connection is still in step');
    }

    public function testXgroupCreateSetidDestroy(): void
    {
        $s = $this->stream();
        $this->assertTrue($this->c->xgroup('CREATE', $s, 'g', '0'));
        $this->assertFalse($this->c->xgroup('CREATE', $s, 'g', '0'));
        $this->assertSame('BUSYGROUP Consumer Group name already exists', $this->c->getLastError());
        $this->c->clearLastError();
        $this->assertTrue($this->c->xgroup('create', $s, 'g2', '$'), 'the operation in any case');
        $this->assertTrue($this->c->xgroup('SETID', $s, 'g', '2-1'));
        $this->assertSame([$s => ['3-1' => ['c' => '3']]], $this->c->xreadgroup('g', 'alice', [$s => '>']));
        $this->assertSame(1, $this->c->xgroup('DELCONSUMER', $s, 'g', 'alice'), 'its pending count');
        $this->assertSame(0, $this->c->xgroup('DELCONSUMER', $s, 'g', 'nobody'));
        $this->assertSame(1, $this->c->xgroup('DESTROY', $s, 'g'));
        $this->assertSame(0, $this->c->xgroup('DESTROY', $s, 'g'));
        $m = $this->key('made');
        $this->assertFalse($this->c->xgroup('CREATE', $m, 'g', '$'));
        $this->assertStringStartsWith('ERR The XGROUP subcommand requires the key to exist', $this->c->getLastError());
        $this->assertTrue($this->c->xgroup('CREATE', $m, 'g', '$', true), 'MKSTREAM');
        $this->assertSame(RedisCluster::REDIS_STREAM, $this->c->type($m));
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly(fn () => $this->c->xgroup('CREATE', $s, 'g3'));
        $this->assertFalse($r, 'no id: false, nothing sent');
        $this->assertSame([], $warnings);
        $this->assertNull($this->c->getLastError());
    }

    /** CREATECONSUMER, ENTRIESREAD and HELP, as Redis 7 documents them. */
    public function testXgroup6x(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $s = $this->stream();
        $this->assertTrue($this->c->xgroup('CREATE', $s, 'g', '0', false, 2));
        $this->assertSame(2, $this->c->xinfo('GROUPS', $s)[0]['entries-read'], 'ENTRIESREAD 2');
        $this->assertTrue($this->c->xgroup('SETID', $s, 'g', '0', false, 0));
        $this->assertSame(0, $this->c->xinfo('GROUPS', $s)[0]['entries-read']);
        $this->assertSame(1, $this->c->xgroup('CREATECONSUMER', $s, 'g', 'bob'));
        $this->assertSame(0, $this->c->xgroup('CREATECONSUMER', $s, 'g', 'bob'));
        $help = $this->c->xgroup('HELP');
        $this->assertIsArray($help);
        $this->assertStringStartsWith('XGROUP <subcommand>', $help[0]);
        [$r, $warnings] = $this->quietly(fn () => $this->c->xgroup('BOGUS', $s, 'g'));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::xgroup(): Unknown XGROUP operation 'BOGUS'"], $warnings);
    }

    public function testXreadgroupXackXpending(): void
    {
        $s = $this->stream();
        $this->c->xgroup('CREATE', $s, 'g', '0');
        $this->assertSame([$s => ['1-1' => ['a' => '1']]], $this->c->xreadgroup('g', 'alice', [$s => '>'], 1));
        $this->assertSame([$s => ['2-1' => ['b' => '2'], '3-1' => ['c' => '3']]],
            $this->c->xreadgroup('g', 'bob', [$s => '>']));
        $this->assertSame([], $this->c->xreadgroup('g', 'bob', [$s => '>']), 'nothing new: []');
        $this->assertSame([$s => ['2-1' => ['b' => '2'], '3-1' => ['c' => '3']]],
            $this->c->xreadgroup('g', 'bob', [$s => '0']), "bob's history");
        $this->assertSame([3, '1-1', '3-1', [['alice', '1'], ['bob', '2']]], $this->c->xpending($s, 'g'));
        $ext = $this->c->xpending($s, 'g', '-', '+', 10);
        $this->assertSame([['1-1', 'alice'], ['2-1', 'bob'], ['3-1', 'bob']],
            array_map(fn ($e) => [$e[0], $e[1]], $ext), '[id, consumer, idle, deliveries]');
        $this->assertIsInt($ext[0][2]);
        $this->assertSame(2, $ext[1][3], 'delivered twice');
        $this->assertSame(['2-1', '3-1'], array_column($this->c->xpending($s, 'g', '-', '+', 10, 'bob'), 0));
        $this->assertSame(['1-1'], array_column($this->c->xpending($s, 'g', '-', '+', 1), 0), 'COUNT 1');
        $this->assertSame(2, $this->c->xack($s, 'g', ['1-1', '2-1', '9-9']));
        $this->assertSame(0, $this->c->xack($s, 'g', ['1-1']));
        $this->assertFalse($this->c->xack($s, 'g', []), 'no ids: false');
        $this->assertSame(1, $this->c->xack($s, 'g', ['3-1']));
        $this->assertSame([0, null, null, []], $this->c->xpending($s, 'g'), 'nothing pending');
        $this->assertSame([], $this->c->xpending($s, 'g', '-', '+', 10));
        $this->assertFalse($this->c->xpending($s, 'g', '-', '+'), 'a range without a count: false, nothing sent');
        $this->assertFalse($this->c->xpending($s, 'g', '-'));
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->xpending($s, 'nogroup'));
        $this->assertStringStartsWith('NOGROUP', $this->c->getLastError());
        $this->assertFalse($this->c->xreadgroup('nogroup', 'x', [$s => '>']));
        $this->assertStringStartsWith('NOGROUP', $this->c->getLastError());
    }

    public function testXreadgroupCrossSlotAndBlock(): void
    {
        $s = $this->stream();
        $this->c->xgroup('CREATE', $s, 'g', '$');
        $this->assertRefusedLocally(fn () => $this->c->xreadgroup('g', 'a', [$s => '>', $this->key('other') => '>']),
            'RedisCluster::xreadgroup(): Warning, not all keys hash to the same slot!');
        $t0 = microtime(true);
        $this->assertSame([], $this->c->xreadgroup('g', 'a', [$s => '>'], 1, 300));
        $this->assertGreaterThanOrEqual(0.29, microtime(true) - $t0, 'waited BLOCK 300');
    }

    public function testXclaim(): void
    {
        $s = $this->stream();
        $this->c->xgroup('CREATE', $s, 'g', '0');
        $this->c->xreadgroup('g', 'alice', [$s => '>']);
        $this->assertSame(['1-1' => ['a' => '1'], '2-1' => ['b' => '2']],
            $this->c->xclaim($s, 'g', 'bob', 0, ['1-1', '2-1'], []));
        $this->assertSame(['1-1'], $this->c->xclaim($s, 'g', 'carol', 0, ['1-1'], ['JUSTID']), 'JUSTID: the ids');
        $this->assertSame([], $this->c->xclaim($s, 'g', 'bob', 3600000, ['1-1'], []), 'not idle long enough');
        $this->assertSame(['3-1'], $this->c->xclaim($s, 'g', 'dave', 0, ['3-1'],
            ['IDLE' => 5000, 'RETRYCOUNT' => 7, 'FORCE', 'JUSTID', 'BOGUS' => 1, 'ignored']));
        $pending = $this->c->xpending($s, 'g', '3-1', '3-1', 1);
        $this->assertSame('dave', $pending[0][1]);
        $this->assertGreaterThanOrEqual(5000, $pending[0][2], 'IDLE 5000');
        $this->assertSame(7, $pending[0][3], 'RETRYCOUNT 7');
        $this->assertSame(['2-1'], $this->c->xclaim($s, 'g', 'erin', 0, ['2-1'], ['TIME' => 1000, 'JUSTID']));
        $this->assertSame([], $this->c->xclaim($s, 'g', 'bob', 0, ['9-9'], []), 'not pending: nothing');
        $this->assertFalse($this->c->xclaim($s, 'g', 'bob', 0, [], []), 'no ids: false');
        $this->assertNull($this->c->getLastError());
    }

    /** xautoclaim() is phpredis 6's: [next id, claimed, deleted ids] as Redis 7 replies. */
    public function testXautoclaim(): void
    {
        if ($this->onlyInPhpredis6('xautoclaim')) {
            return;
        }
        $s = $this->stream();
        $this->c->xgroup('CREATE', $s, 'g', '0');
        $this->c->xreadgroup('g', 'alice', [$s => '>']);
        $this->assertSame(['2-1', ['1-1' => ['a' => '1']], []], $this->c->xautoclaim($s, 'g', 'bob', 0, '0', 1));
        $this->assertSame(['0-0', ['2-1', '3-1'], []], $this->c->xautoclaim($s, 'g', 'carol', 0, '2-1', -1, true));
        $this->c->xdel($s, ['1-1']);
        $this->assertSame(['0-0', ['2-1' => ['b' => '2'], '3-1' => ['c' => '3']], ['1-1']],
            $this->c->xautoclaim($s, 'g', 'dave', 0, '0'), 'a deleted entry is reported');
        $this->assertFalse($this->c->xautoclaim($s, 'nogroup', 'x', 0, '0'));
        $this->assertStringStartsWith('NOGROUP', $this->c->getLastError());
    }

    public function testXinfo(): void
    {
        $s = $this->stream();
        $this->c->xgroup('CREATE', $s, 'g', '0');
        $this->c->xreadgroup('g', 'alice', [$s => '>'], 1);
        $info = $this->c->xinfo('STREAM', $s);
        $this->assertSame(3, $info['length']);
        $this->assertSame('3-1', $info['last-generated-id']);
        $this->assertSame(1, $info['groups']);
        $this->assertSame(['1-1' => ['a' => '1']], $info['first-entry']);
        $this->assertSame(['3-1' => ['c' => '3']], $info['last-entry']);
        $groups = $this->c->xinfo('GROUPS', $s);
        $this->assertSame([['name' => 'g', 'consumers' => 1, 'pending' => 1, 'last-delivered-id' => '1-1',
            'entries-read' => 1, 'lag' => 2]], $groups);
        $consumers = $this->c->xinfo('CONSUMERS', $s, 'g');
        $this->assertSame(['name', 'pending', 'idle'], array_keys($consumers[0]));
        $this->assertSame(['alice', 1], [$consumers[0]['name'], $consumers[0]['pending']]);
        $full = $this->c->xinfo('STREAM', $s, 'FULL');
        $this->assertSame([['1-1' => ['a' => '1']], ['2-1' => ['b' => '2']], ['3-1' => ['c' => '3']]], $full['entries']);
        $this->assertSame('g', $full['groups'][0]['name']);
        $this->assertSame('alice', $full['groups'][0]['consumers'][0]['name']);
        $this->assertSame('alice', $full['groups'][0]['pending'][0]['1-1'], '[id, consumer, time, count] read as pairs');
        $this->assertCount(1, $this->c->xinfo('STREAM', $s, 'FULL', 1)['entries'], 'FULL COUNT 1');
        $this->assertNull($this->c->getLastError());
        $this->assertFalse($this->c->xinfo('STREAM', $this->key('missing')));
        $this->assertSame('ERR no such key', $this->c->getLastError());
        $this->assertFalse($this->c->xinfo('CONSUMERS', $s));
        $this->assertSame("ERR wrong number of arguments for 'xinfo|consumers' command", $this->c->getLastError());
    }

    public function testXinfoHelp(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $help = $this->c->xinfo('HELP');
        $this->assertStringStartsWith('XINFO <subcommand>', $help[0]);
        [$r, $warnings] = $this->quietly(fn () => $this->c->xinfo('BOGUS', $this->key()));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::xinfo(): Unknown XINFO operation 'BOGUS'"], $warnings);
    }

    /** Field values go through the serializer, and come back unserialized, except in XINFO. */
    public function testSerializer(): void
    {
        $s = $this->tagged('ser');
        $this->c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
        $this->assertSame('1-0', $this->c->xadd($s, '1-0', ['arr' => [1, 2], 'str' => 'x', 'n' => 5]));
        $this->assertSame([['1-0', ['arr', serialize([1, 2]), 'str', serialize('x'), 'n', serialize(5)]]],
            $this->serverCall($s, 'XRANGE', $s, '-', '+'), 'stored serialized; field names as they are');
        $entry = ['1-0' => ['arr' => [1, 2], 'str' => 'x', 'n' => 5]];
        $this->assertSame($entry, $this->c->xrange($s, '-', '+'));
        $this->assertSame($entry, $this->c->xrevrange($s, '+', '-'));
        $this->assertSame([$s => $entry], $this->c->xread([$s => '0']));
        $this->c->xgroup('CREATE', $s, 'g', '0');
        $this->assertSame([$s => $entry], $this->c->xreadgroup('g', 'a', [$s => '>']));
        $this->assertSame($entry, $this->c->xclaim($s, 'g', 'b', 0, ['1-0'], []));
        $this->assertSame(['1-0' => ['arr' => serialize([1, 2]), 'str' => serialize('x'), 'n' => serialize(5)]],
            $this->c->xinfo('STREAM', $s)['first-entry'], 'XINFO: as stored');
    }

    /** OPT_PREFIX goes on every key, and XREAD's reply names the streams as the server does. */
    public function testPrefix(): void
    {
        $s = $this->tagged('p');
        $this->c->setOption(RedisCluster::OPT_PREFIX, 'pfx:');
        $this->assertSame('1-0', $this->c->xadd($s, '1-0', ['f' => 'v']));
        $this->assertSame(1, $this->serverCall("pfx:$s", 'XLEN', "pfx:$s"), 'the prefixed key on its own master');
        $this->assertSame(0, $this->serverCall($s, 'EXISTS', $s));
        $this->assertSame(1, $this->c->xlen($s));
        $this->assertSame(['1-0' => ['f' => 'v']], $this->c->xrange($s, '-', '+'));
        $this->assertSame(["pfx:$s" => ['1-0' => ['f' => 'v']]], $this->c->xread([$s => '0']));
        $this->assertTrue($this->c->xgroup('CREATE', $s, 'g', '0'));
        $this->assertSame(["pfx:$s" => ['1-0' => ['f' => 'v']]], $this->c->xreadgroup('g', 'a', [$s => '>']));
        $this->assertSame(1, $this->c->xack($s, 'g', ['1-0']));
        $this->assertSame(1, $this->c->xinfo('STREAM', $s)['length']);
        $this->assertSame(1, $this->c->xdel($s, ['1-0']));
        $this->assertSame(0, $this->serverCall("pfx:$s", 'XLEN', "pfx:$s"));
        $this->c->setOption(RedisCluster::OPT_PREFIX, '');
    }
}
