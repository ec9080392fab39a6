<?php

declare(strict_types=1);

namespace SecurityTests;

use Redis;

/**
 * Persistent connections of Redis and credentials: a pooled socket is reused by the same
 * host, port, persistent id and credentials only; two users never share one, and a socket
 * authenticated as someone is never handed to an object without credentials.
 * phpredis 5.3.7 pools by host and port only (not even the persistent id separates
 * pools) and hands an authenticated socket to anyone: the assertions about it say what it
 * does, each a reason for this module's pooling.
 */
final class RedisPoolingTest extends RedisSecurityTestCase
{
    private const PORT = 7522;

    protected static function serverOptions(): array
    {
        $users = [];
        foreach (['bob', 'carol', 'dave', 'erin', 'fay', 'gus'] as $u) {
            $users[] = "user $u on >pw-$u ~* &* +@all";
        }
        return [self::PORT, ['conf' => $users]];
    }

    /** A persistent object with the context's credentials (null: none). */
    private static function open(string $pid, ?array $auth = null): Redis
    {
        $r = new Redis();
        if ($auth === null) {
            $r->pconnect('127.0.0.1', self::PORT, 2.0, $pid, 0, 2.0);
        } else {
            $r->pconnect('127.0.0.1', self::PORT, 2.0, $pid, 0, 2.0, ['auth' => $auth]);
        }
        return $r;
    }

    public function testSameCredentialsReuseTheSocket(): void
    {
        $a = self::open('p1', ['bob', 'pw-bob']);
        $id = self::clientId($a);
        unset($a);
        $b = self::open('p1', ['bob', 'pw-bob']);
        $this->assertSame($id, self::clientId($b));
        $this->assertSame('bob', $b->acl('whoami'));
        $this->assertWorks($b, 'pool:bob');
    }

    /** Two live objects never share a socket, whatever their credentials. */
    public function testLiveObjectsNeverShare(): void
    {
        $a = self::open('p2', ['carol', 'pw-carol']);
        $b = self::open('p2', ['carol', 'pw-carol']);
        $this->assertNotSame(self::clientId($a), self::clientId($b));
        $this->assertSame(['carol', 'carol'], [$a->acl('whoami'), $b->acl('whoami')]);
    }

    /** Another user gets a socket of its own (phpredis 5.3.7: a pooled one, AUTHed again). */
    public function testAnotherUserNeverGetsTheSocket(): void
    {
        $a = self::open('p3', ['dave', 'pw-dave']);
        $id = self::clientId($a);
        unset($a);
        $b = self::open('p3', ['erin', 'pw-erin']);
        $this->assertSame('erin', $b->acl('whoami'));
        if (self::isPhpredis5()) {
            return;
        }
        $this->assertNotSame($id, self::clientId($b), "erin was handed dave's socket");
    }

    /**
     * No credentials never get a socket authenticated as a user: phpredis 5.3.7 hands it
     * over, and the object without credentials acts as that user.
     */
    public function testNoCredentialsNeverGetAnAuthenticatedSocket(): void
    {
        $a = self::open('p4', ['fay', 'pw-fay']);
        $id = self::clientId($a);
        unset($a);
        $b = self::open('p4');
        $who = $b->acl('whoami');
        if (self::isPhpredis5()) {
            $this->assertNotSame('default', $who, 'phpredis 5.3.7: the object without credentials acts as a user');
            return;
        }
        $this->assertSame('default', $who);
        $this->assertNotSame($id, self::clientId($b));
    }

    /** Credentials given with auth() after pconnect() count too: the socket is then gus's. */
    public function testAuthAfterPconnectKeysThePool(): void
    {
        $a = self::open('p5');
        $this->assertTrue($a->auth(['gus', 'pw-gus']));
        $id = self::clientId($a);
        unset($a);
        $b = self::open('p5');
        $who = $b->acl('whoami');
        if (self::isPhpredis5()) {
            $this->assertNotSame('default', $who, 'phpredis 5.3.7 hands an AUTHed socket to an object without credentials');
            return;
        }
        $this->assertSame('default', $who);
        $this->assertNotSame($id, self::clientId($b));
    }

    /** A pooled socket the server closed is replaced silently, with its credentials. */
    public function testKilledPooledSocketIsReplaced(): void
    {
        $a = self::open('p6', ['bob', 'pw-bob']);
        $id = self::clientId($a);
        unset($a);
        self::server()->admin()->ok('CLIENT', 'KILL', 'ID', $id);
        [$b, $thrown, $warnings] = self::capture(fn () => self::open('p6', ['bob', 'pw-bob']));
        $this->assertNull($thrown, (string)$thrown);
        $this->assertSame([], $warnings);
        $this->assertSame('bob', $b->acl('whoami'));
        $this->assertNotSame($id, self::clientId($b));
        $this->assertWorks($b, 'pool:killed');
    }

    /** The persistent id separates pools (phpredis 5.3.7: it does not, the socket of one id goes to another). */
    public function testPersistentIdSeparatesPools(): void
    {
        $a = self::open('id-one', ['dave', 'pw-dave']);
        $id = self::clientId($a);
        unset($a);
        $b = self::open('id-two', ['dave', 'pw-dave']);
        $c = self::open('id-two', ['dave', 'pw-dave']);
        $ids = [self::clientId($b), self::clientId($c)];
        if (self::isPhpredis5()) {
            $this->assertContains($id, $ids, 'phpredis 5.3.7 hands the socket of id-one to id-two');
            return;
        }
        $this->assertNotContains($id, $ids, 'the socket of id-one went to id-two');
    }

    /** A socket left inside MULTI is not handed to the next object (its SET would only be QUEUED). */
    public function testASocketLeftInsideMultiIsNotReused(): void
    {
        $a = self::open('p7', ['carol', 'pw-carol']);
        $this->assertTrue($a->rawcommand('MULTI'));
        unset($a);
        $b = self::open('p7', ['carol', 'pw-carol']);
        $this->assertTrue($b->set('pool:multi', 'written'));
        $this->assertSame('written', self::server()->admin()->call('GET', 'pool:multi'), 'SET said true, wrote nothing');
    }
}
