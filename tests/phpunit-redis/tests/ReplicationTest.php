<?php

namespace RedisTests;

use Redis;

/**
 * role(), replicaof() / slaveof() (against the replica, restored afterwards), failover()
 * (refused on the lone second master), wait() with a replica that is cut off.
 */
final class ReplicationTest extends RedisTestCase
{
    protected function tearDown(): void
    {
        // Whatever happened: the replica follows the master again, and the sentinels agree.
        Servers::admin(Servers::replica())->call('REPLICAOF', '127.0.0.1', Servers::master());
        Servers::waitSetupHealthy();
        parent::tearDown();
    }

    public function testRole(): void
    {
        $role = $this->r->role();
        $this->assertSame('master', $role[0]);
        $this->assertIsInt($role[1], 'the replication offset');
        $this->assertSame('127.0.0.1', $role[2][0][0]);
        $this->assertSame((string)Servers::replica(), $role[2][0][1], 'as the server sends it: a string');
        $replica = $this->client(2.0, 2.0, Servers::replica());
        $this->assertSame(['slave', '127.0.0.1', Servers::master(), 'connected'], array_slice($replica->role(), 0, 4));
        $this->assertSame(['master', 0, []], $this->client(2.0, 2.0, Servers::second())->role());
    }

    /** Writing to the replica: READONLY is thrown, not returned. */
    public function testReadonlyReplica(): void
    {
        $replica = $this->client(2.0, 2.0, Servers::replica());
        $e = $this->assertThrows(fn () => $replica->set($this->key(), 'x'));
        $this->assertSame("READONLY You can't write against a read only replica.", $e->getMessage());
        $this->r->set($this->key(), 'from-master');
        $this->assertSame(1, $this->r->wait(1, 2000));
        $this->assertSame('from-master', $replica->get($this->key()));
    }

    public function testSlaveofReplicaof(): void
    {
        $replica = $this->client(2.0, 2.0, Servers::replica());
        $this->assertTrue($replica->slaveof(), 'no host: SLAVEOF NO ONE');
        $this->assertSame('master', $replica->role()[0]);
        $this->assertTrue($replica->set($this->key(), 'writable now'));
        $this->assertTrue($replica->slaveof('127.0.0.1', Servers::master()));
        $this->assertSame('slave', $replica->role()[0]);
        Servers::waitReplicaInSync();
        $this->assertNull(Servers::admin(Servers::replica())->call('GET', $this->key()), 'resynchronised from the master');
        if ($this->onlyInPhpredis6('replicaof')) {
            return;
        }
        $this->assertTrue($replica->replicaof());
        $this->assertSame('master', $replica->role()[0]);
        $this->assertTrue($replica->replicaof('127.0.0.1', Servers::master()));
        $this->assertSame(['slave', '127.0.0.1', Servers::master()], array_slice($replica->role(), 0, 3));
    }

    /** FAILOVER on a master without replicas is refused: false, the server's error. */
    public function testFailoverRefusedOnALoneMaster(): void
    {
        if ($this->onlyInPhpredis6('failover')) {
            return;
        }
        $second = $this->client(2.0, 2.0, Servers::second());
        $this->assertFalse($second->failover());
        $this->assertSame('ERR FAILOVER requires connected replicas.', $this->lastError($second));
        $this->assertFalse($second->failover(['host' => '127.0.0.1', 'port' => Servers::replica()], false, 100));
        $this->assertSame('ERR FAILOVER requires connected replicas.', $this->lastError($second), 'TO host port TIMEOUT');
        $this->assertFalse($second->failover(null, true), 'ABORT');
        $this->assertSame('ERR No failover in progress.', $this->lastError($second));
        $this->assertSame('master', $second->role()[0]);
    }

    /** WAIT with the replica cut off: 0 acknowledgements after the timeout. */
    public function testWaitWithoutTheReplica(): void
    {
        Servers::admin(Servers::replica())->ok('REPLICAOF', 'NO', 'ONE');
        $this->r->set($this->key(), 'x');
        $t = microtime(true);
        $this->assertSame(0, $this->r->wait(1, 300));
        $this->assertGreaterThan(0.25, microtime(true) - $t);
    }
}
