<?php

namespace RedisClusterTests;

use RedisCluster;

final class OptionsTest extends ClusterTestCase
{
    public function testDefaults(): void
    {
        $this->assertNull($this->c->getOption(RedisCluster::OPT_PREFIX));
        $this->assertSame(RedisCluster::SERIALIZER_NONE, $this->c->getOption(RedisCluster::OPT_SERIALIZER));
        $this->assertSame(RedisCluster::FAILOVER_NONE, $this->c->getOption(RedisCluster::OPT_SLAVE_FAILOVER));
        $this->assertSame(2.0, $this->c->getOption(RedisCluster::OPT_READ_TIMEOUT), 'the constructor read timeout, a float');
        $this->assertSame(RedisCluster::SCAN_NORETRY, $this->c->getOption(RedisCluster::OPT_SCAN));
        $this->assertFalse($this->c->getOption(99), 'an unknown option is false');
    }

    public function testPrefixOption(): void
    {
        $p = "$this->uniq-p:";
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_PREFIX, $p));
        $this->assertSame($p, $this->c->getOption(RedisCluster::OPT_PREFIX));
        $this->assertSame("{$p}key", $this->c->_prefix('key'));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_PREFIX, ''));
        $this->assertNull($this->c->getOption(RedisCluster::OPT_PREFIX), 'an empty prefix is no prefix');
        $this->assertSame('key', $this->c->_prefix('key'));
    }

    public function testPrefixIsOnTheServer(): void
    {
        $p = "$this->uniq-p:";
        $this->c->setOption(RedisCluster::OPT_PREFIX, $p);
        $keys = [];
        for ($i = 0; $i < 30; $i++) {
            $keys[] = "k$i";
        }
        $this->assertTrue($this->c->set('one', 'v1'));
        $this->assertSame('v1', $this->serverGet("{$p}one"), 'stored under the prefixed name, on its master');
        $this->assertNull($this->serverGet('one'));
        $this->assertSame('v1', $this->c->get('one'));
        $this->assertTrue($this->c->mset(array_fill_keys($keys, 'm')));
        foreach ($keys as $k) {
            $this->assertSame('m', $this->serverGet("$p$k"));
        }
        $this->assertSame(array_fill(0, 30, 'm'), $this->c->mget($keys));
        $this->assertSame(1, $this->c->hset('h', 'f', 'v'));
        $this->assertSame('v', $this->serverCall("{$p}h", 'HGET', "{$p}h", 'f'));
        $this->assertSame(1, $this->c->exists('one'));
        $this->assertSame(30, $this->c->del($keys));
        $this->assertNull($this->serverGet("{$p}k0"));

        $this->assertSame("{$p}kk", $this->c->eval('return KEYS[1]', ['kk', 'arg'], 1), 'eval prefixes KEYS');
        $this->assertSame('arg', $this->c->eval('return ARGV[1]', ['kk', 'arg'], 1), 'but not ARGV');

        $this->c->set('{t}a', 'x');
        $this->assertTrue($this->c->rename('{t}a', '{t}b'));
        $this->assertSame('x', $this->serverGet("{$p}{t}b"));

        $this->c->setOption(RedisCluster::OPT_PREFIX, '');
        $this->assertSame('v1', $this->c->get("{$p}one"));
        $this->assertFalse($this->c->get('one'));
    }

    public function testSlaveFailoverOption(): void
    {
        foreach ([RedisCluster::FAILOVER_ERROR, RedisCluster::FAILOVER_DISTRIBUTE,
                  RedisCluster::FAILOVER_DISTRIBUTE_SLAVES, RedisCluster::FAILOVER_NONE] as $mode) {
            $this->assertTrue($this->c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, $mode));
            $this->assertSame($mode, $this->c->getOption(RedisCluster::OPT_SLAVE_FAILOVER));
        }
        $this->assertFalse($this->c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, 7));
        $this->assertFalse($this->c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, -1));
        $this->assertSame(RedisCluster::FAILOVER_NONE, $this->c->getOption(RedisCluster::OPT_SLAVE_FAILOVER));
    }

    public function testReadTimeoutOption(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_READ_TIMEOUT, 0.5));
        $this->assertSame(0.5, $this->c->getOption(RedisCluster::OPT_READ_TIMEOUT));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_READ_TIMEOUT, 3));
        $this->assertSame(3.0, $this->c->getOption(RedisCluster::OPT_READ_TIMEOUT));
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_READ_TIMEOUT, '1.5'));
        $this->assertSame(1.5, $this->c->getOption(RedisCluster::OPT_READ_TIMEOUT));
        $this->assertSame(0.0, $this->client(2.0, 0)->getOption(RedisCluster::OPT_READ_TIMEOUT));
        $this->assertSame(1.25, $this->client(2.0, 1.25)->getOption(RedisCluster::OPT_READ_TIMEOUT));
        $this->assertSame('v', $this->c->set($this->key(), 'v') ? $this->c->get($this->key()) : null);
    }

    /**
     * The read timeout ends a command whose reply is late; the node's connection is then
     * unusable and must be replaced. phpredis 5.3.7 fails the next command on that node
     * ("Error processing response from Redis node!") before it reconnects: tolerated for
     * phpredis only.
     */
    public function testReadTimeoutEndsABlockedCommand(): void
    {
        $c = $this->client(2.0, 0.5);
        $list = $this->tagged('list');
        $k = $this->tagged('k');
        $start = microtime(true);
        try {
            $c->rawcommand($list, 'BLPOP', $list, 3);
            $this->fail('a reply later than the read timeout must throw');
        } catch (\RedisClusterException $e) {
            $this->assertLessThan(2.5, microtime(true) - $start, 'gave up at the read timeout, not at BLPOP\'s 3 s');
        }
        try {
            $this->assertTrue($c->set($k, 'after'), 'the client recovers on the same node');
        } catch (\RedisClusterException $e) {
            if (!self::isPhpredis()) {
                throw $e;
            }
            $this->assertSame('Error processing response from Redis node!', $e->getMessage());
            $this->assertTrue($c->set($k, 'after'));
        }
        $this->assertSame('after', $c->get($k));
        $this->assertSame(1, $c->rpush($list, 'x'));
        $this->assertSame(['x'], $c->lrange($list, 0, -1));
    }

    public function testScanOption(): void
    {
        $this->assertTrue($this->c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_RETRY));
        $this->assertSame(RedisCluster::SCAN_RETRY, $this->c->getOption(RedisCluster::OPT_SCAN));
    }
}
