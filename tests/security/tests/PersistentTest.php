<?php

declare(strict_types=1);

namespace SecurityTests;

use RedisCluster;
use RedisClusterException;

/**
 * Persistent connections on a password-protected cluster with an ACL user: pooled sockets
 * are reused by the same credentials only, never carry a reply that a failed request left
 * behind, and a socket the server closed is replaced, not failed on.
 *
 * The pool is per process, so each test uses credentials of its own where leftovers of
 * another test could change what it sees (the ACL users below exist for that).
 */
final class PersistentTest extends SecurityTestCase
{
    private const BASE = 7720;
    private const PASS = 'Pw-default-S3cr3t-5e0a';
    private const ALICE_PW = 'Pw-alice-S3cr3t-1c77';

    protected static function clusterOptions(): array
    {
        $users = ['user alice on >' . self::ALICE_PW . ' ~* &* +@all'];
        foreach (['bob', 'carol', 'dave', 'erin', 'fay', 'gus'] as $u) {
            $users[] = "user $u on >pw-$u ~* &* +@all";
        }
        return [self::BASE, ['pass' => self::PASS, 'conf' => $users]];
    }

    private static function open(mixed $auth, float $readTimeout = 2.0): RedisCluster
    {
        return new RedisCluster(null, self::cluster()->seeds(), 2, $readTimeout, true, $auth);
    }

    private static function whoami(RedisCluster $rc): array
    {
        $users = [];
        foreach (self::cluster()->ports as $p) {
            $users[$p] = $rc->rawcommand(self::node($p), 'ACL', 'WHOAMI');
        }
        return $users;
    }

    /** Whether a client with this ID is connected to the node, asked behind the module's back. */
    private static function connected(int $port, int $id): bool
    {
        return str_contains((string)self::cluster()->admin($port)->ok('CLIENT', 'LIST', 'ID', $id), "id=$id ");
    }

    public function testSameCredentialsReuseThePooledConnection(): void
    {
        $a = self::open(['bob', 'pw-bob']);
        $ids = self::clientIds($a);
        unset($a);
        $b = self::open(['bob', 'pw-bob']);
        $this->assertSame($ids, self::clientIds($b), 'one object after the other: the same sockets');
        $this->assertWorksOnEveryMaster($b, 'reuse:');
        unset($b);
        $c = self::open(['bob', 'pw-bob']);
        $this->assertSame($ids, self::clientIds($c));
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'bob'), self::whoami($c));
    }

    public function testOtherCredentialsNeverShareASocket(): void
    {
        $def = self::open(self::PASS);
        $idsDefault = self::clientIds($def);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($def));
        unset($def);

        $alice = self::open(['alice', self::ALICE_PW]);
        $idsAlice = self::clientIds($alice);
        foreach ($idsDefault as $p => $id) {
            $this->assertNotSame($id, $idsAlice[$p], "master $p: alice got the default user's socket");
        }
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'alice'), self::whoami($alice));
        unset($alice);

        // Back to the default user: its own pooled sockets, still the default user.
        $def = self::open(self::PASS);
        $this->assertSame($idsDefault, self::clientIds($def));
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($def));

        // Both alive at once, each is who it says.
        $alice = self::open(['alice', self::ALICE_PW]);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'alice'), self::whoami($alice));
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($def));
        $this->assertSame($idsAlice, self::clientIds($alice));
    }

    /** An authenticated pooled socket is no way around AUTH for anyone else. */
    public function testAuthenticatedSocketsAreNotHandedToWrongOrMissingCredentials(): void
    {
        $carol = self::open(['carol', 'pw-carol']);
        $this->assertWorksOnEveryMaster($carol, 'nosteal:');
        unset($carol); // its sockets are in the pool now, authenticated as carol
        $attempts = [
            'wrong password' => ['carol', 'not-pw-carol'],
            'no password' => null,
            'password only' => 'pw-carol',
            'the default user\'s wrong password' => 'pw-wrong',
        ];
        foreach ($attempts as $what => $auth) {
            [, $thrown] = self::capture(fn () => self::open($auth));
            $this->assertInstanceOf(RedisClusterException::class, $thrown, "$what: got a working object");
        }
        $carol = self::open(['carol', 'pw-carol']);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'carol'), self::whoami($carol));
    }

    /**
     * The pool key must tell every pair of credentials apart. ["zed\0pw", "zed-tail"] is not
     * ["zed", "pw\0zed-tail"]: the server refuses the first (no such user) and accepts the
     * second, so the first must never be handed a socket the second authenticated.
     */
    public function testCredentialsDifferingOnlyInWhereTheUserEndsDoNotShareASocket(): void
    {
        foreach (self::cluster()->ports as $p) {
            self::cluster()->admin($p)->ok('ACL', 'SETUSER', 'zed', 'on', ">pw\0zed-tail", '~*', '&*', '+@all');
        }
        $victim = ['zed', "pw\0zed-tail"];
        $other = ["zed\0pw", 'zed-tail'];
        // Each on its own: the server knows the first and not the second.
        $rc = new RedisCluster(null, self::cluster()->seeds(), 2, 2, false, $victim);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'zed'), self::whoami($rc));
        [, $thrown] = self::capture(fn () => new RedisCluster(null, self::cluster()->seeds(), 2, 2, false, $other));
        $this->assertInstanceOf(RedisClusterException::class, $thrown, 'the server accepted the other credentials');

        $rc = self::open($victim);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'zed'), self::whoami($rc));
        unset($rc); // zed's authenticated sockets are in the pool
        [$rc, $thrown] = self::capture(fn () => self::open($other));
        $this->assertInstanceOf(RedisClusterException::class, $thrown,
            'credentials the server refuses were given the pooled sockets of user zed: '
            . json_encode($rc ? self::whoami($rc) : null));
    }

    /** An empty user name is not "no user": AUTH "" <password> is refused, AUTH <password> is not. */
    public function testEmptyUserNameDoesNotShareTheSocketsOfNoUserName(): void
    {
        [, $thrown] = self::capture(fn () => new RedisCluster(null, self::cluster()->seeds(), 2, 2, false, ['', self::PASS]));
        $this->assertInstanceOf(RedisClusterException::class, $thrown, 'the server accepted AUTH "" <password>');
        $rc = self::open(self::PASS);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'default'), self::whoami($rc));
        unset($rc);
        [, $thrown] = self::capture(fn () => self::open(['', self::PASS]));
        $this->assertInstanceOf(RedisClusterException::class, $thrown,
            '["", password] was given the pooled sockets of the password alone');
    }

    /**
     * A socket left in a transaction by rawcommand('MULTI') must not be pooled: the next
     * object's SET would be answered +QUEUED (true) and never run, and every reply after it
     * would be wrong. (phpredis 5.3 does not reuse it in this scenario.)
     */
    public function testASocketLeftInsideMultiIsNotReused(): void
    {
        $a = self::open(['fay', 'pw-fay']);
        $this->assertTrue($a->rawcommand(self::node(self::BASE), 'MULTI'));
        unset($a);
        $b = self::open(['fay', 'pw-fay']);
        $key = self::cluster()->keyOn(self::BASE, 'multi:');
        $this->assertIsInt($b->rawcommand(self::node(self::BASE), 'CLIENT', 'ID'), 'a reply of a queued command');
        $this->assertTrue($b->set($key, 'written'));
        $this->assertSame('written', self::cluster()->admin(self::BASE)->call('GET', $key), 'SET said true, wrote nothing');
        $this->assertSame('written', $b->get($key));
    }

    /** A socket re-authenticated by rawcommand('AUTH', ...) as someone else is not pooled as ours. */
    public function testASocketReauthenticatedByHandIsNotReusedUnderTheOldCredentials(): void
    {
        $a = self::open(['gus', 'pw-gus']);
        $this->assertTrue($a->rawcommand(self::node(self::BASE), 'AUTH', 'alice', self::ALICE_PW));
        $this->assertSame('alice', $a->rawcommand(self::node(self::BASE), 'ACL', 'WHOAMI'));
        unset($a);
        $b = self::open(['gus', 'pw-gus']);
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'gus'), self::whoami($b));
    }

    /**
     * BLPOP cut short by the read timeout: its reply (when it comes) must never be read as
     * the answer to a later command of a later persistent object.
     */
    public function testAReplyLeftUnreadNeverLeaksIntoTheNextObject(): void
    {
        $k = '{unread}:list';
        $v = '{unread}:value';
        $port = self::cluster()->portOfKey($k);
        $admin = self::cluster()->admin($port);
        $admin->ok('DEL', $k);
        $admin->ok('SET', $v, 'the-right-value');

        $a = self::open(['dave', 'pw-dave'], 0.5);
        $this->assertSame('the-right-value', $a->get($v));
        $blockedId = $a->rawcommand(self::node($port), 'CLIENT', 'ID');
        [$e] = $this->assertThrowsWithin(fn () => $a->rawcommand($k, 'BLPOP', $k, 2), RedisClusterException::class,
            0.4, 1.5);

        // Right away, with the first object still alive and then without it.
        foreach ([true, false] as $keepFirst) {
            if (!$keepFirst) {
                unset($a);
            }
            $b = self::open(['dave', 'pw-dave'], 0.5);
            $this->assertSame(1, $b->rpush($k, 'pushed'), 'RPUSH answered with someone else\'s reply');
            $this->assertSame('the-right-value', $b->get($v), 'GET answered with someone else\'s reply');
            $this->assertSame('pushed', $b->lpop($k));
            $this->assertNotSame($blockedId, $b->rawcommand(self::node($port), 'CLIENT', 'ID'));
            unset($b);
        }

        // The socket that timed out was closed, not kept: the server let go of the blocked
        // client long before BLPOP's own 2 s.
        $deadline = microtime(true) + 1.0;
        while (self::connected($port, $blockedId) && microtime(true) < $deadline) {
            usleep(20000);
        }
        $this->assertFalse(self::connected($port, $blockedId), 'the timed-out connection is still open');
    }

    /** A pooled socket the server closed: the next persistent object reconnects silently. */
    public function testPooledSocketKilledByTheServerIsReplaced(): void
    {
        $a = self::open(['erin', 'pw-erin']);
        $ids = self::clientIds($a);
        unset($a);
        foreach ($ids as $p => $id) {
            $this->assertSame(1, self::cluster()->admin($p)->ok('CLIENT', 'KILL', 'ID', $id));
        }
        [$b, $thrown, $warnings] = self::capture(fn () => self::open(['erin', 'pw-erin']));
        $this->assertNull($thrown, (string)$thrown);
        $this->assertSame([], $warnings);
        [, $thrown, $warnings] = self::capture(fn () => $this->assertWorksOnEveryMaster($b, 'killed:'));
        $this->assertNull($thrown, (string)$thrown);
        $this->assertSame([], $warnings);
        $newIds = self::clientIds($b);
        foreach ($ids as $p => $id) {
            $this->assertNotSame($id, $newIds[$p]);
        }
        $this->assertSame(array_fill_keys(self::cluster()->ports, 'erin'), self::whoami($b));
    }

    /** Killed while in the pool, then every command of the next object is a write. */
    public function testKilledPooledSocketThenAWriteFirst(): void
    {
        $a = self::open(['erin', 'pw-erin']);
        $key = self::cluster()->keyOn(self::BASE, 'killw:');
        $a->set($key, 'before');
        $id = $a->rawcommand(self::node(self::BASE), 'CLIENT', 'ID');
        unset($a);
        self::cluster()->admin(self::BASE)->ok('CLIENT', 'KILL', 'ID', $id);
        $b = self::open(['erin', 'pw-erin']);
        // SET is not retried after a connection loss; it must not meet the dead socket at all.
        $this->assertTrue($b->set($key, 'after'));
        $this->assertSame('after', self::cluster()->admin(self::BASE)->call('GET', $key));
    }
}
