<?php
/*
 * Sessions written by Debian's phpredis 5.3.7 (its rediscluster handler) are read by this
 * module and the reverse (CompatCases). phpredis 5.3.7 takes no lock on a cluster, so it
 * does not wait for this module's lock (docs/sessions.md).
 */

declare(strict_types=1);

namespace SessionTest;

final class CompatTest extends SessionTestCase
{
    use CompatCases;

    /** phpredis 5.3.7 has no locking on a cluster: it reads and writes while this module holds the lock. */
    public function testPhpredis5IgnoresTheLock(): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        $holder = Peer::start('ours', $this->job([['start', $id], ['note', "$this->dir/held"], ['wait', "$this->dir/go"],
            ['set', ['ours' => 1]], ['write_close']], ['redis.session.locking_enabled' => 1]));
        $this->waitNote("$this->dir/held");
        $r = Peer::run('phpredis', $this->job([['start', $id], ['set', ['theirs' => 1]], ['write_close']],
            ['redis.session.locking_enabled' => 1]));
        $this->assertSame([], $r['warnings']);
        $this->assertLessThan(0.2, $r['steps'][0]['t'], 'phpredis did not wait');
        $this->assertSame('theirs|i:1;', $this->serverCall($key, 'GET', $key));
        touch("$this->dir/go");
        $this->assertSame([], $holder->wait()['warnings']);
        $this->assertSame('ours|i:1;', $this->serverCall($key, 'GET', $key), "phpredis's write is lost");
    }
}
