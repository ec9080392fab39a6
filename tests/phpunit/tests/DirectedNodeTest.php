<?php

namespace RedisClusterTests;

/** Commands whose first argument names the node: a key, or [host, port] from _masters(). */
final class DirectedNodeTest extends ClusterTestCase
{
    public function testPing(): void
    {
        $this->assertTrue($this->c->ping($this->key()), '+PONG is true');
        $this->assertSame('hello', $this->c->ping($this->key(), 'hello'), 'with a message: the message');
        foreach ($this->c->_masters() as $addr) {
            $this->assertTrue($this->c->ping($addr));
            $this->assertSame('hi', $this->c->ping($addr, 'hi'));
        }
    }

    public function testUnknownAddressIsAWarningAndFalse(): void
    {
        [$r, $warnings] = $this->quietly(fn () => $this->c->ping(['127.0.0.1', 1]));
        $this->assertFalse($r);
        $this->assertSame(['RedisCluster::ping(): Unknown node 127.0.0.1:1'], $warnings);
    }

    public function testEcho(): void
    {
        $this->assertSame('hello', $this->c->echo($this->key(), 'hello'));
        $this->assertSame("bin\0", $this->c->echo($this->c->_masters()[0], "bin\0"));
    }

    public function testInfoByKey(): void
    {
        $k = $this->key();
        $info = $this->c->info($k);
        $this->assertIsArray($info);
        $port = ClusterAdmin::split(self::admin()->owner(self::admin()->slot($k))['addr'])[1];
        $this->assertSame($port, $info['tcp_port'], 'sent to the master of the key');
        $this->assertSame('master', $info['role']);
    }

    public function testInfoShape(): void
    {
        [$host, $port] = $this->c->_masters()[0];
        $info = $this->c->info([$host, $port]);
        $this->assertIsArray($info);
        $this->assertGreaterThan(100, count($info), 'every section, flattened');
        $this->assertSame($port, $info['tcp_port'], 'numeric values become ints');
        $this->assertSame(1, $info['cluster_enabled']);
        $this->assertIsString($info['redis_version']);
        $this->assertMatchesRegularExpression('/^\d+\.\d+\.\d+$/', $info['redis_version']);
        $this->assertSame('master', $info['role']);
        $this->assertIsFloat($info['used_cpu_sys'], 'decimal values become floats');
        $this->assertIsInt($info['used_memory']);
        $this->assertArrayNotHasKey('# Server', $info, 'no section headers');
        foreach ($info as $k => $v) {
            $this->assertTrue(is_string($v) || is_int($v) || is_float($v), "$k is a scalar");
        }
    }

    public function testInfoSection(): void
    {
        $m = $this->c->_masters()[0];
        $server = $this->c->info($m, 'server');
        $this->assertArrayHasKey('redis_version', $server);
        $this->assertArrayNotHasKey('used_memory', $server);
        $repl = $this->c->info($m, 'replication');
        $this->assertSame('master', $repl['role']);
        $id = array_values(array_filter(self::admin()->masters(), fn ($n) => $n['addr'] === "$m[0]:$m[1]"))[0]['id'];
        $replicas = count(array_filter(self::admin()->replicas(), fn ($n) => $n['master_id'] === $id));
        $this->assertSame($replicas, $repl['connected_slaves']);
        $this->assertSame(-1, $repl['second_repl_offset']);
        $this->assertSame(0, $repl['master_replid2'], 'a string of zeros is numeric: int 0');
        $this->assertIsString($repl['master_replid']);
        $this->assertStringStartsWith('ip=127.0.0.1,port=', $repl['slave0']);
        $this->c->set($this->tagged('x'), 'v');
        $keyspace = $this->c->info($this->tagged('x'), 'keyspace');
        $this->assertMatchesRegularExpression('/^keys=\d+,expires=\d+,avg_ttl=\d+$/', $keyspace['db0']);
    }

    public function testDbsize(): void
    {
        foreach ($this->keysOnEveryMaster(20) as $k) {
            $this->c->set($k, 'v');
        }
        foreach ($this->c->_masters() as [$host, $port]) {
            $n = $this->c->dbsize([$host, $port]);
            $this->assertIsInt($n);
            $this->assertSame(self::admin()->node("$host:$port")->ok('DBSIZE'), $n);
        }
        $k = $this->key('spread0');
        $this->assertSame($this->serverCall($k, 'DBSIZE'), $this->c->dbsize($k));
    }

    public function testTime(): void
    {
        foreach ([$this->key(), $this->c->_masters()[1]] as $target) {
            $t = $this->c->time($target);
            $this->assertIsArray($t);
            $this->assertCount(2, $t);
            $this->assertIsString($t[0], 'seconds as a string');
            $this->assertIsString($t[1], 'microseconds as a string');
            $this->assertMatchesRegularExpression('/^\d+$/', $t[0]);
            $this->assertMatchesRegularExpression('/^\d+$/', $t[1]);
            $this->assertEqualsWithDelta(time(), (int)$t[0], 5);
            $this->assertLessThan(1000000, (int)$t[1]);
        }
    }

    /** Flushing is allowed only on a cluster that scripts/cluster.sh started. */
    private function assertTestCluster(): void
    {
        if (getenv('RC_ALLOW_FLUSH') === '1') {
            $this->addToAssertionCount(1);
            return;
        }
        foreach (self::admin()->masters() as $m) {
            [, $dir] = self::admin()->node($m['addr'])->ok('CONFIG', 'GET', 'dir');
            $this->assertStringContainsString('/rediscluster-', $dir,
                "refusing to flush {$m['addr']}: not a scripts/cluster.sh node (RC_ALLOW_FLUSH=1 overrides)");
        }
    }

    /** @return array<string, list<string>> keys written, by master address */
    private function keysByMaster(): array
    {
        $out = [];
        foreach ($this->keysOnEveryMaster(30) as $k) {
            $this->c->set($k, 'v');
            $out[self::admin()->owner(self::admin()->slot($k))['addr']][] = $k;
        }
        return $out;
    }

    private function assertOnlyFlushed(array $byMaster, string $flushed): void
    {
        foreach ($byMaster as $addr => $keys) {
            foreach ($keys as $k) {
                $this->assertSame($addr === $flushed ? null : 'v', $this->serverGet($k), "$k on $addr");
            }
        }
    }

    /** @return list<array{0: string, 1: bool}> method, async */
    public static function flushes(): array
    {
        return [
            'flushdb' => ['flushdb', false],
            'flushdb async' => ['flushdb', true],
            'flushall' => ['flushall', false],
            'flushall async' => ['flushall', true],
        ];
    }

    /** @dataProvider flushes */
    public function testFlushByAddress(string $method, bool $async): void
    {
        $this->assertTestCluster();
        $byMaster = $this->keysByMaster();
        [$host, $port] = $this->c->_masters()[1];
        $this->assertTrue($this->c->$method([$host, $port], $async));
        $this->assertOnlyFlushed($byMaster, "$host:$port");
    }

    /** @dataProvider flushes */
    public function testFlushByKey(string $method, bool $async): void
    {
        $this->assertTestCluster();
        $byMaster = $this->keysByMaster();
        $k = $this->key('spread3');
        $this->assertTrue($this->c->$method($k, $async));
        $this->assertOnlyFlushed($byMaster, self::admin()->owner(self::admin()->slot($k))['addr']);
    }
}
