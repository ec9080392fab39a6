<?php

declare(strict_types=1);

namespace FrameworkTests;

use Symfony\Component\Cache\Adapter\RedisAdapter;
use Symfony\Component\Cache\Adapter\RedisTagAwareAdapter;
use Symfony\Component\Cache\Marshaller\DefaultMarshaller;

/**
 * Symfony\Component\Cache's RedisAdapter and RedisTagAwareAdapter, from DSNs (eager and
 * lazy, cluster and standalone): items under "<namespace>:<key>", values as its
 * DefaultMarshaller writes them (igbinary when it is loaded), TTLs, clear() (SCAN of every
 * master for the namespace, or FLUSHDB without one), tags and invalidateTags().
 */
final class SymfonyCacheTest extends SymfonyTestCase
{
    /** @dataProvider dsns */
    public function testSaveGetDelete(string $target, string $dsn): void
    {
        $cache = new RedisAdapter(self::connect($dsn), $this->id);
        $in = $this->inspector($target);
        $marshaller = new DefaultMarshaller();

        $item = $cache->getItem('user.1');
        $this->assertFalse($item->isHit());
        $this->assertTrue($cache->save($item->set(['name' => 'Ada'])->expiresAfter(50)));
        $raw = $in->get("$this->id:user.1");
        $this->assertSame(['name' => 'Ada'], $marshaller->unmarshall($raw));
        $this->assertSame($marshaller->marshall(['k' => ['name' => 'Ada']], $failed)['k'], $raw);
        $this->assertTtl($in, "$this->id:user.1", 45, 50);

        $hit = $cache->getItem('user.1');
        $this->assertTrue($hit->isHit());
        $this->assertSame(['name' => 'Ada'], $hit->get());
        $this->assertTrue($cache->hasItem('user.1'));

        // deferred saves: one pipeline on a standalone server, one command each on a cluster
        foreach (range(1, 10) as $i) {
            $cache->saveDeferred($cache->getItem("d$i")->set("v$i"));
        }
        $this->assertTrue($cache->commit());
        foreach (range(1, 10) as $i) {
            $this->assertSame("v$i", $marshaller->unmarshall($in->get("$this->id:d$i")));
            $this->assertSame(-1, $in->ttl("$this->id:d$i"), 'no lifetime: no TTL');
        }
        // getItems(): one MGET, over the slots of every master on a cluster
        $got = [];
        foreach ($cache->getItems(['d1', 'nope', 'd7', 'user.1']) as $key => $it) {
            $got[$key] = $it->isHit() ? $it->get() : null;
        }
        ksort($got); // hits come first, then misses
        $this->assertSame(['d1' => 'v1', 'd7' => 'v7', 'nope' => null, 'user.1' => ['name' => 'Ada']], $got);

        $this->assertTrue($cache->deleteItem('d1'));
        $this->assertFalse($in->exists("$this->id:d1"));
        $this->assertTrue($cache->deleteItems(['d2', 'd3', 'd4']));
        foreach (['d2', 'd3', 'd4'] as $k) {
            $this->assertFalse($in->exists("$this->id:$k"));
        }
        $this->assertTrue($in->exists("$this->id:d5"));
    }

    /** @dataProvider dsns */
    public function testDefaultLifetimeAndGetWithCallback(string $target, string $dsn): void
    {
        $cache = new RedisAdapter(self::connect($dsn), $this->id, 30);
        $in = $this->inspector($target);
        $calls = 0;
        $compute = function () use (&$calls) {
            $calls++;
            return 'computed';
        };
        $this->assertSame('computed', $cache->get('cb', $compute));
        $this->assertSame('computed', $cache->get('cb', $compute));
        $this->assertSame(1, $calls);
        $this->assertTtl($in, "$this->id:cb", 25, 30);
        $this->assertTrue($cache->delete('cb'));
        $this->assertFalse($in->exists("$this->id:cb"));
    }

    /** clear() with a namespace deletes its keys on every master, and only those.
     * @dataProvider dsns
     */
    public function testClearNamespace(string $target, string $dsn): void
    {
        $redis = self::connect($dsn);
        $cache = new RedisAdapter($redis, $this->id);
        $in = $this->inspector($target);
        foreach (range(1, 40) as $i) {
            $cache->save($cache->getItem("c$i")->set($i));
        }
        $in->cmd("other-$this->id", 'SET', "other-$this->id", 'kept');
        $this->assertCount(40, $in->keys("$this->id:*"));
        $this->assertTrue($cache->clear());
        $this->assertSame([], $in->keys("$this->id:*"));
        $this->assertSame('kept', $in->get("other-$this->id"));
        $this->assertFalse($cache->getItem('c1')->isHit());
    }

    /** clear() without a namespace: FLUSHDB, on every master of a cluster.
     * @dataProvider dsns
     */
    public function testClearWithoutNamespace(string $target, string $dsn): void
    {
        $cache = new RedisAdapter(self::connect($dsn));
        $in = $this->inspector($target);
        foreach (range(1, 20) as $i) {
            $cache->save($cache->getItem("$this->id.$i")->set($i));
        }
        $this->assertCount(20, $in->keys("$this->id.*"));
        $this->assertTrue($cache->clear());
        $this->assertSame(0, $in->dbsize());
    }

    /**
     * Tags: each tag a set "<namespace>:\0tags\0<tag>" of the items' ids; invalidateTags()
     * runs a Lua script on the tag's node that deletes what it can there and moves the set
     * aside ({<tag id>}<tag id>), then deletes the rest (on other slots) from PHP.
     * @dataProvider dsns
     */
    public function testTagsAndInvalidation(string $target, string $dsn): void
    {
        $cache = new RedisTagAwareAdapter(self::connect($dsn), $this->id);
        $in = $this->inspector($target);
        foreach (range(1, 12) as $i) {
            $tags = $i % 2 ? ['odd', 'all'] : ['even', 'all'];
            $this->assertTrue($cache->save($cache->getItem("n$i")->set($i)->tag($tags)->expiresAfter(300)));
        }
        $odd = array_map(fn ($i) => "$this->id:n$i", [1, 3, 5, 7, 9, 11]);
        sort($odd);
        $this->assertSame($odd, $in->smembers("$this->id:\0tags\0odd"));
        $this->assertCount(12, $in->smembers("$this->id:\0tags\0all"));
        $this->assertTtl($in, "$this->id:n1", 295, 300);
        $this->assertSame(0x9D, ord($in->get("$this->id:n1")[0]), "TagAwareMarshaller's header: the tags travel with the value");
        $this->assertSame(3, $cache->getItem('n3')->get());
        $this->assertSame(['odd' => 'odd', 'all' => 'all'], $cache->getItem('n3')->getMetadata()['tags']);

        $this->assertTrue($cache->invalidateTags(['odd']));
        foreach (range(1, 12) as $i) {
            $this->assertSame($i % 2 === 0, $in->exists("$this->id:n$i"), "n$i");
            $this->assertSame($i % 2 === 0, $cache->hasItem("n$i"), "n$i");
        }
        $this->assertSame([], $in->keys("*$this->id:\0tags\0odd"), 'the tag set and its moved copy are gone');

        $this->assertTrue($cache->invalidateTags(['all']));
        $this->assertSame([], $in->keys("$this->id:n*"));

        // deleteItem() also drops the item from its tags' sets
        $cache->save($cache->getItem('t')->set('x')->tag(['solo']));
        $this->assertSame(["$this->id:t"], $in->smembers("$this->id:\0tags\0solo"));
        $this->assertTrue($cache->deleteItem('t'));
        $this->assertFalse($in->exists("$this->id:t"));
        $this->assertSame([], $in->smembers("$this->id:\0tags\0solo"));
    }

    /** @dataProvider dsns */
    public function testTagAwareClear(string $target, string $dsn): void
    {
        $cache = new RedisTagAwareAdapter(self::connect($dsn), $this->id);
        $in = $this->inspector($target);
        foreach (range(1, 10) as $i) {
            $cache->save($cache->getItem("k$i")->set($i)->tag(['t']));
        }
        $this->assertNotSame([], $in->keys("$this->id:*"));
        $this->assertTrue($cache->clear());
        $this->assertSame([], $in->keys("$this->id:*"));
    }
}
