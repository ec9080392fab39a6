<?php

namespace RedisTests;

use Redis;

/**
 * Server commands: config, info, slowlog, time, save / bgsave / lastsave / bgrewriteaof,
 * client, command, rawcommand, echo / ping, wait, waitaof, migrate, reset, the transferred
 * byte counters, OPT_REPLY_LITERAL and OPT_NULL_MULTIBULK_AS_NULL.
 */
final class ServerTest extends RedisTestCase
{
    /** Waits until the master has no background save or rewrite running. */
    private static function waitForBackgroundJobs(): void
    {
        $deadline = microtime(true) + 10;
        while (microtime(true) < $deadline) {
            $info = (string)Servers::admin()->call('INFO', 'persistence');
            if (str_contains($info, 'rdb_bgsave_in_progress:0') && str_contains($info, 'aof_rewrite_in_progress:0')
                && str_contains($info, 'aof_rewrite_scheduled:0')) {
                return;
            }
            usleep(50000);
        }
        throw new \RuntimeException('background jobs still running after 10 s');
    }

    public function testConfig(): void
    {
        $this->assertSame(['timeout' => '0'], $this->r->config('get', 'timeout'));
        $mm = $this->r->config('GET', 'maxmemory*');
        $this->assertSame('noeviction', $mm['maxmemory-policy']);
        $this->assertSame('0', $mm['maxmemory']);
        $this->assertTrue($this->r->config('set', 'slowlog-max-len', 200));
        $this->assertSame('200', Servers::admin()->call('CONFIG', 'GET', 'slowlog-max-len')[1]);
        $this->assertTrue($this->r->config('set', 'slowlog-max-len', 128));
        $this->assertFalse($this->r->config('set', 'nosuch', 1));
        $this->assertSame("ERR Unknown option or number of arguments for CONFIG SET - 'nosuch'", $this->lastError());
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->assertTrue($this->r->config('resetstat'));
        $this->assertTrue($this->r->config('rewrite'), 'the server runs from a file of scripts/standalone.sh');
        $both = $this->r->config('get', ['timeout', 'databases']);
        ksort($both);
        $this->assertSame(['databases' => '16', 'timeout' => '0'], $both);
        $this->assertTrue($this->r->config('set', ['slowlog-max-len' => 300, 'slowlog-log-slower-than' => 20000]));
        $this->assertSame(['slowlog-max-len', '300'], Servers::admin()->call('CONFIG', 'GET', 'slowlog-max-len'));
        $this->assertSame(['slowlog-log-slower-than', '20000'], Servers::admin()->call('CONFIG', 'GET', 'slowlog-log-slower-than'));
        $this->assertTrue($this->r->config('set', ['slowlog-max-len' => 128, 'slowlog-log-slower-than' => 10000]));
        foreach ([['get', []], ['set', []], ['bogus', null]] as [$op, $arg]) {
            [$r] = $this->quietly(fn () => $this->r->config($op, $arg));
            $this->assertFalse($r, "config('$op')");
        }
    }

    public function testInfo(): void
    {
        $info = $this->r->info();
        $this->assertMatchesRegularExpression('/^7\./', $info['redis_version']);
        $this->assertSame(Servers::master(), $info['tcp_port'], 'numbers are ints');
        $this->assertSame('master', $info['role']);
        $repl = $this->r->info('replication');
        $this->assertSame(1, $repl['connected_slaves']);
        $this->assertStringStartsWith('ip=127.0.0.1,port=' . Servers::replica() . ',', $repl['slave0']);
        $this->assertArrayNotHasKey('redis_version', $repl);
        $this->r->set($this->key(), 1);
        $this->assertMatchesRegularExpression('/^keys=\d+,expires=\d+,avg_ttl=\d+$/', $this->r->info('keyspace')['db0']);
        foreach ($this->r->info('commandstats') as $k => $v) {
            $this->assertStringStartsWith('cmdstat_', $k);
            $this->assertMatchesRegularExpression('/^calls=\d+,usec=\d+,/', $v);
        }
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $two = $this->r->info('server', 'memory');
        $this->assertArrayHasKey('redis_version', $two);
        $this->assertArrayHasKey('used_memory', $two);
        $this->assertArrayNotHasKey('role', $two);
    }

    public function testSlowlogTime(): void
    {
        $this->assertTrue($this->r->slowlog('reset'));
        $this->assertSame(0, $this->r->slowlog('len'));
        $this->serverCall('DEBUG', 'SLEEP', '0.02');
        $this->assertSame(1, $this->r->slowlog('len'));
        $entry = $this->r->slowlog('get', 1)[0];
        $this->assertSame(['DEBUG', 'SLEEP', '0.02'], $entry[3]);
        $this->assertIsInt($entry[0]);
        $this->assertIsInt($entry[2]);
        $this->assertGreaterThanOrEqual(20000, $entry[2], 'microseconds');
        [$r] = $this->quietly(fn () => $this->r->slowlog('bogus'));
        $this->assertFalse($r);
        $t = $this->r->time();
        $this->assertCount(2, $t);
        $this->assertIsString($t[0], 'seconds, as the server sends them');
        $this->assertLessThan(5, abs((int)$t[0] - time()));
        $this->assertMatchesRegularExpression('/^\d{1,6}$/', $t[1]);
    }

    public function testPersistence(): void
    {
        $this->assertTrue(Servers::isOurs(Servers::master()), 'SAVE on a server scripts/standalone.sh did not start');
        self::waitForBackgroundJobs();
        $before = $this->r->lastSave();
        $this->assertIsInt($before);
        $this->assertTrue($this->r->save());
        $this->assertGreaterThanOrEqual($before, $this->r->lastSave());
        $this->assertSame((int)Servers::admin()->call('LASTSAVE'), $this->r->lastSave());
        // "+Background saving started": true (an error reply is false).
        $this->assertTrue($this->r->bgSave());
        $this->assertFalse($this->r->bgSave(), 'one at a time');
        $this->assertSame('ERR Background save already in progress', $this->lastError());
        self::waitForBackgroundJobs();
        $this->assertTrue($this->r->bgrewriteaof());
        self::waitForBackgroundJobs();
    }

    public function testClient(): void
    {
        $this->assertFalse($this->r->client('getname'));
        $this->assertTrue($this->r->client('setname', "$this->uniq-name"));
        $this->assertSame("$this->uniq-name", $this->r->client('getname'));
        $mine = null;
        foreach ($this->r->client('list') as $c) {
            $this->assertArrayHasKey('addr', $c);
            if ($c['name'] === "$this->uniq-name") {
                $mine = $c;
            }
        }
        $this->assertNotNull($mine, 'CLIENT LIST, parsed');
        $this->assertSame($this->clientAddr(), $mine['addr']);
        $this->assertSame((int)$this->r->rawcommand('CLIENT', 'ID'), $this->r->client('id'));
        $this->assertMatchesRegularExpression("/ name=$this->uniq-name /", (string)$this->r->client('info'));
        $this->assertTrue($this->r->client('no-evict', 'on'));
        $this->assertTrue($this->r->client('pause', 10));
        $this->assertTrue($this->r->client('unpause'));
        $victim = $this->client();
        $this->assertTrue($this->r->client('kill', $this->clientAddr($victim)));
        $this->assertFalse($this->r->client('kill', '127.0.0.1:1'));
        $this->assertSame('ERR No such client', $this->lastError());
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->assertSame(-1, $this->r->client('getredir'));
        $this->assertTrue($this->r->client('tracking', 'on', ['optin' => true]));
        $this->assertSame(0, $this->r->client('getredir'));
        $this->assertTrue($this->r->client('caching', 'yes'));
        $this->assertTrue($this->r->client('tracking', 'off'));
        $this->assertSame(['flags' => ['off'], 'redirect' => -1, 'prefixes' => []], $this->r->client('trackinginfo'));
        $v2 = $this->client();
        $this->assertSame(1, $this->r->client('kill', 'ID', $v2->client('id')), 'the filter form: a count');
    }

    public function testEchoPingRawcommand(): void
    {
        $this->assertTrue($this->r->ping());
        $this->assertSame('hello', $this->r->ping('hello'));
        $this->assertSame('', $this->r->echo(''));
        $this->assertSame(' 0123 ', $this->r->echo(' 0123 '));
        $this->assertSame('x', $this->r->rawcommand('ECHO', 'x'));
        $this->assertTrue($this->r->rawcommand('SET', $this->key(), 'v'));
        $this->assertSame('v', $this->serverGet($this->key()));
        $this->assertSame(1, $this->r->rawcommand('HSET', $this->key('h'), 'f', 1));
        $this->assertSame(['f', '1'], $this->r->rawcommand('HGETALL', $this->key('h')), 'raw: not zipped');
        $this->assertFalse($this->r->rawcommand('GET', $this->key('none')));
        $this->assertFalse($this->r->rawcommand('NOSUCHCOMMAND'));
        $this->assertStringStartsWith("ERR unknown command 'NOSUCHCOMMAND'", $this->lastError());
    }

    /** OPT_REPLY_LITERAL: status replies as their text; OPT_NULL_MULTIBULK_AS_NULL: *-1 as null, nested too. */
    public function testReplyOptions(): void
    {
        $this->assertTrue($this->r->rawcommand('SET', $this->key(), 'v'));
        $this->assertSame(0, $this->r->getOption(Redis::OPT_REPLY_LITERAL));
        $this->assertTrue($this->r->setOption(Redis::OPT_REPLY_LITERAL, true));
        $this->assertSame('OK', $this->r->rawcommand('SET', $this->key(), 'v'));
        $this->assertSame('OK', $this->r->eval("return redis.call('set', KEYS[1], 'bar')", [$this->key()], 1));
        $this->assertSame(['OK', 'PONG'], $this->r->eval("return {redis.call('set', KEYS[1], 'bar'), redis.call('ping')}", [$this->key()], 1));
        $this->assertTrue($this->r->setOption(Redis::OPT_REPLY_LITERAL, false));
        // phpredis makes the status replies inside an array true; this module's reader keeps
        // the type of the outer reply only: they stay their text (docs/api-differences.md).
        $this->assertSame(self::isPhpredis() ? [true, true] : ['OK', 'PONG'],
            $this->r->eval("return {redis.call('set', KEYS[1], 'bar'), redis.call('ping')}", [$this->key()], 1));

        $this->assertSame([[], []], $this->r->geopos($this->key('none'), 'm1', 'm2'));
        // phpredis tells a nil multi-bulk ([]) from a nil bulk (false); hiredis 0.14's reader
        // does not: both are false here (docs/api-differences.md).
        $this->assertSame(self::isPhpredis() ? [] : false, $this->r->rawcommand('BLPOP', $this->key('none'), 1));
        $this->assertTrue($this->r->setOption(Redis::OPT_NULL_MULTIBULK_AS_NULL, true));
        $this->assertSame(1, $this->r->getOption(Redis::OPT_NULL_MULTIBULK_AS_NULL));
        $this->assertNull($this->r->rawcommand('BLPOP', $this->key('none'), 1));
        $this->assertSame([null, null], $this->r->geopos($this->key('none'), 'm1', 'm2'));
        $this->assertSame([[null, null]], $this->r->multi()->geopos($this->key('none'), 'm1', 'm2')->exec());
    }

    /** COMMAND: phpredis 5.3.7 crashes the process on it, so it is sent to this module only. */
    public function testCommand(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        $this->assertSame((int)Servers::admin()->call('COMMAND', 'COUNT'), $this->r->command('count'));
        $get = $this->r->command('info', 'get');
        $this->assertSame('get', $get[0][0]);
        $this->assertSame([$this->key()], $this->r->command('getkeys', 'set', $this->key(), 'v'));
        $this->assertGreaterThan(100, count($this->r->command()));
    }

    public function testWait(): void
    {
        $this->r->set($this->key(), 'replicated');
        $this->assertSame(1, $this->r->wait(1, 1000));
        $this->assertSame(1, $this->r->wait(2, 100), 'one replica of two asked');
        $this->assertSame('replicated', Servers::admin(Servers::replica())->call('GET', $this->key()));
        $this->assertFalse($this->r->wait(-1, -1));
    }

    /** WAITAOF is Redis 7.2's: against this 7.0 server the call is sent and refused. */
    public function testWaitaof(): void
    {
        if ($this->onlyInPhpredis6('waitaof')) {
            return;
        }
        $this->assertFalse($this->r->waitaof(0, 0, 10));
        $this->assertStringStartsWith("ERR unknown command 'WAITAOF'", $this->lastError());
    }

    public function testTransferredBytes(): void
    {
        if ($this->onlyInPhpredis6('getTransferredBytes')) {
            return;
        }
        $k = $this->key();
        $this->r->set($k, 'val');
        $this->r->clearTransferredBytes();
        $this->assertSame([0, 0], $this->r->getTransferredBytes());
        $this->assertSame('val', $this->r->get($k));
        $tx = strlen("*2\r\n\$3\r\nGET\r\n\$" . strlen($k) . "\r\n$k\r\n");
        $this->assertSame([$tx, strlen("\$3\r\nval\r\n")], $this->r->getTransferredBytes());
        $this->r->clearTransferredBytes();
        $this->r->multi()->get($k)->get($k)->exec();
        $this->assertSame([strlen("*1\r\n\$5\r\nMULTI\r\n*1\r\n\$4\r\nEXEC\r\n") + 2 * $tx,
            strlen("+OK\r\n+QUEUED\r\n+QUEUED\r\n*2\r\n") + 2 * strlen("\$3\r\nval\r\n")], $this->r->getTransferredBytes());
    }

    /** RESET: the connection's state back to a new connection's (db 0, no name, no MULTI). */
    public function testReset(): void
    {
        if ($this->onlyInPhpredis6('reset')) {
            return;
        }
        $this->assertTrue($this->r->select(5));
        $this->r->client('setname', "$this->uniq-reset");
        $this->assertTrue($this->r->reset());
        $this->assertFalse($this->r->client('getname'));
        $this->assertMatchesRegularExpression('/ db=0 /', (string)$this->r->rawcommand('CLIENT', 'INFO'));
        $this->assertSame(0, $this->r->getDBNum(), 'the object knows it is in db 0 again');
    }

    public function testMigrate(): void
    {
        [$a, $b, $c] = [$this->key('a'), $this->key('b'), $this->key('c')];
        $this->r->mset([$a => 'A', $b => 'B', $c => 'C']);
        $second = Servers::admin(Servers::second());
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::second(), $a, 0, 1000));
        $this->assertNull($this->serverGet($a));
        $this->assertSame('A', $second->call('GET', $a));
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::second(), $b, 3, 1000, true), 'COPY');
        $this->assertSame('B', $this->serverGet($b));
        $this->assertSame('B', Servers::callIn(Servers::second(), 3, 'GET', $b));
        $this->assertFalse($this->r->migrate('127.0.0.1', Servers::second(), $b, 3, 1000, true));
        $this->assertSame('ERR Target instance replied with error: BUSYKEY Target key name already exists.', $this->lastError());
        $this->r->set($b, 'B2');
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::second(), $b, 3, 1000, false, true), 'REPLACE');
        $this->assertSame('B2', Servers::callIn(Servers::second(), 3, 'GET', $b));
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::second(), [$c, $this->key('none')], 0, 1000), 'KEYS');
        $this->assertSame('C', $second->call('GET', $c));
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::second(), $this->key('none'), 0, 1000), 'NOKEY');
        if ($this->onlyInPhpredis6()) {
            return;
        }
        // The credentials of the target: a password (AUTH) or [user, password] (AUTH2).
        $this->r->mset([$a => 'A', $b => 'B']);
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::locked(), $a, 0, 1000, false, false, Servers::password()));
        $this->assertSame('A', Servers::admin(Servers::locked())->call('GET', $a));
        $this->assertTrue($this->r->migrate('127.0.0.1', Servers::locked(), $b, 0, 1000, false, false, ['default', Servers::password()]));
        $this->assertSame('B', Servers::admin(Servers::locked())->call('GET', $b));
    }
}
