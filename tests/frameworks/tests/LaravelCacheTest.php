<?php

declare(strict_types=1);

namespace FrameworkTests;

use Illuminate\Cache\RedisStore;
use Illuminate\Cache\Repository;

/**
 * Illuminate\Cache\RedisStore (and the Repository over it) on each target: what it stores
 * under its prefix ("<store prefix>:" after the connection's OPT_PREFIX), as PHP's
 * serialize() of the value (numbers as they are), with the TTLs it asks for.
 */
final class LaravelCacheTest extends LaravelTestCase
{
    private function store(string $target, array $options = []): RedisStore
    {
        return new RedisStore($this->manager($target, $options), $this->id, 'fw');
    }

    /** @dataProvider targets */
    public function testPutGetAndTtl(string $target): void
    {
        $store = $this->store($target);
        $in = $this->inspector($target);
        $this->assertTrue($store->put('user', ['id' => 7, 'name' => 'Ada'], 30));
        $this->assertSame(serialize(['id' => 7, 'name' => 'Ada']), $in->get("$this->id:user"));
        $this->assertTtl($in, "$this->id:user", 25, 30);
        $this->assertSame(['id' => 7, 'name' => 'Ada'], $store->get('user'));
        $this->assertNull($store->get('missing'));

        // numbers are stored as they are, so that increment() works on them
        $this->assertTrue($store->put('n', 41, 30));
        $this->assertSame('41', $in->get("$this->id:n"));
        $this->assertSame(42, $store->increment('n'));
        $this->assertSame(52, $store->increment('n', 10));
        $this->assertSame(50, $store->decrement('n', 2));
        $this->assertSame('50', $in->get("$this->id:n"));
        $this->assertSame(3, $store->increment('fresh', 3));
        $this->assertSame(-1, $in->ttl("$this->id:fresh"));
    }

    /** @dataProvider targets */
    public function testForeverForgetAndAdd(string $target): void
    {
        $store = $this->store($target);
        $in = $this->inspector($target);
        $this->assertTrue($store->forever('f', 'always'));
        $this->assertSame(serialize('always'), $in->get("$this->id:f"));
        $this->assertSame(-1, $in->ttl("$this->id:f"));
        $this->assertTrue($store->forget('f'));
        $this->assertFalse($in->exists("$this->id:f"));
        $this->assertFalse($store->forget('f'));

        // add(): a Lua script (EXISTS then SETEX) with the key in KEYS
        $this->assertTrue($store->add('a', 'first', 20));
        $this->assertFalse($store->add('a', 'second', 20));
        $this->assertSame(serialize('first'), $in->get("$this->id:a"));
        $this->assertTtl($in, "$this->id:a", 15, 20);
    }

    /** @dataProvider targets */
    public function testManyAndPutManyOnOneSlot(string $target): void
    {
        $store = $this->store($target);
        $in = $this->inspector($target);
        // putMany() is MULTI + SETEX each + EXEC: on a cluster its keys share a slot
        $this->assertTrue($store->putMany(['{u}a' => 'A', '{u}b' => ['B'], '{u}c' => 3], 40));
        $this->assertSame(serialize('A'), $in->get("$this->id:{u}a"));
        $this->assertSame(serialize(['B']), $in->get("$this->id:{u}b"));
        $this->assertSame('3', $in->get("$this->id:{u}c"));
        foreach (['a', 'b', 'c'] as $k) {
            $this->assertTtl($in, "$this->id:{u}$k", 35, 40);
        }
        // many() is one MGET, over every slot on a cluster, missing keys as null
        $store->put('elsewhere', 'E', 40);
        $this->assertSame(['{u}a' => 'A', 'nope' => null, '{u}b' => ['B'], 'elsewhere' => 'E', '{u}c' => '3'],
            $store->many(['{u}a', 'nope', '{u}b', 'elsewhere', '{u}c']));
    }

    /**
     * putMany() of keys in several slots on a cluster: MULTI per node cannot hold them
     * (Redis refuses a transaction over two slots), and both modules throw.
     */
    public function testClusterPutManyOverSlotsThrows(): void
    {
        $store = $this->store('cluster');
        $keys = [];
        foreach (range(1, 12) as $i) {
            $keys["k$i"] = "v$i";
        }
        $e = self::thrownBy(fn () => $store->putMany($keys, 40));
        $this->assertInstanceOf(\RedisClusterException::class, $e);
        if (!self::isPhpredis()) {
            // This module discards every node's transaction: nothing is half written.
            $this->assertSame([], $this->inspector('cluster')->keys("$this->id:*"));
            $this->assertStringContainsString('two slots', $e->getMessage());
        }
        // and the connection is usable afterwards
        $this->assertTrue($store->put('after', 'ok', 10));
        $this->assertSame('ok', $store->get('after'));
    }

    /** @dataProvider targets */
    public function testRepository(string $target): void
    {
        $cache = new Repository($this->store($target));
        $in = $this->inspector($target);
        $calls = 0;
        $compute = function () use (&$calls) {
            $calls++;
            return ['computed' => true];
        };
        $this->assertSame(['computed' => true], $cache->remember('r', 60, $compute));
        $this->assertSame(['computed' => true], $cache->remember('r', 60, $compute));
        $this->assertSame(1, $calls);
        $this->assertTtl($in, "$this->id:r", 55, 60);
        $this->assertSame(['computed' => true], $cache->pull('r'));
        $this->assertFalse($in->exists("$this->id:r"));
    }

    /**
     * Tags: each tag's id under "tag:<name>:key" (forever), the item under
     * sha1(<ids joined by |>):<key>, and each tag's reference set "<id>:standard_ref" (or
     * forever_ref) listing the items' full keys; flush() of a tag deletes its items
     * (SSCAN of its set, then DEL) and forgets its id.
     * @dataProvider targets
     */
    public function testTags(string $target): void
    {
        $store = $this->store($target);
        $in = $this->inspector($target);
        $this->assertTrue($store->tags(['people', 'artists'])->put('john', 'John', 60));
        $this->assertTrue($store->tags(['people', 'authors'])->forever('anne', 'Anne'));

        $people = self::unserialize($in->get("$this->id:tag:people:key"));
        $artists = self::unserialize($in->get("$this->id:tag:artists:key"));
        $authors = self::unserialize($in->get("$this->id:tag:authors:key"));
        $this->assertNotNull($people);
        $this->assertSame(-1, $in->ttl("$this->id:tag:people:key"));
        $john = "$this->id:" . sha1("$people|$artists") . ':john';
        $this->assertSame(serialize('John'), $in->get($john), 'the item under the namespace of its tags');
        $this->assertTtl($in, $john, 55, 60);
        $anne = "$this->id:" . sha1("$people|$authors") . ':anne';
        $this->assertSame(serialize('Anne'), $in->get($anne));
        $this->assertSame([$john], $in->smembers("$this->id:$people:standard_ref"));
        $this->assertSame([$anne], $in->smembers("$this->id:$people:forever_ref"));

        $this->assertSame('John', $store->tags(['people', 'artists'])->get('john'));
        $this->assertNull($store->tags(['artists', 'people'])->get('john'), 'another order is another namespace');

        $this->assertTrue($store->tags(['people'])->flush());
        $this->assertFalse($in->exists($john));
        $this->assertFalse($in->exists($anne));
        $this->assertFalse($in->exists("$this->id:tag:people:key"));
        $this->assertFalse($in->exists("$this->id:$people:standard_ref"), 'the reference sets of the flushed tag');
        $this->assertFalse($in->exists("$this->id:$people:forever_ref"));
        $this->assertNull($store->tags(['people', 'artists'])->get('john'));
        $this->assertTrue($in->exists("$this->id:tag:artists:key"), 'the other tags stay');
    }

    /** A stored value as RedisStore reads it back: numbers as they are, the rest unserialize()d. */
    private static function unserialize(?string $raw): mixed
    {
        return $raw === null || is_numeric($raw) ? $raw : unserialize($raw);
    }

    /** flush(): FLUSHDB, on every master of a cluster. */
    public function testFlush(): void
    {
        foreach (self::targets() as [$target]) {
            $store = $this->store($target);
            foreach (range(1, 20) as $i) {
                $store->put("k$i", $i, 60);
            }
            $in = $this->inspector($target);
            $this->assertCount(20, $in->keys("$this->id:*"), $target);
            $this->assertTrue($store->flush());
            $this->assertSame(0, $in->dbsize(), $target);
        }
    }
}
