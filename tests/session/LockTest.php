<?php
/*
 * Session locking on the cluster (redis.session.locking_enabled), with overlapping PHP
 * requests in processes of their own: the lock's key, slot, secret and expiry; a second
 * request waits for the first (and, without locking, overwrites it); a start that cannot
 * get the lock in time fails; the lock of a process that died expires; a request whose
 * lock expired and was taken by another does not overwrite that one's data. RedisLockTest
 * runs the same tests with the redis handler (the lock key <key>_LOCK, on its server).
 */

declare(strict_types=1);

namespace SessionTest;

class LockTest extends SessionTestCase
{
    private const LOCKING = ['redis.session.locking_enabled' => 1];

    /** Peers still running when a test fails: stopped in tearDown. @var list<Peer> */
    private array $running = [];
    /** The session each holder() peer holds, by object id. @var array<int,string> */
    private array $holding = [];

    protected function tearDown(): void
    {
        foreach ($this->running as $p) {
            $p->kill();
        }
        $this->running = [];
        parent::tearDown();
    }

    /** Starts a peer holding the session $id locked until the file "go-<id>" appears; returns once it holds it. */
    private function holder(string $id, array $ini = [], array $data = ['holder' => 1]): Peer
    {
        $peer = Peer::start('ours', $this->job([['start', $id], ['note', "$this->dir/held-$id"], ['wait', "$this->dir/go-$id"],
            ['set', $data], ['write_close']], $ini + self::LOCKING));
        $this->running[] = $peer;
        $this->holding[spl_object_id($peer)] = $id;
        $this->waitNote("$this->dir/held-$id");
        return $peer;
    }

    private function finish(Peer $peer): array
    {
        touch("$this->dir/go-" . $this->holding[spl_object_id($peer)]);
        $this->running = array_values(array_filter($this->running, fn ($p) => $p !== $peer));
        return $peer->wait();
    }

    private function lockOf(string $id): string
    {
        return $this->lockKey($this->defaultPrefix() . $id);
    }

    /** On the cluster the lock is in the session's slot; on one server that goes without saying. */
    public function testTheLockSharesTheSessionSlotHoldsItsOwnersSecretAndExpires(): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        $lock = $this->lockOf($id);
        $peer = $this->holder($id, ['redis.session.lock_expire' => 20]);
        if ($this->handler() === 'rediscluster') {
            $this->assertSame($this->serverCall($key, 'CLUSTER', 'KEYSLOT', $key), $this->serverCall($key, 'CLUSTER', 'KEYSLOT', $lock));
        }
        $secret = $this->serverCall($lock, 'GET', $lock);
        $this->assertMatchesRegularExpression('/^[^|]+\|' . $peer->pid . '\|[0-9a-f]{32}$/', (string)$secret,
            'host|pid|random');
        $pttl = $this->serverCall($lock, 'PTTL', $lock);
        $this->assertGreaterThan(18000, $pttl);
        $this->assertLessThanOrEqual(20000, $pttl);
        $r = $this->finish($peer);
        $this->assertSame([], $r['warnings']);
        $this->assertSame(0, $this->serverCall($lock, 'EXISTS', $lock), 'released by the write');
        $this->assertSame('holder|i:1;', $this->serverCall($key, 'GET', $key));
    }

    public function testASecondRequestWaitsForTheFirstWhereWithoutLockingItOverwritesIt(): void
    {
        foreach ([1, 0] as $locking) {
            $id = $this->sid("l$locking");
            $ini = ['redis.session.locking_enabled' => $locking, 'redis.session.lock_retries' => 300,
                'redis.session.lock_wait_time' => 10000];
            $first = $this->holder($id, $ini);
            $second = Peer::start('ours', $this->job([['start', $id], ['set', ['second' => 2]], ['write_close']], $ini));
            $this->running[] = $second;
            usleep(600000);
            $r1 = $this->finish($first);
            $this->running = [];
            $r2 = $second->wait();
            $this->assertSame([], $r1['warnings']);
            $this->assertSame([], $r2['warnings']);
            $key = $this->defaultPrefix() . $id;
            if ($locking) {
                $this->assertGreaterThan(0.1, $r2['steps'][0]['t'], 'the second start waited for the lock');
                $this->assertSame(['holder' => 1, 'second' => 2], $r2['data'], 'it read what the first wrote');
                $this->assertSame('holder|i:1;second|i:2;', $this->serverCall($key, 'GET', $key));
            } else {
                $this->assertLessThan(0.1, $r2['steps'][0]['t']);
                $this->assertSame('holder|i:1;', $this->serverCall($key, 'GET', $key), "the second request's write is lost");
            }
        }
    }

    public function testAStartThatCannotGetTheLockInTimeFailsWithAWarning(): void
    {
        $id = $this->sid();
        $holder = $this->holder($id);
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['late' => 1]], ['write_close']],
            self::LOCKING + ['redis.session.lock_retries' => 5, 'redis.session.lock_wait_time' => 50000]));
        $this->assertFalse($r['steps'][0]['result']);
        $this->assertSame('Failed to acquire session lock', $r['warnings'][0]);
        $this->assertStringStartsWith('Failed to read session data: ' . $this->handler() . ' ', $r['warnings'][1]);
        $t = $r['steps'][0]['t'];
        $this->assertGreaterThan(0.24, $t, '5 waits of 50 ms');
        $this->assertLessThan(1.5, $t);
        $this->finish($holder);
        $key = $this->defaultPrefix() . $id;
        $this->assertSame('holder|i:1;', $this->serverCall($key, 'GET', $key));
    }

    public function testTheLockOfAProcessThatDiedExpires(): void
    {
        $id = $this->sid();
        $peer = $this->holder($id, ['redis.session.lock_expire' => 1]);
        $peer->kill();
        $this->running = [];
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['next' => 1]], ['write_close']],
            self::LOCKING + ['redis.session.lock_retries' => 150, 'redis.session.lock_wait_time' => 20000]));
        $this->assertSame([], $r['warnings']);
        $this->assertTrue($r['steps'][0]['result']);
        $this->assertLessThan(1.6, $r['steps'][0]['t'], 'taken once the dead process\'s lock expired (1 s)');
        $key = $this->defaultPrefix() . $id;
        $this->assertSame('next|i:1;', $this->serverCall($key, 'GET', $key));
    }

    public function testARequestWhoseLockExpiredAndWasTakenDoesNotOverwriteTheNewOwner(): void
    {
        $id = $this->sid();
        $slow = $this->holder($id, ['redis.session.lock_expire' => 1], ['slow' => 1]);
        usleep(1200000);
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['fast' => 1]], ['write_close']], self::LOCKING));
        $this->assertSame([], $r['warnings']);
        $r = $this->finish($slow);
        $this->assertSame('Unable to write session: session lock expired (another request may hold it)', $r['warnings'][0]);
        $key = $this->defaultPrefix() . $id;
        $this->assertSame('fast|i:1;', $this->serverCall($key, 'GET', $key));
    }

    public function testReadAndCloseAbortAndDestroyReleaseTheLock(): void
    {
        $id = $this->sid();
        $lock = $this->lockOf($id);
        Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 1]], ['write_close']], self::LOCKING));
        foreach ([[['start', $id, ['read_and_close' => true]]], [['start', $id], ['abort']], [['start', $id], ['destroy']]] as $steps) {
            $r = Peer::run('ours', $this->job(array_merge($steps, [['note', "$this->dir/x"]]), self::LOCKING));
            $this->assertSame([], $r['warnings']);
            $this->assertSame(0, $this->serverCall($lock, 'EXISTS', $lock), json_encode($steps));
        }
        $key = $this->defaultPrefix() . $id;
        $this->assertSame(0, $this->serverCall($key, 'EXISTS', $key), 'destroyed');
    }

    public function testWithoutLockingNoLockIsTaken(): void
    {
        $id = $this->sid();
        $peer = $this->holder($id, ['redis.session.locking_enabled' => 0]);
        $this->assertSame(0, $this->serverCall($this->lockOf($id), 'EXISTS', $this->lockOf($id)));
        $this->assertSame([], $this->finish($peer)['warnings']);
    }
}
