<?php

namespace RedisClusterTests;

/**
 * lastsave, role, randomkey: directed-node commands whose first argument is a key (its
 * master) or [host, port] as _masters() lists it. Checked against Debian's phpredis 5.3.7.
 * save, bgsave and bgrewriteaof are not run here: they are slow and write to disk.
 */
final class MoreServerTest extends ClusterTestCase
{
    /** "host:port" of the master of $key. */
    private function masterOf(string $key): string
    {
        return self::admin()->owner(self::admin()->slot($key))['addr'];
    }

    /** @return list<array{0: string, 1: int}|string> a key, then every master by address */
    private function targets(): array
    {
        return array_merge([$this->key()], $this->c->_masters());
    }

    private function addrOf(array|string $target): string
    {
        return is_string($target) ? $this->masterOf($target) : "$target[0]:$target[1]";
    }

    public function testLastsave(): void
    {
        foreach ($this->targets() as $target) {
            $addr = $this->addrOf($target);
            $t = $this->c->lastsave($target);
            $this->assertIsInt($t, $addr);
            $this->assertSame(self::admin()->node($addr)->call('LASTSAVE'), $t, $addr);
        }
    }

    public function testRole(): void
    {
        foreach ($this->targets() as $target) {
            $addr = $this->addrOf($target);
            $role = $this->c->role($target);
            $this->assertIsArray($role, $addr);
            $this->assertCount(3, $role, $addr);
            $this->assertSame('master', $role[0]);
            $this->assertIsInt($role[1], 'the replication offset is an int');
            $this->assertIsArray($role[2]);
            $this->assertTrue(array_is_list($role[2]));
            $id = array_values(array_filter(self::admin()->masters(), fn ($n) => $n['addr'] === $addr))[0]['id'];
            $expected = array_values(array_map(fn ($n) => ClusterAdmin::split($n['addr'])[1],
                array_filter(self::admin()->replicas(), fn ($n) => $n['master_id'] === $id)));
            $ports = [];
            foreach ($role[2] as $replica) {
                $this->assertCount(3, $replica);
                [$host, $port, $offset] = $replica;
                $this->assertSame('127.0.0.1', $host);
                $this->assertIsString($port, 'the replica port is a string');
                $this->assertIsString($offset, 'the replica offset is a string');
                $this->assertMatchesRegularExpression('/^\d+$/', $offset);
                $ports[] = (int)$port;
            }
            sort($ports);
            sort($expected);
            $this->assertSame($expected, $ports, "the replicas of $addr");
        }
    }

    public function testRandomkey(): void
    {
        $keys = $this->keysOnEveryMaster(30);
        foreach ($keys as $k) {
            $this->c->set($k, 'v');
        }
        foreach ($this->targets() as $target) {
            $addr = $this->addrOf($target);
            $r = $this->c->randomkey($target);
            $this->assertIsString($r, $addr);
            $this->assertSame($addr, $this->masterOf($r), "a key of $addr");
        }
        $this->assertNull($this->c->getLastError());
    }

    /**
     * An empty master replies nil: false. Emptying a master takes FLUSHALL, allowed only on
     * a cluster that scripts/cluster.sh started (RC_ALLOW_FLUSH=1 overrides), as in
     * DirectedNodeTest.
     */
    public function testRandomkeyOfAnEmptyMasterIsFalse(): void
    {
        [$host, $port] = $this->c->_masters()[2];
        $node = self::admin()->node("$host:$port");
        if (getenv('RC_ALLOW_FLUSH') !== '1') {
            [, $dir] = $node->ok('CONFIG', 'GET', 'dir');
            $this->assertStringContainsString('/rediscluster-', $dir,
                "refusing to flush $host:$port: not a scripts/cluster.sh node (RC_ALLOW_FLUSH=1 overrides)");
        }
        $node->ok('FLUSHALL');
        $this->assertSame(0, $node->call('DBSIZE'));
        $this->assertFalse($this->c->randomkey([$host, $port]), 'nil: false, not null');
        $this->assertNull($this->c->getLastError());
    }

    /** @return list<array{0: string}> */
    public static function directedMethods(): array
    {
        return [['lastsave'], ['role'], ['randomkey']];
    }

    /** @dataProvider directedMethods */
    public function testUnknownAddressIsAWarningAndFalse(string $method): void
    {
        [$r, $warnings] = $this->quietly(fn () => $this->c->$method(['127.0.0.1', 1]));
        $this->assertFalse($r);
        $this->assertSame(["RedisCluster::$method(): Unknown node 127.0.0.1:1"], $warnings);
    }

    /** @dataProvider directedMethods */
    public function testTheNodeArgumentIsRequired(string $method): void
    {
        $this->expectException(\ArgumentCountError::class);
        $this->c->$method();
    }
}
