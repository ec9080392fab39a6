<?php

namespace RedisTests;

use Redis;
use RedisException;

require_once __DIR__ . '/../src/FakeServer.php';

/**
 * connect(), pconnect(), open(), popen() and the 6.x constructor; the connection getters;
 * close(); the reconnection after a lost connection (OPT_MAX_RETRIES, backoff); unix sockets.
 */
final class ConnectionTest extends RedisTestCase
{
    /** A free port of the suite's range for the fake servers. */
    private static function fakePort(): int
    {
        return Servers::base() + 90;
    }

    /** Whether the server has a client with this id. */
    private static function connected(int $id, int $port = 0): bool
    {
        $list = (string)Servers::admin($port ?: Servers::master())->call('CLIENT', 'LIST', 'ID', $id);
        return str_contains($list, "id=$id ");
    }

    /** The db the server says $r's connection is in. */
    private function serverDb(Redis $r): int
    {
        $info = (string)$r->rawcommand('CLIENT', 'INFO');
        $this->assertMatchesRegularExpression('/ db=(\d+) /', $info);
        preg_match('/ db=(\d+) /', $info, $m);
        return (int)$m[1];
    }

    public function testGettersBeforeConnect(): void
    {
        $r = new Redis();
        $this->assertFalse($r->isConnected());
        foreach (['getHost', 'getPort', 'getTimeout', 'getReadTimeout', 'getPersistentID', 'getAuth', 'getDBNum'] as $m) {
            if (self::isPhpredis()) {
                $this->assertFalse($r->$m(), "$m() before connect");
            } else {
                // Declared int/string/float by the reference: this module throws instead of lying.
                [$v] = $this->quietly(function () use ($r, $m) {
                    try {
                        return $r->$m();
                    } catch (RedisException $e) {
                        return 'threw';
                    }
                });
                // getPersistentID(): ?string and getAuth(): mixed: null (none) is no lie.
                $this->assertContains($v, in_array($m, ['getPersistentID', 'getAuth'], true) ? [null] : [false, 'threw'], "$m() before connect");
            }
        }
        $e = $this->assertThrows(fn () => $r->get('k'));
        $this->assertSame('Redis server went away', $e->getMessage());
    }

    public function testConnectAndGetters(): void
    {
        $r = new Redis();
        $this->assertTrue($r->connect('127.0.0.1', Servers::master(), 1.5, null, 100, 2.5));
        $this->assertTrue($r->isConnected());
        $this->assertSame('127.0.0.1', $r->getHost());
        $this->assertSame(Servers::master(), $r->getPort());
        $this->assertSame(1.5, $r->getTimeout());
        $this->assertSame(2.5, $r->getReadTimeout());
        $this->assertNull($r->getPersistentID(), 'connect() ignores the persistent id');
        $this->assertNull($r->getAuth());
        $this->assertSame(0, $r->getDBNum());
        $this->assertSame(Redis::ATOMIC, $r->getMode());
        $this->assertTrue($r->ping());
        $this->assertSame((string)Servers::master(), $r->rawcommand('CONFIG', 'GET', 'port')[1]);
    }

    public function testDefaultsAndAliases(): void
    {
        // open() and popen() are connect() and pconnect() under names phpredis deprecates.
        $r = new Redis();
        [$ok, $warnings] = $this->quietly(fn () => $r->open('127.0.0.1', Servers::master()));
        $this->assertTrue($ok);
        $this->assertSame([], array_diff($warnings, ['Method Redis::open() is deprecated']));
        $this->assertSame(0.0, $r->getTimeout());
        $this->assertSame(0.0, $r->getReadTimeout());
        $this->assertTrue($r->ping());
        $p = new Redis();
        [$ok, $warnings] = $this->quietly(fn () => $p->popen('127.0.0.1', Servers::master(), 1.0, "$this->uniq-popen"));
        $this->assertTrue($ok);
        $this->assertSame([], array_diff($warnings, ['Method Redis::popen() is deprecated']));
        $this->assertSame("$this->uniq-popen", $p->getPersistentID());
        $this->assertSame(1.0, $p->getTimeout());
        $this->assertSame('x', $p->echo('x'));
        $q = new Redis();
        $this->assertTrue($q->pconnect('127.0.0.1', Servers::master(), 1.0, "$this->uniq-pc", 0, 3.5));
        $this->assertSame(3.5, $q->getReadTimeout());
        $this->assertSame("$this->uniq-pc", $q->getPersistentID());
        $n = new Redis();
        $this->assertTrue($n->pconnect('127.0.0.1', Servers::master()));
        $this->assertNull($n->getPersistentID(), 'no persistent id given');
    }

    /** A second connect() replaces the first connection (here by one to another server). */
    public function testConnectAgainSwitchesServer(): void
    {
        $r = $this->client();
        $id = $r->rawcommand('CLIENT', 'ID');
        $this->assertTrue($r->connect('127.0.0.1', Servers::second(), 1.0));
        $this->assertSame(Servers::second(), $r->getPort());
        $this->assertSame((string)Servers::second(), $r->rawcommand('CONFIG', 'GET', 'port')[1]);
        usleep(50000);
        $this->assertFalse(self::connected($id), 'the first connection is closed');
    }

    public function testConnectFailures(): void
    {
        $r = new Redis();
        $e = $this->assertThrows(fn () => $r->connect('127.0.0.1', Servers::base() + 99, 1.0));
        $this->assertSame('Connection refused', $e->getMessage());
        $this->assertFalse($r->isConnected());
        [$e, $warnings] = $this->quietly(fn () => $this->assertThrows(fn () => (new Redis())->connect('no-such-host.invalid', 6379, 1.0)));
        $this->assertStringContainsString('no-such-host.invalid', $e->getMessage());
        foreach ([[-1, 0, 0], [0, -1, 0], [0, 0, -1]] as [$timeout, $readTimeout, $retry]) {
            try {
                (new Redis())->connect('127.0.0.1', Servers::master(), $timeout, null, $retry, $readTimeout);
                $this->fail("connect() took timeout $timeout, read timeout $readTimeout, retry interval $retry");
            } catch (RedisException | \ValueError $e) {
                $this->assertMatchesRegularExpression('/^Invalid (connect timeout|read timeout|retry interval)$/', $e->getMessage());
            }
        }
    }

    /** The connect timeout holds against a listener that never completes the handshake. */
    public function testConnectTimeout(): void
    {
        $port = self::fakePort() + 1;
        $srv = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
            stream_context_create(['socket' => ['backlog' => 0]]));
        $this->assertIsResource($srv, $errstr);
        // Fill the accept queue: the kernel drops the SYNs that come after.
        $fill = [];
        for ($i = 0; $i < 4; $i++) {
            $c = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.2);
            if ($c !== false) {
                $fill[] = $c;
            }
        }
        $t = microtime(true);
        $e = $this->assertThrows(fn () => (new Redis())->connect('127.0.0.1', $port, 0.5));
        $elapsed = microtime(true) - $t;
        $this->assertSame('Connection timed out', $e->getMessage());
        $this->assertGreaterThan(0.4, $elapsed);
        $this->assertLessThan(2.0, $elapsed);
        fclose($srv);
    }

    public function testUnixSocket(): void
    {
        foreach ([null, 0, -1] as $port) {
            $r = new Redis();
            $ok = $port === null ? $r->connect(Servers::socket()) : $r->connect(Servers::socket(), $port);
            $this->assertTrue($ok);
            $this->assertSame(Servers::socket(), $r->getHost());
            $this->assertSame($port ?? -1, $r->getPort(), 'a socket path without a port is port -1');
            $this->assertTrue($r->set($this->key("unix$port"), 'via-socket'));
            $this->assertSame('via-socket', $this->serverGet($this->key("unix$port")));
            $this->assertStringStartsWith(Servers::socket(), $this->clientAddr($r), 'on the socket');
        }
        $p = new Redis();
        $this->assertTrue($p->pconnect(Servers::socket(), 0, 1.0, "$this->uniq-unix"));
        $this->assertSame("$this->uniq-unix", $p->getPersistentID());
        $this->assertStringStartsWith(Servers::socket(), $this->clientAddr($p));
        $this->assertThrows(fn () => (new Redis())->connect(Servers::dir() . '/no-such.sock', 0, 1.0));
    }

    public function testTcpScheme(): void
    {
        $r = new Redis();
        $this->assertTrue($r->connect('tcp://127.0.0.1', Servers::master(), 1.0));
        $this->assertTrue($r->ping());
    }

    /** The context's auth (6.x: also 5.3.7) authenticates every connection the object opens. */
    public function testContextAuth(): void
    {
        $r = new Redis();
        $this->assertTrue($r->connect('127.0.0.1', Servers::locked(), 1.0, null, 0, 0, ['auth' => [Servers::password()]]));
        $this->assertTrue($r->ping());
        $this->assertSame(Servers::password(), $r->getAuth());
        $u = new Redis();
        $this->assertTrue($u->connect('127.0.0.1', Servers::locked(), 1.0, null, 0, 0, ['auth' => ['default', Servers::password()]]));
        $this->assertSame('default', $u->rawcommand('ACL', 'WHOAMI'));
        $this->assertSame(['default', Servers::password()], $u->getAuth());
        // Refused credentials: connect() is false (phpredis 5.3.7) or throws, and the object is unusable.
        $w = new Redis();
        try {
            $this->assertFalse($w->connect('127.0.0.1', Servers::locked(), 1.0, null, 0, 0, ['auth' => ['wrong']]));
        } catch (RedisException $e) {
            $this->assertStringStartsWith('WRONGPASS', $e->getMessage());
        }
        $this->assertThrows(fn () => $w->ping());
    }

    /** @exercises __destruct */
    public function testDestructorClosesTheConnection(): void
    {
        $r = $this->client();
        $id = $r->rawcommand('CLIENT', 'ID');
        $this->assertTrue(self::connected($id));
        unset($r);
        $deadline = microtime(true) + 1.0;
        while (self::connected($id) && microtime(true) < $deadline) {
            usleep(10000);
        }
        $this->assertFalse(self::connected($id));
    }

    /** The destructor of an object left in MULTI discards the transaction. */
    public function testDestructorInMultiDiscards(): void
    {
        $p = new Redis();
        $this->assertTrue($p->pconnect('127.0.0.1', Servers::master(), 1.0, "$this->uniq-dm"));
        $id = $p->rawcommand('CLIENT', 'ID');
        $p->multi();
        $p->set($this->key(), 'never');
        unset($p);
        $q = new Redis();
        $this->assertTrue($q->pconnect('127.0.0.1', Servers::master(), 1.0, "$this->uniq-dm"));
        $this->assertTrue($q->set($this->key('other'), 'v'), 'a queued SET would answer true too: checked on the server');
        $this->assertSame('v', $this->serverGet($this->key('other')));
        $this->assertNull($this->serverGet($this->key()), 'the transaction of the first object never ran');
        $this->assertSame(-1, (int)preg_replace('/.* multi=(-?\d+) .*/s', '$1', (string)$q->rawcommand('CLIENT', 'INFO')));
    }

    /**
     * close(): the connection goes; the next command reconnects. phpredis 5.3.7 still says
     * isConnected() true after close(), and reconnects into db 0 while getDBNum() says
     * the db selected before: this module's getDBNum() is the db the commands go to.
     */
    public function testCloseThenReconnect(): void
    {
        $r = $this->client();
        $k = $this->key();
        $this->assertTrue($r->set($k, 'v'));
        $id = $r->rawcommand('CLIENT', 'ID');
        $this->assertTrue($r->close());
        usleep(20000);
        $this->assertFalse(self::connected($id), 'close() closed it');
        if (self::isPhpredis5()) {
            $this->assertTrue($r->isConnected(), 'phpredis 5.3.7: still "connected" after close()');
        } else {
            $this->assertFalse($r->isConnected());
        }
        $this->assertSame('v', $r->get($k), 'the next command reconnects');
        $this->assertNotSame($id, $r->rawcommand('CLIENT', 'ID'));
        $this->assertTrue($r->isConnected());
        $this->assertTrue($r->close());
        $this->assertTrue($r->close(), 'twice is fine');

        $this->assertTrue($r->select(3));
        $this->assertTrue($r->close());
        $db = $this->serverDb($r);
        if (self::isPhpredis5()) {
            $this->assertSame([3, 0], [$r->getDBNum(), $db], 'phpredis 5.3.7: getDBNum() is not the db');
        } else {
            $this->assertSame($r->getDBNum(), $db, 'getDBNum() is the db the commands go to');
        }
    }

    /** A connection the server killed: the next command reconnects silently, into the same db. */
    public function testReconnectAfterClientKill(): void
    {
        $r = $this->client();
        $this->assertTrue($r->select(4));
        $k = $this->key();
        Servers::callIn(Servers::master(), 4, 'SET', $k, 'in-db-4');
        $id = $r->rawcommand('CLIENT', 'ID');
        $this->assertSame(1, Servers::admin()->ok('CLIENT', 'KILL', 'ID', $id));
        $this->assertSame('in-db-4', $r->get($k), 'reconnected, db 4 selected again');
        $this->assertNotSame($id, $r->rawcommand('CLIENT', 'ID'));
        $this->assertSame(4, $r->getDBNum());
        $this->assertSame(4, $this->serverDb($r));
        $this->assertTrue($r->isConnected());
    }

    /** The reconnection also authenticates again (with the credentials of auth()). */
    public function testReconnectAuthenticatesAgain(): void
    {
        $r = $this->client(2.0, 2.0, Servers::locked());
        $id = $r->rawcommand('CLIENT', 'ID');
        Servers::admin(Servers::locked())->ok('CLIENT', 'KILL', 'ID', $id);
        $this->assertTrue($r->set($this->key(), 'v'));
        $this->assertSame('v', Servers::admin(Servers::locked())->call('GET', $this->key()));
    }

    /**
     * OPT_MAX_RETRIES 0: a lost connection throws "Connection lost" at once, and the object
     * stays failed ("went away") until connect() is called again.
     */
    public function testNoRetries(): void
    {
        $r = $this->client();
        $this->assertSame(10, $r->getOption(Redis::OPT_MAX_RETRIES), 'the default');
        $this->assertTrue($r->setOption(Redis::OPT_MAX_RETRIES, 0));
        $this->assertSame(0, $r->getOption(Redis::OPT_MAX_RETRIES));
        Servers::admin()->ok('CLIENT', 'KILL', 'ID', $r->rawcommand('CLIENT', 'ID'));
        $e = $this->assertThrows(fn () => $r->get($this->key()));
        $this->assertSame('Connection lost', $e->getMessage());
        $this->assertFalse($r->isConnected());
        $e = $this->assertThrows(fn () => $r->get($this->key()));
        $this->assertSame('Redis server 127.0.0.1:' . Servers::master() . ' went away', $e->getMessage());
        $this->assertTrue($r->connect('127.0.0.1', Servers::master(), 1.0));
        $this->assertTrue($r->ping());
    }

    /** @return array<string, array{0: int, 1: int, 2: int, 3: int, 4: float, 5: float}> */
    public static function backoffs(): array
    {
        // algorithm, base ms, cap ms, retries, least and most seconds before "Connection lost"
        return [
            'constant 100 x3' => [Redis::BACKOFF_ALGORITHM_CONSTANT, 100, 1000, 3, 0.28, 0.9],
            'constant capped at 30' => [Redis::BACKOFF_ALGORITHM_CONSTANT, 100, 30, 3, 0.08, 0.5],
            'exponential 100 x2' => [Redis::BACKOFF_ALGORITHM_EXPONENTIAL, 100, 1000, 2, 0.28, 0.9],
            'default, no base' => [Redis::BACKOFF_ALGORITHM_DEFAULT, 0, 0, 10, 0.0, 0.3],
        ];
    }

    /**
     * Against a server that goes away for good: OPT_MAX_RETRIES reconnect attempts, spaced
     * by the backoff algorithm, then "Connection lost".
     * @dataProvider backoffs
     */
    public function testRetriesAndBackoff(int $algorithm, int $base, int $cap, int $retries, float $least, float $most): void
    {
        $fake = new FakeServer(self::fakePort(), 1);
        $r = new Redis();
        $this->assertTrue($r->connect('127.0.0.1', self::fakePort(), 1.0));
        $this->assertTrue($r->setOption(Redis::OPT_MAX_RETRIES, $retries));
        $this->assertTrue($r->setOption(Redis::OPT_BACKOFF_ALGORITHM, $algorithm));
        $this->assertTrue($r->setOption(Redis::OPT_BACKOFF_BASE, $base));
        $this->assertTrue($r->setOption(Redis::OPT_BACKOFF_CAP, $cap));
        $this->assertSame([$retries, $algorithm, $base, $cap], [$r->getOption(Redis::OPT_MAX_RETRIES),
            $r->getOption(Redis::OPT_BACKOFF_ALGORITHM), $r->getOption(Redis::OPT_BACKOFF_BASE), $r->getOption(Redis::OPT_BACKOFF_CAP)]);
        $this->assertTrue($r->ping());
        $fake->stop();
        $t = microtime(true);
        $e = $this->assertThrows(fn () => $r->ping());
        $elapsed = microtime(true) - $t;
        $this->assertSame('Connection lost', $e->getMessage());
        $this->assertGreaterThanOrEqual($least, $elapsed);
        $this->assertLessThanOrEqual($most, $elapsed);
    }

    /** After a kill with retries, the backoff delays the reconnection (constant: exactly base). */
    public function testBackoffDelaysTheReconnection(): void
    {
        $r = $this->client();
        $this->assertTrue($r->setOption(Redis::OPT_BACKOFF_ALGORITHM, Redis::BACKOFF_ALGORITHM_CONSTANT));
        $this->assertTrue($r->setOption(Redis::OPT_BACKOFF_BASE, 300));
        $this->assertTrue($r->setOption(Redis::OPT_BACKOFF_CAP, 1000));
        Servers::admin()->ok('CLIENT', 'KILL', 'ID', $r->rawcommand('CLIENT', 'ID'));
        $t = microtime(true);
        $this->assertTrue($r->ping());
        $this->assertGreaterThan(0.28, microtime(true) - $t);
    }

    public function testBadRetryOptionsAreRefused(): void
    {
        $r = $this->client();
        $this->assertFalse($r->setOption(Redis::OPT_MAX_RETRIES, -1));
        $this->assertSame(10, $r->getOption(Redis::OPT_MAX_RETRIES));
        $this->assertFalse($r->setOption(Redis::OPT_BACKOFF_ALGORITHM, 99));
        $this->assertSame(Redis::BACKOFF_ALGORITHM_DEFAULT, $r->getOption(Redis::OPT_BACKOFF_ALGORITHM));
        $this->assertFalse($r->setOption(Redis::OPT_BACKOFF_BASE, -5));
        $this->assertFalse($r->setOption(Redis::OPT_BACKOFF_CAP, -5));
        $this->assertSame([0, 0], [$r->getOption(Redis::OPT_BACKOFF_BASE), $r->getOption(Redis::OPT_BACKOFF_CAP)]);
    }

    /**
     * A read timeout throws; the reply that comes later must never be read as the next
     * command's. phpredis 5.3.7 keeps the connection and reads it: echo('a') returns '+OK'.
     */
    public function testReadTimeoutThenTheNextReplyIsItsOwn(): void
    {
        $r = $this->client(1.0, 0.3);
        $t = microtime(true);
        $this->assertThrows(fn () => $r->rawcommand('DEBUG', 'SLEEP', '0.6'));
        $this->assertLessThan(0.6, microtime(true) - $t);
        usleep(500000);
        if (self::isPhpredis5()) {
            $this->assertSame('+OK', $r->echo('a'), "phpredis 5.3.7 reads DEBUG SLEEP's late reply");
            $this->assertSame('a', $r->echo('b'));
            return;
        }
        $this->assertSame('a', $r->echo('a'));
        $this->assertSame('b', $r->echo('b'));
    }

    public function testReadTimeoutOption(): void
    {
        $r = $this->client(1.0, 2.0);
        $this->assertSame(2.0, $r->getOption(Redis::OPT_READ_TIMEOUT));
        $this->assertTrue($r->setOption(Redis::OPT_READ_TIMEOUT, 0.3));
        $this->assertSame(0.3, $r->getOption(Redis::OPT_READ_TIMEOUT));
        $this->assertSame(0.3, $r->getReadTimeout());
        $t = microtime(true);
        $this->assertThrows(fn () => $r->rawcommand('DEBUG', 'SLEEP', '0.6'));
        $this->assertLessThan(0.55, microtime(true) - $t);
        usleep(400000);
        $this->assertTrue($r->setOption(Redis::OPT_READ_TIMEOUT, '1.5'));
        $this->assertSame(1.5, $r->getReadTimeout());
    }

    public function testTcpKeepalive(): void
    {
        $r = $this->client();
        $this->assertSame(0, $r->getOption(Redis::OPT_TCP_KEEPALIVE));
        $this->assertTrue($r->setOption(Redis::OPT_TCP_KEEPALIVE, 1));
        $this->assertSame(1, $r->getOption(Redis::OPT_TCP_KEEPALIVE));
        preg_match('/ addr=127\.0\.0\.1:(\d+) /', (string)$r->rawcommand('CLIENT', 'INFO'), $m);
        $this->assertNotEmpty($m);
        $ss = (string)shell_exec('ss -tnoH state established ' . escapeshellarg("( sport = :$m[1] )"));
        $this->assertStringContainsString('keepalive', $ss, "no SO_KEEPALIVE on the socket: $ss");
    }

    /**
     * pconnect(): a connection is pooled per host, port and persistent id; two live objects
     * never share one; a released one is handed to the next object. A pooled connection
     * keeps the db its last user selected: phpredis 5.3.7 then says getDBNum() 0 while the
     * commands go to that db; this module's getDBNum() is the db the commands go to.
     */
    public function testPersistentPooling(): void
    {
        $pid = "$this->uniq-pool";
        $a = new Redis();
        $this->assertTrue($a->pconnect('127.0.0.1', Servers::master(), 0, $pid));
        $b = new Redis();
        $this->assertTrue($b->pconnect('127.0.0.1', Servers::master(), 0, $pid));
        $idA = $a->rawcommand('CLIENT', 'ID');
        $this->assertNotSame($idA, $b->rawcommand('CLIENT', 'ID'), 'two live objects share a socket');
        $other = new Redis();
        $this->assertTrue($other->pconnect('127.0.0.1', Servers::master(), 0, "$pid-other"));
        $this->assertNotSame($idA, $other->rawcommand('CLIENT', 'ID'));
        $this->assertTrue($a->select(5));
        unset($a);
        $c = new Redis();
        $this->assertTrue($c->pconnect('127.0.0.1', Servers::master(), 0, $pid));
        $this->assertSame($idA, $c->rawcommand('CLIENT', 'ID'), 'the released connection is reused');
        if (self::isPhpredis5()) {
            $this->assertSame([0, 5], [$c->getDBNum(), $this->serverDb($c)], 'phpredis 5.3.7: getDBNum() is not the db');
        } else {
            $this->assertSame($c->getDBNum(), $this->serverDb($c), 'getDBNum() is the db the commands go to');
        }
        $c->select(0);
    }

    /**
     * The 6.x constructor: host, port, connectTimeout, readTimeout, persistent, auth,
     * retryInterval, backoff (ssl: tests/security). phpredis 5.3.7 takes no arguments.
     */
    public function testConstructorOptions(): void
    {
        if (self::isPhpredis5()) {
            $this->assertThrows(fn () => new Redis(['host' => '127.0.0.1']), \ArgumentCountError::class);
            $this->assertSame(0, (new \ReflectionMethod(Redis::class, '__construct'))->getNumberOfParameters());
            return;
        }
        $r = new Redis(['host' => '127.0.0.1', 'port' => Servers::master(), 'connectTimeout' => 1.5, 'readTimeout' => 2.5,
            'retryInterval' => 100, 'backoff' => ['algorithm' => Redis::BACKOFF_ALGORITHM_CONSTANT, 'base' => 150, 'cap' => 900]]);
        $this->assertTrue($r->set($this->key(), 'ctor'));
        $this->assertSame('ctor', $this->serverGet($this->key()));
        $this->assertTrue($r->isConnected());
        $this->assertSame(['127.0.0.1', Servers::master(), 1.5, 2.5], [$r->getHost(), $r->getPort(), $r->getTimeout(), $r->getReadTimeout()]);
        $this->assertSame([Redis::BACKOFF_ALGORITHM_CONSTANT, 150, 900], [$r->getOption(Redis::OPT_BACKOFF_ALGORITHM),
            $r->getOption(Redis::OPT_BACKOFF_BASE), $r->getOption(Redis::OPT_BACKOFF_CAP)]);
        $this->assertNull($r->getPersistentID());

        $a = new Redis(['host' => '127.0.0.1', 'port' => Servers::locked(), 'auth' => Servers::password()]);
        $this->assertSame('default', $a->rawcommand('ACL', 'WHOAMI'));
        $this->assertSame(Servers::password(), $a->getAuth());
        $u = new Redis(['host' => '127.0.0.1', 'port' => Servers::locked(), 'auth' => ['default', Servers::password()]]);
        $this->assertSame(['default', Servers::password()], $u->getAuth());
        $this->assertTrue($u->ping());

        $p = new Redis(['host' => '127.0.0.1', 'port' => Servers::master(), 'persistent' => "$this->uniq-ctor"]);
        $this->assertTrue($p->ping());
        $this->assertSame("$this->uniq-ctor", $p->getPersistentID());
        $id = $p->rawcommand('CLIENT', 'ID');
        unset($p);
        $p2 = new Redis(['host' => '127.0.0.1', 'port' => Servers::master(), 'persistent' => "$this->uniq-ctor"]);
        $this->assertSame($id, $p2->rawcommand('CLIENT', 'ID'), 'persistent: the pooled connection');
        $t = new Redis(['host' => '127.0.0.1', 'port' => Servers::master(), 'persistent' => true]);
        $this->assertTrue($t->ping());
        $this->assertNull($t->getPersistentID());

        $s = new Redis(['host' => Servers::socket(), 'port' => 0]);
        $this->assertStringStartsWith(Servers::socket(), $this->clientAddr($s));

        $empty = new Redis([]);
        $this->assertTrue($empty->connect('127.0.0.1', Servers::master()));
        $this->assertTrue((new Redis(null))->connect('127.0.0.1', Servers::master()));
    }

    public function testConstructorRejectsBadOptions(): void
    {
        if ($this->onlyInPhpredis6()) {
            return;
        }
        foreach ([['host' => 5], ['port' => 'x'], ['connectTimeout' => 'x'], ['readTimeout' => []], ['retryInterval' => 'x'],
            ['auth' => 5], ['ssl' => 'x'], ['backoff' => 'x']] as $bad) {
            try {
                new Redis($bad + ['host' => '127.0.0.1']);
                $this->fail('accepted ' . json_encode($bad));
            } catch (RedisException | \ValueError | \TypeError $e) {
                $this->assertMatchesRegularExpression('/^Invalid /', $e->getMessage(), json_encode($bad));
            }
        }
        [$r, $warnings] = $this->quietly(fn () => new Redis(['host' => '127.0.0.1', 'port' => Servers::master(), 'nosuch' => 1]));
        $this->assertCount(1, $warnings);
        $this->assertStringContainsString("'nosuch'", $warnings[0]);
        $this->assertTrue($r->ping(), 'the known options still apply');
    }
}
