<?php

namespace RedisTests;

use Redis;

/** Streams and consumer groups. */
final class StreamsTest extends RedisTestCase
{
    /** A stream with entries 1-0, 2-0, 3-0 (f => v1..v3) and group g at 0. */
    private function stream(): string
    {
        $s = $this->key('s');
        foreach ([1, 2, 3] as $i) {
            $this->serverCall('XADD', $s, "$i-0", 'f', "v$i");
        }
        $this->serverCall('XGROUP', 'CREATE', $s, 'g', '0');
        return $s;
    }

    public function testAddRangeDelTrim(): void
    {
        $s = $this->key('s');
        $this->assertSame('1-0', $this->r->xadd($s, '1-0', ['f' => 'v1']));
        $this->assertSame('2-0', $this->r->xadd($s, '2-0', ['f' => 'v2', 'g' => 'w']));
        $id = $this->r->xadd($s, '*', ['f' => 'v3']);
        $this->assertMatchesRegularExpression('/^\d+-\d+$/', $id);
        $this->assertFalse($this->r->xadd($s, '1-0', ['f' => 'x']));
        $this->assertSame('ERR The ID specified in XADD is equal or smaller than the target stream top item', $this->lastError());
        $this->assertSame(3, $this->r->xlen($s));
        $this->assertSame(3, $this->serverCall('XLEN', $s));
        $this->assertSame(['1-0' => ['f' => 'v1'], '2-0' => ['f' => 'v2', 'g' => 'w']], $this->r->xrange($s, '-', '+', 2));
        $this->assertSame([$id => ['f' => 'v3']], $this->r->xrevrange($s, '+', '-', 1));
        $this->assertSame([], $this->r->xrange($this->key('none'), '-', '+'));
        $this->assertSame(1, $this->r->xdel($s, ['1-0', '9-9']));
        $this->assertSame(1, $this->r->xtrim($s, 1));
        $this->assertSame(1, $this->serverCall('XLEN', $s));
        for ($i = 0; $i < 20; $i++) {
            $this->r->xadd($this->key('capped'), '*', ['i' => $i], 5);
        }
        $this->assertSame(5, $this->serverCall('XLEN', $this->key('capped')), 'MAXLEN');
        $this->assertMatchesRegularExpression('/^\d+-\d+$/', $this->r->xadd($this->key('capped'), '*', ['i' => 'x'], 5, true));
    }

    public function testAddTrimOptions62(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->assertFalse($this->r->xadd($this->key('none'), '*', ['f' => 'v'], 0, false, true), 'NOMKSTREAM');
        $this->assertSame(0, $this->serverCall('EXISTS', $this->key('none')));
        $s = $this->key('s');
        foreach (['1-0', '1-1', '2-0', '2-1', '3-0'] as $id) {
            $this->serverCall('XADD', $s, $id, 'f', 'v');
        }
        $this->assertSame(2, $this->r->xtrim($s, '2-0', false, true), 'MINID');
        $this->assertSame(['2-0', '2-1', '3-0'], array_keys($this->r->xrange($s, '-', '+')));
        $this->assertIsInt($this->r->xtrim($s, 1, true, false, 10), 'MAXLEN ~ LIMIT');
    }

    public function testGroups(): void
    {
        $s = $this->key('s');
        foreach ([1, 2, 3] as $i) {
            $this->serverCall('XADD', $s, "$i-0", 'f', "v$i");
        }
        $this->assertTrue($this->r->xgroup('CREATE', $s, 'g', '0'));
        $this->assertFalse($this->r->xgroup('CREATE', $s, 'g', '0'));
        $this->assertSame('BUSYGROUP Consumer Group name already exists', $this->lastError(), 'BUSYGROUP is false, not thrown');
        $this->assertFalse($this->r->xgroup('CREATE', $this->key('new'), 'g', '$'));
        $this->assertTrue($this->r->xgroup('CREATE', $this->key('new'), 'g', '$', true), 'MKSTREAM');
        $this->assertSame(1, $this->serverCall('EXISTS', $this->key('new')));
        $this->assertTrue($this->r->xgroup('SETID', $s, 'g', '0'));
        $this->assertSame(0, $this->r->xgroup('DELCONSUMER', $s, 'g', 'nobody'));
        $this->assertSame(1, $this->r->xgroup('DESTROY', $s, 'g'));
        $this->assertSame(0, $this->r->xgroup('DESTROY', $s, 'g'));
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->assertTrue($this->r->xgroup('CREATE', $s, 'g2', '0', false, 2), 'ENTRIESREAD');
        $this->assertSame(2, $this->r->xinfo('GROUPS', $s)[0]['entries-read']);
        $this->assertSame(1, $this->r->xgroup('CREATECONSUMER', $s, 'g2', 'c1'));
        $this->assertSame(0, $this->r->xgroup('CREATECONSUMER', $s, 'g2', 'c1'));
    }

    public function testReadGroupAckPendingClaim(): void
    {
        $s = $this->stream();
        $this->assertSame([$s => ['1-0' => ['f' => 'v1'], '2-0' => ['f' => 'v2']]], $this->r->xreadgroup('g', 'c1', [$s => '>'], 2));
        $this->assertSame([$s => ['3-0' => ['f' => 'v3']]], $this->r->xreadgroup('g', 'c1', [$s => '>'], 1, 100));
        $t = microtime(true);
        $this->assertSame([], $this->r->xreadgroup('g', 'c1', [$s => '>'], 1, 200), 'BLOCK timed out');
        $this->assertGreaterThan(0.15, microtime(true) - $t);
        $summary = $this->r->xpending($s, 'g');
        $this->assertSame([3, '1-0', '3-0', [['c1', '3']]], $summary);
        $detail = $this->r->xpending($s, 'g', '-', '+', 10, 'c1');
        $this->assertSame(['1-0', '2-0', '3-0'], array_column($detail, 0));
        $this->assertSame(['c1', 'c1', 'c1'], array_column($detail, 1));
        $this->assertSame([1, 1, 1], array_column($detail, 3), 'delivery counts');
        $this->assertIsInt($detail[0][2], 'idle ms');
        $this->assertSame(1, $this->r->xack($s, 'g', ['1-0']));
        $this->assertSame(0, $this->r->xack($s, 'g', ['1-0']));
        $this->assertSame(['2-0' => ['f' => 'v2']], $this->r->xclaim($s, 'g', 'c2', 0, ['2-0'], []));
        $this->assertSame(['3-0'], $this->r->xclaim($s, 'g', 'c2', 0, ['3-0'], ['JUSTID']));
        $this->assertSame(['3-0' => ['f' => 'v3']], $this->r->xclaim($s, 'g', 'c2', 0, ['3-0'], ['IDLE' => 5000, 'RETRYCOUNT' => 5, 'FORCE']));
        $p = $this->serverCall('XPENDING', $s, 'g', '-', '+', 10, 'c2');
        $this->assertSame(['2-0', '3-0'], array_column($p, 0));
        $this->assertSame(5, $p[1][3], 'RETRYCOUNT sent');
        $this->assertGreaterThanOrEqual(5000, $p[1][2], 'IDLE sent');
        $this->assertSame([], $this->r->xclaim($s, 'g', 'c3', 100000, ['2-0'], []), 'not idle long enough');
    }

    public function testRead(): void
    {
        $s = $this->stream();
        $this->assertSame([$s => ['1-0' => ['f' => 'v1']]], $this->r->xread([$s => '0'], 1));
        $this->assertSame([$s => ['2-0' => ['f' => 'v2'], '3-0' => ['f' => 'v3']]], $this->r->xread([$s => '1-0']));
        $t = microtime(true);
        $this->assertSame([], $this->r->xread([$s => '$'], 1, 200));
        $this->assertGreaterThan(0.15, microtime(true) - $t);
        $this->assertSame([], $this->r->xread([$this->key('none') => '0']));
    }

    public function testInfo(): void
    {
        $s = $this->stream();
        $this->r->xreadgroup('g', 'c1', [$s => '>'], 2);
        $groups = $this->r->xinfo('GROUPS', $s);
        $this->assertCount(1, $groups);
        $this->assertSame(['name' => 'g', 'consumers' => 1, 'pending' => 2, 'last-delivered-id' => '2-0', 'entries-read' => 2,
            'lag' => 1], $groups[0]);
        $consumers = $this->r->xinfo('CONSUMERS', $s, 'g');
        $this->assertSame(['name', 'pending', 'idle'], array_keys($consumers[0]));
        $this->assertSame(['c1', 2], [$consumers[0]['name'], $consumers[0]['pending']]);
        $info = $this->r->xinfo('STREAM', $s);
        $this->assertSame(3, $info['length']);
        $this->assertSame(1, $info['groups']);
        $this->assertSame(['1-0' => ['f' => 'v1']], $info['first-entry']);
        $this->assertSame(['3-0' => ['f' => 'v3']], $info['last-entry']);
        $full = $this->r->xinfo('STREAM', $s, 'FULL');
        $this->assertSame(3, $full['length']);
        $this->assertSame([['1-0' => ['f' => 'v1']], ['2-0' => ['f' => 'v2']], ['3-0' => ['f' => 'v3']]], $full['entries']);
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->assertCount(1, $this->r->xinfo('STREAM', $s, 'FULL', 1)['entries'], 'COUNT');
    }

    public function testAutoclaim(): void
    {
        if ($this->onlyInPhpredis6('xautoclaim')) {
            return;
        }
        $s = $this->key('ships');
        $this->serverCall('XGROUP', 'CREATE', $s, 'combatants', '0-0', 'MKSTREAM');
        $this->assertSame(['0-0', [], []], $this->r->xautoclaim($s, 'combatants', 'Sisko', 0, '0-0'));
        $this->serverCall('XADD', $s, '1424-74205', 'name', 'Defiant');
        $this->serverCall('XREADGROUP', 'GROUP', 'combatants', 'Jem', 'COUNT', 1, 'STREAMS', $s, '>');
        $this->assertSame(['0-0', ['1424-74205' => ['name' => 'Defiant']], []],
            $this->r->xautoclaim($s, 'combatants', 'Sisko', 0, '0-0'));
        $this->assertSame('Sisko', $this->serverCall('XPENDING', $s, 'combatants')[3][0][0]);
        $this->assertSame(['0-0', ['1424-74205'], []], $this->r->xautoclaim($s, 'combatants', 'Odo', 0, '0-0', -1, true), 'JUSTID');
    }
}
