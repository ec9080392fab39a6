<?php

declare(strict_types=1);

namespace SecurityTests;

use RedisCluster;
use RedisClusterException;

/**
 * A TLS-only cluster (port 0, tls-port, TLS on the cluster bus too) with a CA and server
 * certificate made for the run. With no plain-text port anywhere, every node the client
 * reaches - the seed and the masters it learns from CLUSTER SLOTS - is reached over TLS.
 */
final class TlsTest extends SecurityTestCase
{
    private const BASE = 7700;
    private static Certs $certs;

    protected static function clusterOptions(): array
    {
        return [self::BASE, ['tls' => self::$certs, 'conf' => ['enable-debug-command yes']]];
    }

    public static function setUpBeforeClass(): void
    {
        self::$certs = Certs::temporary('rediscluster-security-certs');
        parent::setUpBeforeClass();
    }

    public static function tearDownAfterClass(): void
    {
        parent::tearDownAfterClass();
        self::$certs->remove();
    }

    private static function seed(int $i = 0, string $scheme = 'tls'): array
    {
        return ["$scheme://127.0.0.1:" . (self::BASE + $i)];
    }

    public function testPhpredis5StyleContextIsTheSslOptions(): void
    {
        $rc = new RedisCluster(null, self::seed(), 2, 2, false, null,
            ['cafile' => self::$certs->ca, 'verify_peer_name' => false]);
        $this->assertCount(3, $rc->_masters());
        $this->assertWorksOnEveryMaster($rc, 'tls5:');
    }

    public function testPhpredis6StyleStreamContext(): void
    {
        $rc = new RedisCluster(null, self::seed(1), 2, 2, false, null,
            ['stream' => ['cafile' => self::$certs->ca, 'verify_peer_name' => false]]);
        $this->assertCount(3, $rc->_masters());
        $this->assertWorksOnEveryMaster($rc, 'tls6:');
    }

    /** Full verification, peer name included (the certificate names 127.0.0.1), for every node. */
    public function testFullVerificationOfEveryNode(): void
    {
        $rc = new RedisCluster(null, self::seed(2), 2, 2, false, null,
            ['cafile' => self::$certs->ca, 'verify_peer' => true, 'verify_peer_name' => true]);
        $this->assertWorksOnEveryMaster($rc, 'tlsv:');
    }

    public function testAllSeedsAndSslSchemeAlias(): void
    {
        $seeds = array_map(fn ($p) => "ssl://127.0.0.1:$p", self::cluster()->ports);
        $rc = new RedisCluster(null, $seeds, 2, 2, false, null, ['cafile' => self::$certs->ca]);
        $this->assertWorksOnEveryMaster($rc, 'tlss:');
    }

    public function testUntrustedCertificateFailsTheConstructor(): void
    {
        [$e, $warnings] = $this->assertThrowsWithin(
            fn () => new RedisCluster(null, self::seed(), 2, 2, false, null, ['verify_peer' => true]),
            RedisClusterException::class, 0.0, 3.0);
        // Whatever PHP's TLS layer warned, it is about the certificate, never a hang or a crash.
        foreach ($warnings as $w) {
            $this->assertMatchesRegularExpression('/SSL|crypto|certificate/i', $w);
        }
    }

    public function testCertificateOfAnotherCaFails(): void
    {
        $this->assertThrowsWithin(
            fn () => new RedisCluster(null, self::seed(), 2, 2, false, null, ['cafile' => self::$certs->otherCa]),
            RedisClusterException::class, 0.0, 3.0);
    }

    public function testWrongPeerNameFails(): void
    {
        $this->assertThrowsWithin(
            fn () => new RedisCluster(null, self::seed(), 2, 2, false, null,
                ['cafile' => self::$certs->ca, 'peer_name' => 'redis.example.com']),
            RedisClusterException::class, 0.0, 3.0);
    }

    /** tcp:// (or no scheme) against a TLS port: a clean exception, well within the timeouts. */
    public function testPlainTcpSeedAgainstTlsPortFailsCleanly(): void
    {
        foreach ([self::seed(0, 'tcp'), ['127.0.0.1:' . self::BASE]] as $seeds) {
            [$e] = $this->assertThrowsWithin(fn () => new RedisCluster(null, $seeds, 2, 2),
                RedisClusterException::class, 0.0, 4.5);
            $this->assertStringContainsString('127.0.0.1:' . self::BASE, $e->getMessage());
        }
    }

    /**
     * The read timeout holds over TLS too, and the late reply is never read as the next
     * one's. (The refresh that follows the failure may open a new connection to the sleeping
     * node: over TLS its handshake waits up to the connect timeout, kept short here.)
     */
    public function testReadTimeoutOverTls(): void
    {
        $rc = new RedisCluster(null, self::seed(), 0.5, 0.4, false, null, ['cafile' => self::$certs->ca]);
        $port = self::BASE + 1;
        $key = self::cluster()->keyOn($port, 'tlsto:');
        $this->assertTrue($rc->set($key, 'value'));
        $t = microtime(true);
        $this->assertThrowsWithin(fn () => $rc->rawcommand(self::node($port), 'DEBUG', 'SLEEP', '2.5'),
            RedisClusterException::class, 0.35, 1.2);
        usleep((int)max(0, ($t + 2.7 - microtime(true)) * 1e6));
        $this->assertSame('value', $rc->get($key));
    }

    /**
     * Pooled TLS connections: with the same TLS options, an object made after the first is
     * gone reuses its sockets (no new handshake), as persistent tcp connections do.
     */
    public function testPersistentTlsConnectionsAreReused(): void
    {
        $trusted = ['cafile' => self::$certs->ca, 'verify_peer_name' => false];
        $a = new RedisCluster(null, self::seed(), 2, 2, true, null, $trusted);
        $this->assertWorksOnEveryMaster($a, 'tlsp:');
        $idsA = self::clientIds($a);
        unset($a);

        $b = new RedisCluster(null, self::seed(), 2, 2, true, null, $trusted);
        $this->assertSame($idsA, self::clientIds($b), 'same TLS options: the pooled sockets are not reused');
        $this->assertWorksOnEveryMaster($b, 'tlsp:');
    }

    /**
     * Other TLS options never get a pooled socket: above all, an object asking for a
     * verification it cannot pass must not be handed a socket that an object with the right
     * CA verified.
     */
    public function testPersistentTlsPoolIsKeyedByTlsOptions(): void
    {
        $trusted = ['cafile' => self::$certs->ca, 'verify_peer_name' => false];
        $a = new RedisCluster(null, self::seed(), 2, 2, true, null, $trusted);
        $this->assertWorksOnEveryMaster($a, 'tlsk:');
        $idsA = self::clientIds($a);
        unset($a);

        $this->assertThrowsWithin(
            fn () => new RedisCluster(null, self::seed(), 2, 2, true, null, ['verify_peer' => true]),
            RedisClusterException::class, 0.0, 3.0);
        $this->assertThrowsWithin(
            fn () => new RedisCluster(null, self::seed(), 2, 2, true, null, ['cafile' => self::$certs->otherCa]),
            RedisClusterException::class, 0.0, 3.0);
        $this->assertThrowsWithin(
            fn () => new RedisCluster(null, self::seed(), 2, 2, true, null,
                ['cafile' => self::$certs->ca, 'peer_name' => 'redis.example.com']),
            RedisClusterException::class, 0.0, 3.0);

        // Other (valid) TLS options: a connection of their own.
        $c = new RedisCluster(null, self::seed(), 2, 2, true, null, ['cafile' => self::$certs->ca]);
        $idsC = self::clientIds($c);
        foreach ($idsA as $p => $id) {
            $this->assertNotSame($id, $idsC[$p], "master $p: other TLS options shared a pooled socket");
        }
        $this->assertWorksOnEveryMaster($c, 'tlsk:');
    }

    /**
     * OPT_TCP_KEEPALIVE sets SO_KEEPALIVE on TLS sockets too (seen from the kernel with ss;
     * the socket is found by the address the server reports for the connection).
     */
    public function testTcpKeepaliveAppliesToTlsSockets(): void
    {
        if (trim((string)shell_exec('command -v ss')) === '') {
            $this->markTestSkipped('ss (iproute2) is not installed');
        }
        $rc = new RedisCluster(null, self::seed(), 2, 2, false, null, ['cafile' => self::$certs->ca]);
        $this->assertTrue($rc->setOption(RedisCluster::OPT_TCP_KEEPALIVE, 1));
        foreach (self::cluster()->ports as $p) {
            $info = (string)$rc->rawcommand(self::node($p), 'CLIENT', 'INFO');
            $this->assertMatchesRegularExpression('/ addr=127\.0\.0\.1:(\d+) /', $info);
            preg_match('/ addr=127\.0\.0\.1:(\d+) /', $info, $m);
            $ss = (string)shell_exec('ss -tnoH state established ' . escapeshellarg("( sport = :$m[1] )"));
            $this->assertStringContainsString('keepalive', $ss, "master $p: no SO_KEEPALIVE on the TLS socket: $ss");
        }
    }
}
