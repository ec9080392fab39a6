<?php

namespace RedisClusterTests;

use RedisCluster;

/**
 * acl, client, cluster, command, config, save, bgsave, bgrewriteaof, slowlog, script,
 * waitaof, and the transferred-bytes counters: commands run on the node named by a key or
 * [host, port]. Checked against Debian's phpredis 5.3.7 where it has them (its command()
 * crashes, so command() is checked against the Redis documentation only); waitaof and the
 * counters (phpredis 6.x) against the Redis documentation's replies.
 */
final class ServerCommandsTest extends ClusterTestCase
{
    private function isPhpredis5(): bool
    {
        return self::isPhpredis() && str_starts_with(phpversion('redis'), '5.');
    }

    /** "host:port" of the master of $key. */
    private function masterOf(string $key): string
    {
        return self::admin()->owner(self::admin()->slot($key))['addr'];
    }

    /** Writing to the nodes' disks (SAVE, BGSAVE...) only on a cluster scripts/cluster.sh started. */
    private function assertTestCluster(): void
    {
        foreach (self::admin()->masters() as $m) {
            [, $dir] = self::admin()->node($m['addr'])->ok('CONFIG', 'GET', 'dir');
            if (getenv('RC_ALLOW_FLUSH') !== '1') {
                $this->assertStringContainsString('/rediscluster-', $dir, "not a scripts/cluster.sh node: {$m['addr']}");
            }
        }
    }

    private function waitForBackgroundJobs(string $addr): void
    {
        for ($i = 0; $i < 200; $i++) {
            $info = self::admin()->info($addr, 'persistence');
            if ((int)$info['rdb_bgsave_in_progress'] === 0 && (int)$info['aof_rewrite_in_progress'] === 0
                && (int)$info['aof_rewrite_scheduled'] === 0) {
                return;
            }
            usleep(50000);
        }
        $this->fail("background jobs still running on $addr");
    }

    public function testAcl(): void
    {
        $k = $this->key();
        $this->assertSame('default', $this->c->acl($k, 'WHOAMI'));
        $this->assertContains('keyspace', $this->c->acl($k, 'CAT'));
        $user = $this->c->acl($k, 'GETUSER', 'default');
        $this->assertSame(['on', 'nopass'], array_slice($user['flags'], 0, 2));
        $this->assertSame('+@all', $user['commands']);
        $this->assertSame([], $user['passwords']);
        $this->assertIsArray($this->c->acl($k, 'LOG'));
        $this->assertFalse($this->c->acl($k, 'BOGUS'));
        $this->assertStringStartsWith("ERR unknown subcommand 'BOGUS'", $this->c->getLastError());
        foreach ($this->c->_masters() as $m) {
            $this->assertSame('default', $this->c->acl($m, 'whoami'));
        }
    }

    public function testClient(): void
    {
        $k = $this->key();
        $this->assertFalse($this->c->client($k, 'getname'));
        $this->assertTrue($this->c->client($k, 'setname', "n{$this->uniq}"));
        $this->assertSame("n{$this->uniq}", $this->c->client($k, 'GETNAME'));
        $list = $this->c->client($k, 'list');
        $this->assertIsArray($list);
        $mine = array_values(array_filter($list, fn ($c) => $c['name'] === "n{$this->uniq}"));
        $this->assertCount(1, $mine);
        $this->assertIsInt($mine[0]['id']);
        $this->assertIsInt($mine[0]['age']);
        $this->assertSame($this->masterOf($k), $mine[0]['laddr']);
        $this->assertSame('client|list', $mine[0]['cmd']);
        $others = array_values(array_filter($list, fn ($c) => $c['name'] !== "n{$this->uniq}"));
        if ($others !== []) {
            /* phpredis 5.3.7 turns an empty name into 0. */
            $this->assertSame($this->isPhpredis5() ? 0 : '', $others[0]['name']);
        }
        $this->assertRefusedLocally(fn () => $this->c->client($k, 'pause', '10'),
            'RedisCluster::client(): Invalid CLIENT subcommand (LIST, KILL, GETNAME, and SETNAME are valid');
    }

    public function testClientKillOfAnUnknownClient(): void
    {
        if ($this->isPhpredis5()) {
            /* phpredis 5.3.7 throws on CLIENT KILL's error reply. */
            $this->expectException(\RedisClusterException::class);
        }
        $this->assertFalse($this->c->client($this->key(), 'kill', '192.0.2.1:1'));
        $this->assertSame('ERR No such client', $this->c->getLastError());
    }

    public function testCluster(): void
    {
        $k = $this->key();
        $this->assertStringStartsWith('cluster_state:ok', $this->c->cluster($k, 'INFO'));
        $this->assertSame(self::admin()->slot('foo'), $this->c->cluster($k, 'KEYSLOT', 'foo'));
        $id = array_values(array_filter(self::admin()->masters(), fn ($m) => $m['addr'] === $this->masterOf($k)))[0]['id'];
        $this->assertSame($id, $this->c->cluster($k, 'MYID'));
        $this->assertFalse($this->c->cluster($k, 'BOGUS'));
        $this->assertStringStartsWith("ERR unknown subcommand 'BOGUS'", $this->c->getLastError());
    }

    public function testCommand(): void
    {
        if (self::isPhpredis()) {
            /* phpredis 5.3.7's RedisCluster::command() crashes the process. */
            $this->assertTrue(method_exists(RedisCluster::class, 'command'));
            return;
        }
        $count = $this->c->command('COUNT');
        $this->assertGreaterThan(200, $count);
        $this->assertCount($count, $this->c->command());
        $this->assertSame(['a'], $this->c->command('GETKEYS', 'SET', 'a', 'b'));
        $info = $this->c->command('INFO', 'get');
        $this->assertSame('get', $info[0][0]);
        $this->assertSame(2, $info[0][1]);
        $this->assertFalse($this->c->command('BOGUS'));
        $this->assertNotNull($this->c->getLastError());
    }

    public function testConfig(): void
    {
        $k = $this->key();
        $addr = $this->masterOf($k);
        $this->assertSame(['maxmemory', '0'], $this->c->config($k, 'GET', 'maxmemory'));
        $before = self::admin()->node($addr)->call('CONFIG', 'GET', 'slowlog-max-len')[1];
        try {
            $this->assertTrue($this->c->config($k, 'SET', 'slowlog-max-len', 129));
            $this->assertSame(['slowlog-max-len', '129'], self::admin()->node($addr)->call('CONFIG', 'GET', 'slowlog-max-len'));
        } finally {
            self::admin()->node($addr)->call('CONFIG', 'SET', 'slowlog-max-len', $before);
        }
        $this->assertTrue($this->c->config($k, 'RESETSTAT'));
        $this->assertFalse($this->c->config($k, 'SET', 'no-such-setting', 'x'));
        $this->assertNotNull($this->c->getLastError());
        $this->assertFalse($this->c->config($k, 'GET'));
        $this->assertStringStartsWith('ERR wrong number of arguments', $this->c->getLastError());
    }

    public function testSlowlog(): void
    {
        $k = $this->key();
        $node = self::admin()->node($this->masterOf($k));
        $before = $node->call('CONFIG', 'GET', 'slowlog-log-slower-than')[1];
        try {
            $this->assertTrue($this->c->slowlog($k, 'reset'));
            $node->call('CONFIG', 'SET', 'slowlog-log-slower-than', '0');
            $this->c->set($k, 'v');
            $node->call('CONFIG', 'SET', 'slowlog-log-slower-than', $before);
            $this->assertGreaterThanOrEqual(1, $this->c->slowlog($k, 'len'));
            $entries = $this->c->slowlog($k, 'get', 10);
            $this->assertIsArray($entries);
            $cmds = array_map(fn ($e) => $e[3][0] ?? null, $entries);
            $this->assertContains('SET', array_map('strtoupper', array_filter($cmds)));
            $this->assertTrue($this->c->slowlog($k, 'reset'));
        } finally {
            $node->call('CONFIG', 'SET', 'slowlog-log-slower-than', $before);
        }
    }

    public function testScript(): void
    {
        $k = $this->key();
        $sha = $this->c->script($k, 'load', 'return 7');
        $this->assertSame(sha1('return 7'), $sha);
        $this->assertSame([1, 0], $this->c->script($k, 'exists', $sha, sha1('nope')));
        $this->assertSame(7, $this->c->evalsha($sha, [$k], 1), 'loaded on the key\'s node');
        $this->assertTrue($this->c->script($k, 'flush'));
        $this->assertSame([0], $this->c->script($k, 'exists', $sha));
        $this->assertFalse($this->c->script($k, 'kill'));
        $this->assertStringStartsWith('NOTBUSY', $this->c->getLastError());
        if (!$this->isPhpredis5()) {
            $this->assertTrue($this->c->script($k, 'flush', 'async'));
        }
        $this->c->clearLastError();
        $this->assertFalse($this->c->script($k, 'bogus'), 'refused before sending');
        $this->assertFalse($this->c->script($k, 'load'));
        $this->assertNull($this->c->getLastError());
    }

    public function testScriptRunsOnTheNodeGivenOnly(): void
    {
        $masters = $this->c->_masters();
        $sha = $this->c->script($masters[0], 'load', 'return 8');
        foreach (self::admin()->masters() as $m) {
            $expected = $m['addr'] === "{$masters[0][0]}:{$masters[0][1]}" ? 1 : 0;
            $this->assertSame([$expected], self::admin()->node($m['addr'])->call('SCRIPT', 'EXISTS', $sha), $m['addr']);
        }
        $this->c->script($masters[0], 'flush');
    }

    public function testSaveBgsaveBgrewriteaof(): void
    {
        $this->assertTestCluster();
        $k = $this->key();
        $addr = $this->masterOf($k);
        $this->waitForBackgroundJobs($addr);
        $this->assertTrue($this->c->save($k));
        $bgsave = $this->c->bgsave($k);
        /* phpredis takes only +OK as true: "+Background saving started" is false there. */
        $this->assertSame(!self::isPhpredis(), $bgsave);
        $this->waitForBackgroundJobs($addr);
        $this->assertSame(!self::isPhpredis(), $this->c->bgrewriteaof($k));
        $this->waitForBackgroundJobs($addr);
    }

    public function testWaitaof(): void
    {
        if ($this->onlyInPhpredis6('waitaof')) {
            return;
        }
        $k = $this->key();
        $this->assertFalse($this->c->waitaof($k, 0, 0, 0), 'WAITAOF is Redis 7.2; these servers are 7.0');
        $this->assertStringStartsWith("ERR unknown command 'WAITAOF'", $this->c->getLastError());
        $this->c->clearLastError();
        [$r, $warnings] = $this->quietly(fn () => $this->c->waitaof($k, -1, 0, 0));
        $this->assertFalse($r);
        $this->assertSame(['RedisCluster::waitaof(): No arguments can be negative'], $warnings);
        $this->assertNull($this->c->getLastError());
    }

    /** The bytes of the commands written and the replies read, exactly. */
    public function testTransferredBytes(): void
    {
        if ($this->onlyInPhpredis6('gettransferredbytes')) {
            return;
        }
        $k = $this->key();
        $this->c->get($k);
        [$tx, $rx] = $this->c->gettransferredbytes();
        $this->assertGreaterThan(0, $tx);
        $this->assertGreaterThan(0, $rx);
        $this->assertNull($this->c->cleartransferredbytes());
        $this->assertSame([0, 0], $this->c->gettransferredbytes());
        $this->c->get($k);
        $this->assertSame([strlen("*2\r\n\$3\r\nGET\r\n\$" . strlen($k) . "\r\n$k\r\n"), strlen("\$-1\r\n")],
            $this->c->gettransferredbytes());
        $this->c->set($k, 'v');
        $this->c->get($k);
        [$tx, $rx] = $this->c->gettransferredbytes();
        $this->assertSame(5 + strlen("+OK\r\n") + strlen("\$1\r\nv\r\n"), $rx);
    }

    /** [host, port] runs the command on that master: each answers with its own ID and port. */
    public function testAddressForm(): void
    {
        foreach (self::admin()->masters() as $m) {
            [$host, $port] = ClusterAdmin::split($m['addr']);
            $node = [$host, $port];
            $this->assertSame($m['id'], $this->c->cluster($node, 'MYID'), $m['addr']);
            $this->assertSame(['port', (string)$port], $this->c->config($node, 'GET', 'port'), $m['addr']);
            $this->assertIsInt($this->c->slowlog($node, 'len'), $m['addr']);
            $this->assertTrue($this->c->client($node, 'setname', "a$port"), $m['addr']);
            $this->assertSame("a$port", $this->c->client($node, 'getname'), $m['addr']);
            $this->assertSame('default', $this->c->acl($node, 'WHOAMI'), $m['addr']);
        }
        [$r, $warnings] = $this->quietly(fn () => $this->c->cluster(['127.0.0.1', 1], 'MYID'));
        $this->assertFalse($r);
        $this->assertSame(['RedisCluster::cluster(): Unknown node 127.0.0.1:1'], $warnings);
    }
}
