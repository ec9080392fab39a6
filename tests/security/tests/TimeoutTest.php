<?php

declare(strict_types=1);

namespace SecurityTests;

use RedisCluster;
use RedisClusterException;

/**
 * Connect and read timeouts: against a listener whose accept queue is full (connect never
 * completes), against a listener that accepts but never answers, and against a real node
 * that hangs in DEBUG SLEEP (enable-debug-command yes).
 */
final class TimeoutTest extends SecurityTestCase
{
    private const BASE = 7730;
    /** Ports of this class's fake listeners (inside the suite's 7700..7799). */
    private const SILENT_PORT = 7790;
    private const FULL_PORT = 7791;

    /** @var list<resource> */
    private array $held = [];

    protected static function clusterOptions(): array
    {
        return [self::BASE, ['conf' => ['enable-debug-command yes']]];
    }

    protected function tearDown(): void
    {
        foreach ($this->held as $r) {
            fclose($r);
        }
        $this->held = [];
        ini_restore('default_socket_timeout');
    }

    /** Listens on $port and never accepts; with $full, the accept queue is also filled. */
    private function listener(int $port, bool $full): void
    {
        $ctx = stream_context_create(['socket' => ['backlog' => $full ? 0 : 64]]);
        $srv = stream_socket_server("tcp://127.0.0.1:$port", $errno, $errstr,
            STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
        $this->assertNotFalse($srv, "listen on $port: $errstr");
        $this->held[] = $srv;
        if ($full) {
            // With backlog 0 one connection fills the queue; later SYNs are dropped.
            $filler = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 1);
            $this->assertNotFalse($filler, $errstr);
            $this->held[] = $filler;
            $probe = @stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 0.2);
            $this->assertFalse($probe, 'the accept queue is not full: connects still complete');
        }
    }

    public function testConnectTimeoutIsHonoured(): void
    {
        $this->listener(self::FULL_PORT, true);
        foreach ([0.5, 1.2] as $timeout) {
            // The read timeout is shorter: it must not be the one that ends the wait.
            [$e] = $this->assertThrowsWithin(
                fn () => new RedisCluster(null, ['127.0.0.1:' . self::FULL_PORT], $timeout, 0.2),
                RedisClusterException::class, $timeout - 0.05, $timeout + 0.6);
            $this->assertStringContainsString('127.0.0.1:' . self::FULL_PORT, $e->getMessage());
        }
    }

    public function testReadTimeoutOnASeedThatNeverAnswers(): void
    {
        $this->listener(self::SILENT_PORT, false);
        foreach ([0.3, 1.0] as $readTimeout) {
            $this->assertThrowsWithin(
                fn () => new RedisCluster(null, ['127.0.0.1:' . self::SILENT_PORT], 2, $readTimeout),
                RedisClusterException::class, $readTimeout - 0.05, $readTimeout + 0.6);
        }
    }

    /** read_timeout 0 means default_socket_timeout, as in phpredis. */
    public function testReadTimeoutZeroIsDefaultSocketTimeout(): void
    {
        $this->listener(self::SILENT_PORT, false);
        ini_set('default_socket_timeout', '1');
        $this->assertThrowsWithin(fn () => new RedisCluster(null, ['127.0.0.1:' . self::SILENT_PORT], 2, 0),
            RedisClusterException::class, 0.95, 1.8);
    }

    /** A node that hangs: the command fails after about read_timeout, and the object recovers. */
    public function testReadTimeoutOnAHangingNode(): void
    {
        $port = self::BASE + 1;
        $key = self::cluster()->keyOn($port, 'hang:');
        $rc = new RedisCluster(null, self::cluster()->seeds(), 1, 0.5);
        $this->assertTrue($rc->set($key, 'value'));

        // The node sleeps 1.5 s on our own connection: not a read-only command, not retried.
        // (A refresh of the map follows the failure: if it asks the sleeping node, one more read timeout.)
        [$e] = $this->assertThrowsWithin(fn () => $rc->rawcommand(self::node($port), 'DEBUG', 'SLEEP', '1.5'),
            RedisClusterException::class, 0.45, 1.3);
        $this->assertMatchesRegularExpression('/^Timed out reading from 127\\.0\\.0\\.1:' . $port . '$/', $e->getMessage());
        usleep(1300000);
        // Awake again: the next reply on that node is GET's, not the late +OK of DEBUG SLEEP.
        $this->assertSame('value', $rc->get($key));
        $this->assertSame('value', $rc->get($key));

        // The node hangs behind our back; a read is retried (it is safe) within the budget
        // (here the 1 s connect timeout), each try bounded by the read timeout.
        $admin = self::cluster()->connect($port);
        $admin->send('DEBUG', 'SLEEP', '2.5');
        usleep(100000);
        $this->assertThrowsWithin(fn () => $rc->get($key), RedisClusterException::class, 0.45, 2.6);
        $this->assertSame('OK', $admin->read());
        $this->assertSame('value', $rc->get($key));
        $this->assertTrue($rc->set($key, 'value2'));
        $this->assertSame('value2', $rc->get($key));
    }

    /** A TLS handshake with a peer that never speaks: bounded by the connect timeout. */
    public function testTlsHandshakeWithASilentPeerIsBoundedByTheConnectTimeout(): void
    {
        $this->listener(self::SILENT_PORT, false);
        $this->assertThrowsWithin(
            fn () => new RedisCluster(null, ['tls://127.0.0.1:' . self::SILENT_PORT], 0.7, 5, false, null,
                ['verify_peer' => false]),
            RedisClusterException::class, 0.6, 1.5);
    }

    /** A silent seed costs one read timeout; the next seed gives the map. */
    public function testASilentSeedIsSkipped(): void
    {
        $this->listener(self::SILENT_PORT, false);
        $good = 'tcp://127.0.0.1:' . self::BASE;
        for ($i = 0; $i < 4; $i++) { // seeds are tried in random order
            $t = microtime(true);
            $rc = new RedisCluster(null, ['127.0.0.1:' . self::SILENT_PORT, $good], 2, 0.4);
            $this->assertLessThan(1.2, microtime(true) - $t);
            $this->assertCount(3, $rc->_masters());
        }
    }

    /** setOption(OPT_READ_TIMEOUT) applies to the connections already open. */
    public function testOptReadTimeout(): void
    {
        $rc = new RedisCluster(null, self::cluster()->seeds(), 2, 5);
        $this->assertSame('x', $rc->rawcommand(self::node(self::BASE), 'ECHO', 'x'));
        $this->assertTrue($rc->setOption(RedisCluster::OPT_READ_TIMEOUT, 0.3));
        $this->assertThrowsWithin(fn () => $rc->rawcommand(self::node(self::BASE), 'DEBUG', 'SLEEP', '1'),
            RedisClusterException::class, 0.25, 0.9);
        usleep(900000);
        $this->assertSame('x', $rc->rawcommand(self::node(self::BASE), 'ECHO', 'x'));
    }

    /** A pooled socket takes the read timeout of the object that takes it, not of the last one. */
    public function testPooledSocketTakesTheNewObjectsReadTimeout(): void
    {
        $node = self::node(self::BASE + 2);
        $a = new RedisCluster(null, self::cluster()->seeds(), 2, 3, true);
        $id = $a->rawcommand($node, 'CLIENT', 'ID');
        unset($a);
        $b = new RedisCluster(null, self::cluster()->seeds(), 2, 0.3, true);
        $this->assertSame($id, $b->rawcommand($node, 'CLIENT', 'ID'), 'not the pooled socket');
        $this->assertThrowsWithin(fn () => $b->rawcommand($node, 'DEBUG', 'SLEEP', '1'), RedisClusterException::class,
            0.25, 0.9);
        unset($b);
        usleep(900000);

        $c = new RedisCluster(null, self::cluster()->seeds(), 2, 0.3, true);
        $c->rawcommand($node, 'PING');
        unset($c);
        $d = new RedisCluster(null, self::cluster()->seeds(), 2, 3, true);
        $t = microtime(true);
        $this->assertTrue($d->rawcommand($node, 'DEBUG', 'SLEEP', '0.8'));
        $this->assertGreaterThan(0.7, microtime(true) - $t);
    }

    /**
     * Every master hangs (connections accepted, nothing answered): a command fails after
     * about one read timeout, and in any case within the time budget (here the 1 s connect
     * timeout) plus one read timeout - not after a read timeout per node and per seed.
     */
    public function testEveryMasterHangingFailsWithinTheBudget(): void
    {
        $key = self::cluster()->keyOn(self::BASE + 1, 'allhang:');
        $took = [];
        foreach (['set' => fn ($rc) => $rc->set($key, 'w'), 'get' => fn ($rc) => $rc->get($key)] as $what => $fn) {
            $rc = new RedisCluster(null, self::cluster()->seeds(), 1, 0.5);
            $this->assertTrue($rc->set($key, 'v'));
            $sleepers = [];
            foreach (self::cluster()->ports as $p) {
                $sleepers[$p] = self::cluster()->connect($p, null, 10.0);
                $sleepers[$p]->send('DEBUG', 'SLEEP', '3');
            }
            usleep(100000);
            $t = microtime(true);
            [, $thrown] = self::capture(fn () => $fn($rc));
            $elapsed = microtime(true) - $t;
            foreach ($sleepers as $s) {
                $this->assertSame('OK', $s->read());
            }
            $this->assertInstanceOf(RedisClusterException::class, $thrown, $what);
            $took[$what] = sprintf('%s threw after %.2fs: %s', $what, $elapsed, $thrown->getMessage());
            if ($elapsed <= 1.5) {
                unset($took[$what]);
            }
            // The SET's fate is unknown (it was written); either value, but a right reply.
            $this->assertContains($rc->get($key), ['v', 'w'], 'the object recovers once the nodes answer');
        }
        $this->assertSame([], $took, '(timeout 1, read_timeout 0.5: at most 1.5 s expected)');
    }
}
