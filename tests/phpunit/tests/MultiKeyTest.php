<?php

namespace RedisClusterTests;

/** mset/mget split over every master and put back together in the caller's order. */
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
}
