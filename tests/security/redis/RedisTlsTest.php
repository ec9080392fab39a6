<?php

declare(strict_types=1);

namespace SecurityTests;

use Redis;

/**
 * A TLS-only standalone server (port 0, tls-port) with a CA and certificate made for the
 * run: connect() over tls:// with the stream context's ssl options, verification
 * failures, plain tcp against the TLS port, persistent TLS connections and their pool.
 */
final class RedisTlsTest extends RedisSecurityTestCase
{
    private const PORT = 7520;
    private static Certs $certs;

    protected static function serverOptions(): array
    {
        return [self::PORT, ['tls' => self::$certs]];
    }

    public static function setUpBeforeClass(): void
    {
        self::$certs = Certs::temporary('redis-security-certs');
        parent::setUpBeforeClass();
    }

    public static function tearDownAfterClass(): void
    {
        parent::tearDownAfterClass();
        self::$certs->remove();
    }

    private static function trusted(): array
    {
        return ['cafile' => self::$certs->ca, 'verify_peer' => true, 'verify_peer_name' => true];
    }

    private static function open(array $ssl, bool $persistent = false, ?string $id = null, float $readTimeout = 2.0,
        string $scheme = 'tls'): Redis|false
    {
        $r = new Redis();
        $ok = $persistent ? $r->pconnect("$scheme://127.0.0.1", self::PORT, 2.0, $id, 0, $readTimeout, ['stream' => $ssl])
            : $r->connect("$scheme://127.0.0.1", self::PORT, 2.0, null, 0, $readTimeout, ['stream' => $ssl]);
        return $ok ? $r : false;
    }

    public function testFullVerification(): void
    {
        $r = self::open(self::trusted());
        $this->assertInstanceOf(Redis::class, $r);
        $this->assertSame('tls://127.0.0.1', $r->getHost());
        $this->assertWorks($r, 'tls:full');
        $this->assertMatchesRegularExpression('/ flags=N /', (string)$r->rawcommand('CLIENT', 'INFO'));
    }

    public function testCaOnlyWithoutPeerName(): void
    {
        $r = self::open(['cafile' => self::$certs->ca, 'verify_peer_name' => false]);
        $this->assertInstanceOf(Redis::class, $r);
        $this->assertWorks($r, 'tls:ca');
    }

    public function testSslSchemeAlias(): void
    {
        $r = self::open(self::trusted(), false, null, 2.0, 'ssl');
        $this->assertInstanceOf(Redis::class, $r);
        $this->assertWorks($r, 'tls:ssl');
    }

    /** An untrusted certificate, another CA, a wrong name: the connection is refused quickly. */
    public function testVerificationFailures(): void
    {
        foreach ([['verify_peer' => true], ['cafile' => self::$certs->otherCa],
            ['cafile' => self::$certs->ca, 'peer_name' => 'redis.example.com']] as $ssl) {
            [$e, $warnings] = $this->assertConnectFails(fn () => self::open($ssl), 0.0, 3.0);
            foreach ($warnings as $w) {
                $this->assertMatchesRegularExpression('/SSL|crypto|certificate|peer/i', $w);
            }
        }
    }

    /** tcp against the TLS port: connect() or the first command fails, within the timeouts. */
    public function testPlainTcpAgainstTheTlsPort(): void
    {
        $t = microtime(true);
        [$result, $thrown] = self::capture(function () {
            $r = new Redis();
            if (!$r->connect('127.0.0.1', self::PORT, 1.0, null, 0, 1.0)) {
                return 'connect failed';
            }
            return $r->ping();
        });
        $this->assertLessThan(3.0, microtime(true) - $t);
        if ($thrown === null) {
            $this->assertContains($result, ['connect failed', false]);
        } else {
            $this->assertInstanceOf(\RedisException::class, $thrown);
        }
    }

    public function testReadTimeoutOverTls(): void
    {
        $r = self::open(self::trusted(), false, null, 0.4);
        $this->assertInstanceOf(Redis::class, $r);
        $t = microtime(true);
        [, $thrown] = self::capture(fn () => $r->rawcommand('DEBUG', 'SLEEP', '1'));
        $this->assertInstanceOf(\RedisException::class, $thrown);
        $this->assertLessThan(0.9, microtime(true) - $t);
        usleep(800000);
    }

    public function testConstructorSslOption(): void
    {
        if (self::isPhpredis5()) {
            $this->assertSame(0, (new \ReflectionMethod(Redis::class, '__construct'))->getNumberOfParameters(),
                'phpredis 5.3.7 has no constructor options');
            return;
        }
        $r = new Redis(['host' => 'tls://127.0.0.1', 'port' => self::PORT, 'connectTimeout' => 2.0, 'ssl' => self::trusted()]);
        $this->assertWorks($r, 'tls:ctor');
        $bad = new Redis(['host' => 'tls://127.0.0.1', 'port' => self::PORT, 'connectTimeout' => 2.0, 'ssl' => ['verify_peer' => true]]);
        [, $thrown] = self::capture(fn () => $bad->ping());
        $this->assertInstanceOf(\RedisException::class, $thrown);
    }

    /** Persistent TLS: the same options get the pooled socket back (no new handshake). */
    public function testPersistentTlsIsReused(): void
    {
        $a = self::open(self::trusted(), true, 'tls-reuse');
        $this->assertInstanceOf(Redis::class, $a);
        $id = self::clientId($a);
        unset($a);
        $b = self::open(self::trusted(), true, 'tls-reuse');
        $this->assertSame($id, self::clientId($b));
        $this->assertWorks($b, 'tls:reuse');
    }

    /**
     * Other TLS options never get a pooled socket: an object asking for a verification it
     * cannot pass must not be handed a socket that an object with the right CA verified.
     * (phpredis 5.3.7 pools by host, port and persistent id only, and hands it over.)
     */
    public function testPersistentTlsPoolIsKeyedByTlsOptions(): void
    {
        $a = self::open(self::trusted(), true, 'tls-keyed');
        $this->assertInstanceOf(Redis::class, $a);
        $id = self::clientId($a);
        unset($a);
        [$b, $thrown] = self::capture(fn () => self::open(['cafile' => self::$certs->otherCa], true, 'tls-keyed'));
        if (self::isPhpredis5()) {
            $this->assertNull($thrown);
            $this->assertInstanceOf(Redis::class, $b, 'phpredis 5.3.7 hands over the verified socket');
            $this->assertSame($id, self::clientId($b));
            return;
        }
        $this->assertFalse($b instanceof Redis && self::clientId($b) === $id, 'a socket verified with another CA was reused');
        $this->assertTrue($thrown !== null || $b === false, 'the other CA cannot verify the server');
    }
}
