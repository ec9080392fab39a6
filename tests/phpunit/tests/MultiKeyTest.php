<?php

namespace RedisClusterTests;

/** The split commands (mget, mset, del, unlink, exists, touch): split by slot over every
 * master and put back together in the caller's order. */
final class MultiKeyTest extends ClusterTestCase
{
    public function testMsetMgetOverEveryMaster(): void
    {
        $keys = $this->keysOnEveryMaster(100);
        $pairs = [];
        foreach ($keys as $i => $k) {
            $pairs[$k] = "value$i";
        }
        $this->assertTrue($this->c->mset($pairs));
        foreach ($pairs as $k => $v) {
            $this->assertSame($v, $this->serverGet($k), "$k is on its master");
        }
        $this->assertSame(array_values($pairs), $this->c->mget($keys));
        $reversed = array_reverse($keys);
        $this->assertSame(array_values(array_reverse($pairs)), $this->c->mget($reversed), "the caller's order");
    }

    public function testMgetMissingKeysAreFalse(): void
    {
        $keys = $this->keysOnEveryMaster(100);
        $this->c->mset([$keys[0] => 'a', $keys[50] => 'b', $keys[99] => 'c']);
        $expect = array_fill(0, 100, false);
        $expect[0] = 'a';
        $expect[50] = 'b';
        $expect[99] = 'c';
        $got = $this->c->mget($keys);
        $this->assertSame($expect, $got);
        $this->assertSame(range(0, 99), array_keys($got), 'a list, indexed from 0');
    }

    public function testMgetNonStringIsFalse(): void
    {
        $h = $this->key('hash');
        $this->c->hset($h, 'f', 'v');
        $s = $this->key('str');
        $this->c->set($s, 'v');
        $this->assertSame([false, 'v'], $this->c->mget([$h, $s]));
    }

    public function testMgetWithStringKeysArray(): void
    {
        $a = $this->key('a');
        $b = $this->key('b');
        $this->c->mset([$a => 1, $b => 2.5]);
        $this->assertSame(['1', '2.5'], $this->c->mget(['x' => $a, 'y' => $b]), 'the array keys are ignored');
    }

    public function testMsetOverwrites(): void
    {
        $keys = $this->keysOnEveryMaster(10);
        $this->assertTrue($this->c->mset(array_fill_keys($keys, 'old')));
        $this->assertTrue($this->c->mset(array_fill_keys($keys, 'new')));
        $this->assertSame(array_fill(0, 10, 'new'), $this->c->mget($keys));
    }

    public function testMsetMgetInOneSlot(): void
    {
        $a = $this->tagged('a');
        $b = $this->tagged('b');
        $this->assertTrue($this->c->mset([$a => 'A', $b => 'B']));
        $this->assertSame(['A', 'B', false], $this->c->mget([$a, $b, $this->tagged('c')]));
    }

    /**
     * Keys of one slot interleaved with keys of other slots, in the caller's order:
     * "{t}:a", "<t>:b", "{t}:c", "<t>:d", "{t}:e", where b and d are each alone in their
     * slot (not the tag's, not each other's) and on another master than the tag. A split
     * that laid the results out per slot request (a, c, e, b, d) instead of in this order
     * must fail the tests below.
     * @return list<string>
     */
    private function interleaved(): array
    {
        $admin = self::admin();
        $tagSlot = $admin->slot($this->tagged('a'));
        $tagOwner = $admin->owner($tagSlot)['addr'];
        $others = [];
        for ($i = 0; count($others) < 2; $i++) {
            $k = $this->key("o$i");
            $slot = $admin->slot($k);
            if ($slot !== $tagSlot && $admin->owner($slot)['addr'] !== $tagOwner
                && !in_array($slot, array_map([$admin, 'slot'], $others), true)) {
                $others[] = $k;
            }
        }
        return [$this->tagged('a'), $others[0], $this->tagged('c'), $others[1], $this->tagged('e')];
    }

    public function testMgetInterleavedSlotsInTheCallersOrder(): void
    {
        $keys = $this->interleaved();
        foreach ($keys as $i => $k) {
            $this->assertSame('OK', $this->serverCall($k, 'SET', $k, "v$i"));
        }
        $this->assertSame(['v0', 'v1', 'v2', 'v3', 'v4'], $this->c->mget($keys));
        /* reversed, with a missing key of the tag's slot and one of its own, and duplicates */
        [$a, $b, $c, $d, $e] = $keys;
        $this->assertSame(
            ['v4', false, 'v3', 'v0', 'v2', 'v1', false, 'v0', 'v3'],
            $this->c->mget([$e, $this->tagged('missing'), $d, $a, $c, $b, $this->key('missing'), $a, $d])
        );
    }

    public function testMsetInterleavedSlotsStoresEachValueUnderItsKey(): void
    {
        $keys = $this->interleaved();
        $pairs = [];
        foreach ($keys as $i => $k) {
            $pairs[$k] = "v$i";
        }
        $this->assertTrue($this->c->mset($pairs));
        foreach ($pairs as $k => $v) {
            $this->assertSame($v, $this->serverGet($k), "$k holds its own value on its master");
        }
    }

    /** @return array<string, array{0: string}> */
    public static function deleters(): array
    {
        return ['del' => ['del'], 'unlink' => ['unlink']];
    }

    /**
     * del/unlink with interleaved slots, a key named twice and missing keys: the exact
     * count, exactly the named keys gone, the others left.
     * @dataProvider deleters
     */
    public function testDeleteInterleavedSlotsRemovesExactlyTheNamedKeys(string $method): void
    {
        [$a, $b, $c, $d, $e] = $this->interleaved();
        $kept = [$c, $d, $this->tagged('kept')];
        foreach ([$a, $b, $c, $d, $e, $this->tagged('kept')] as $k) {
            $this->serverCall($k, 'SET', $k, 'v');
        }
        $named = [$a, $this->key('missing'), $b, $a, $this->tagged('missing'), $e, $b];
        $this->assertSame(3, $this->c->$method(...$named), 'a, b and e, each counted once');
        foreach ([$a, $b, $e] as $k) {
            $this->assertNull($this->serverGet($k), "$k is gone");
        }
        foreach ($kept as $k) {
            $this->assertSame('v', $this->serverGet($k), "$k was not named and stays");
        }
        $this->assertSame(2, $this->c->$method([$d, $this->key('missing'), $c, $c]), 'the array form');
        foreach ($kept as $k) {
            $this->assertSame($k === $this->tagged('kept') ? 'v' : null, $this->serverGet($k));
        }
    }

    /** @return array<string, array{0: string}> */
    public static function counters(): array
    {
        return ['exists' => ['exists'], 'touch' => ['touch']];
    }

    /**
     * exists/touch count every key named, duplicates included, as Redis does. phpredis
     * 5.3.7 does not split them (KeysTest): only the one-slot part is asked of it.
     * @dataProvider counters
     */
    public function testCountInterleavedSlots(string $method): void
    {
        if ($this->skipOnPhpredis5($method)) {
            return;
        }
        [$a, $b, $c, $d, $e] = $this->interleaved();
        foreach ([$a, $b, $e] as $k) {
            $this->serverCall($k, 'SET', $k, 'v');
        }
        $this->assertSame(3, $this->c->$method($a, $this->tagged('missing'), $a, $e), 'a twice, e once');
        if (self::isPhpredis()) {
            return;
        }
        $named = [$a, $b, $this->key('missing'), $c, $b, $d, $e, $a, $b];
        $this->assertSame(6, $this->c->$method(...$named), 'a twice, b three times, e once');
        $this->assertSame(6, $this->c->$method($named));
        $this->assertSame(0, $this->c->$method($c, $d, $this->key('missing')));
        foreach ([$a, $b, $e] as $k) {
            $this->assertSame('v', $this->serverGet($k), "$method changes no value");
        }
    }
}
