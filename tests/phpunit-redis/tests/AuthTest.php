<?php

namespace RedisTests;

use Redis;
use RedisException;

/**
 * auth() with a password (the server on locked(), requirepass) and with [user, password]
 * (an ACL user the test creates on the master); getAuth(); errors that phpredis throws
 * rather than returns (NOAUTH, WRONGPASS, NOPERM).
 */
final class AuthTest extends RedisTestCase
{
    private string $user;

    protected function setUp(): void
    {
        parent::setUp();
        $this->user = "$this->uniq-user";
        Servers::admin()->ok('ACL', 'SETUSER', $this->user, 'on', ">pw-$this->uniq", '~*', '&*', '+@all');
        Servers::admin()->ok('ACL', 'SETUSER', "$this->user-ro", 'on', ">pw-$this->uniq", '~*', '+get', '+ping', '+auth', '+client', '+acl');
    }

    protected function tearDown(): void
    {
        Servers::admin()->ok('ACL', 'DELUSER', $this->user, "$this->user-ro");
        parent::tearDown();
    }

    public function testPassword(): void
    {
        $r = new Redis();
        $this->assertTrue($r->connect('127.0.0.1', Servers::locked(), 1.0));
        $e = $this->assertThrows(fn () => $r->get('k'));
        $this->assertStringStartsWith('NOAUTH ', $e->getMessage(), 'NOAUTH throws, it is not false');
        $this->assertNull($r->getAuth());
        $e = $this->assertThrows(fn () => $r->auth('wrong'));
        $this->assertStringStartsWith('WRONGPASS ', $e->getMessage());
        $this->assertStringStartsWith('WRONGPASS ', $this->lastError($r));
        $this->assertTrue($r->auth(Servers::password()));
        $this->assertSame(Servers::password(), $r->getAuth());
        $this->assertSame('default', $r->rawcommand('ACL', 'WHOAMI'));
        $this->assertTrue($r->set($this->key(), 'v'));
        $this->assertSame('v', Servers::admin(Servers::locked())->call('GET', $this->key()));
        $this->assertTrue($r->auth([Servers::password()]), 'a one-element array is the password');
        $this->assertSame(Servers::password(), $r->getAuth());
    }

    public function testUserAndPassword(): void
    {
        $r = $this->client();
        $this->assertTrue($r->auth([$this->user, "pw-$this->uniq"]));
        $this->assertSame([$this->user, "pw-$this->uniq"], $r->getAuth());
        $this->assertSame($this->user, $r->rawcommand('ACL', 'WHOAMI'));
        $this->assertSame($this->user, $r->acl('whoami'));
        $this->assertMatchesRegularExpression('/ user=' . preg_quote($this->user, '/') . ' /', $r->rawcommand('CLIENT', 'INFO'));

        $k = new Redis();
        $this->assertTrue($k->connect('127.0.0.1', Servers::master(), 1.0));
        $this->assertTrue($k->auth(['user' => $this->user, 'pass' => "pw-$this->uniq"]), 'the keys user and pass');
        $this->assertSame($this->user, $k->rawcommand('ACL', 'WHOAMI'));

        $e = $this->assertThrows(fn () => $r->auth([$this->user, 'wrong']));
        $this->assertStringStartsWith('WRONGPASS ', $e->getMessage());
        $this->assertSame($this->user, $r->rawcommand('ACL', 'WHOAMI'), 'still the user it was');
        if (self::isPhpredis5()) {
            $this->assertSame([$this->user, 'wrong'], $r->getAuth(), 'phpredis 5.3.7 keeps the refused credentials');
        } else {
            $this->assertContains($r->getAuth(), [[$this->user, "pw-$this->uniq"], [$this->user, 'wrong']]);
        }
    }

    public function testMalformedCredentials(): void
    {
        $r = $this->client();
        foreach ([[], ['a', 'b', 'c']] as $bad) {
            [$ok, $warnings] = $this->quietly(fn () => $r->auth($bad));
            $this->assertFalse($ok, json_encode($bad));
            $this->assertCount(1, $warnings, json_encode($bad));
        }
        [$ok] = $this->quietly(fn () => $r->auth(null));
        $this->assertFalse($ok);
        $this->assertSame('default', $r->rawcommand('ACL', 'WHOAMI'));
    }

    /** NOPERM throws (phpredis throws for every error reply but ERR, WRONGTYPE, NOSCRIPT, BUSYGROUP, NOGROUP). */
    public function testNoPermThrows(): void
    {
        $r = $this->client();
        Servers::admin()->ok('SET', $this->key(), 'readable');
        $this->assertTrue($r->auth(["$this->user-ro", "pw-$this->uniq"]));
        $this->assertSame('readable', $r->get($this->key()));
        $e = $this->assertThrows(fn () => $r->set($this->key(), 'x'));
        $this->assertStringStartsWith('NOPERM ', $e->getMessage());
        $this->assertSame('readable', $this->serverGet($this->key()));
        $this->assertTrue($r->ping(), 'the connection is fine afterwards');
    }

    /** auth() against a server without a password (the default user has nopass). */
    public function testPasswordWithoutRequirepass(): void
    {
        $e = $this->assertThrows(fn () => $this->r->auth('anything'));
        $this->assertStringStartsWith('ERR AUTH <password> called without any password configured', $e->getMessage());
        $this->assertTrue($this->r->ping());
    }
}
