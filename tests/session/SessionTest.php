<?php
/*
 * The rediscluster session handler against the local cluster, one PHP request per peer
 * process: what it stores (key, bytes, TTL), destroy, gc, new IDs, strict mode, ID
 * regeneration, early_refresh, lazy_write and compression. Each checks the server behind
 * the module's back. RedisSessionTest runs the same tests with the redis handler.
 */

declare(strict_types=1);

namespace SessionTest;

class SessionTest extends SessionTestCase
{
    public function testWriteThenReadBackUnderTheDefaultKeyWithGcMaxlifetimeTtl(): void
    {
        $id = $this->sid();
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 1, 's' => "caf\u{e9}"]], ['write_close']],
            ['session.gc_maxlifetime' => 1000]));
        $this->assertSame([], $r['warnings']);
        $this->assertSame(['start' => true, 'set' => null, 'write_close' => true], self::results($r));
        $key = $this->defaultPrefix() . $id;
        $this->assertSame('n|i:1;s|s:5:"' . "caf\u{e9}" . '";', $this->serverCall($key, 'GET', $key));
        $ttl = $this->serverCall($key, 'TTL', $key);
        $this->assertGreaterThan(990, $ttl);
        $this->assertLessThanOrEqual(1000, $ttl);

        $r = Peer::run('ours', $this->job([['start', $id], ['abort']]));
        $this->assertSame(['n' => 1, 's' => "caf\u{e9}"], $r['data']);
        $this->assertSame([], $r['warnings']);
    }

    public function testPrefixNamesTheKey(): void
    {
        $id = $this->sid();
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 2]], ['write_close']], [],
            "prefix=app:$this->uniq:"));
        $this->assertSame([], $r['warnings']);
        $this->assertSame('n|i:2;', $this->serverCall("app:$this->uniq:$id", 'GET', "app:$this->uniq:$id"));
        $this->assertNull($this->serverCall($this->defaultPrefix() . $id, 'GET', $this->defaultPrefix() . $id));
    }

    public function testDestroyDeletesTheKeyAndGcDeletesNothing(): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 3]], ['write_close']]));
        $this->assertSame(1, $this->serverCall($key, 'EXISTS', $key));

        $r = Peer::run('ours', $this->job([['start', $id], ['gc'], ['destroy']]));
        $this->assertSame([], $r['warnings']);
        // Redis expires sessions itself: session_gc() reports nothing deleted.
        $this->assertSame(['start' => true, 'gc' => 0, 'destroy' => true], self::results($r));
        $this->assertSame(0, $this->serverCall($key, 'EXISTS', $key));
    }

    public function testNewSessionIsReservedEmptyWithItsTtlBeforeItIsWritten(): void
    {
        $note = "$this->dir/id";
        $go = "$this->dir/go";
        $peer = Peer::start('ours', $this->job([['start', null], ['note', $note], ['wait', $go], ['set', ['n' => 4]],
            ['write_close']], ['session.gc_maxlifetime' => 500], "prefix=$this->uniq:"));
        $key = "$this->uniq:" . $this->waitNote($note);
        $this->assertSame('', $this->serverCall($key, 'GET', $key), 'the new ID is reserved (SET key "" NX EX)');
        $this->assertGreaterThan(490, $this->serverCall($key, 'TTL', $key));
        touch($go);
        $r = $peer->wait();
        $this->assertSame([], $r['warnings']);
        $this->assertSame('n|i:4;', $this->serverCall($key, 'GET', $key));
    }

    public function testStrictModeReplacesAnUnknownIdAndKeepsAKnownOne(): void
    {
        $strict = ['session.use_strict_mode' => 1];
        $prefix = "prefix=$this->uniq:";
        $known = $this->sid('known');
        Peer::run('ours', $this->job([['start', $known], ['set', ['n' => 5]], ['write_close']], [], $prefix));

        $r = Peer::run('ours', $this->job([['start', $known], ['abort']], $strict, $prefix));
        $this->assertSame($known, $r['id']);
        $this->assertSame(['n' => 5], $r['data']);

        $unknown = $this->sid('unknown');
        $r = Peer::run('ours', $this->job([['start', $unknown], ['set', ['n' => 6]], ['write_close']], $strict, $prefix));
        $this->assertSame([], $r['warnings']);
        $this->assertNotSame($unknown, $r['id']);
        $this->assertSame(0, $this->serverCall("$this->uniq:$unknown", 'EXISTS', "$this->uniq:$unknown"));
        $this->assertSame('n|i:6;', $this->serverCall("$this->uniq:{$r['id']}", 'GET', "$this->uniq:{$r['id']}"));
    }

    /** session_regenerate_id() in strict mode checks the new ID: the reservation the handler
     *  just made is not taken for a collision (it would be, three times, leaving three empty
     *  sessions behind). With locking on, the new session's lock is taken and released too. */
    public function testRegenerateIdInStrictModeMakesExactlyOneNewSession(): void
    {
        $prefix = "prefix=$this->uniq:";
        foreach ([0, 1] as $locking) {
            $old = $this->sid("old$locking");
            $ini = ['session.use_strict_mode' => 1, 'redis.session.locking_enabled' => $locking];
            Peer::run('ours', $this->job([['start', $old], ['set', ['n' => 7]], ['write_close']], [], $prefix));
            $r = Peer::run('ours', $this->job([['start', $old], ['regenerate', true], ['set', ['m' => 8]], ['write_close']],
                $ini, $prefix));
            $this->assertSame([], $r['warnings'], "locking $locking");
            $this->assertSame(['start' => true, 'regenerate' => true, 'set' => null, 'write_close' => true], self::results($r));
            $keys = $this->keysWith("$this->uniq:");
            $new = "$this->uniq:{$r['id']}";
            $this->assertSame([$new], $keys, "locking $locking: only the new session is left");
            $this->assertSame('n|i:7;m|i:8;', $this->serverCall($new, 'GET', $new));
            $this->serverCall($new, 'DEL', $new);
        }
    }

    /** With session.lazy_write (the default) an unchanged session is not written again: its
     *  expiry is renewed (update_timestamp, EXPIRE). */
    public function testUnchangedSessionGetsItsExpiryRenewedNotRewritten(): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 9]], ['write_close']]));
        $this->serverCall($key, 'EXPIRE', $key, 50);
        $r = Peer::run('ours', $this->job([['start', $id], ['write_close']], ['session.gc_maxlifetime' => 2000]));
        $this->assertSame([], $r['warnings']);
        $this->assertGreaterThan(1990, $this->serverCall($key, 'TTL', $key));
        $this->assertSame('n|i:9;', $this->serverCall($key, 'GET', $key));

        // A session that expired meanwhile is written again, not lost.
        $this->serverCall($key, 'DEL', $key);
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 10]], ['write_close']]));
        $this->serverCall($key, 'DEL', $key);
        $this->assertSame([], $r['warnings']);
    }

    /** redis.session.early_refresh: the read renews the expiry (GETEX), so a request that only
     *  reads (read_and_close) keeps the session alive; without it, the expiry is left. */
    public function testEarlyRefreshRenewsTheExpiryOnRead(): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        Peer::run('ours', $this->job([['start', $id], ['set', ['n' => 11]], ['write_close']]));
        foreach ([0 => [40, 50], 1 => [2990, 3000]] as $early => [$lo, $hi]) {
            $this->serverCall($key, 'EXPIRE', $key, 50);
            $r = Peer::run('ours', $this->job([['start', $id, ['read_and_close' => true]]],
                ['session.gc_maxlifetime' => 3000, 'redis.session.early_refresh' => $early]));
            $this->assertSame([], $r['warnings']);
            $this->assertSame(['n' => 11], $r['data']);
            $ttl = $this->serverCall($key, 'TTL', $key);
            $this->assertGreaterThan($lo, $ttl, "early_refresh=$early");
            $this->assertLessThanOrEqual($hi, $ttl, "early_refresh=$early");
        }
    }

    /** redis.session.compression: the bytes phpredis 6 writes (the value compressor of
     *  OPT_COMPRESSION at redis.session.compression_level), read back by either setting. */
    public function testCompressedSessionsAreStoredAsTheValueCompressorWritesThem(): void
    {
        $data = ['text' => str_repeat('a session that compresses well ', 40)];
        $raw = 'text|s:' . strlen($data['text']) . ':"' . $data['text'] . '";';
        foreach (['lzf' => \RedisCluster::COMPRESSION_LZF, 'zstd' => \RedisCluster::COMPRESSION_ZSTD,
                  'lz4' => \RedisCluster::COMPRESSION_LZ4] as $name => $kind) {
            $id = $this->sid($name);
            $key = $this->defaultPrefix() . $id;
            $ini = ['redis.session.compression' => $name, 'redis.session.compression_level' => 5];
            $r = Peer::run('ours', $this->job([['start', $id], ['set', $data], ['write_close']], $ini));
            $this->assertSame([], $r['warnings']);
            $stored = $this->serverCall($key, 'GET', $key);
            $this->assertSame(bin2hex($this->compressor($kind, 5)->_compress($raw)), bin2hex($stored), $name);
            $this->assertLessThan(strlen($raw), strlen($stored), $name);

            $r = Peer::run('ours', $this->job([['start', $id], ['abort']], $ini));
            $this->assertSame($data, $r['data'], "$name: read back");
            // A session written uncompressed (by phpredis 5, or before the setting) reads as it is.
            $this->serverCall($key, 'SET', $key, $raw);
            $r = Peer::run('ours', $this->job([['start', $id], ['abort']], $ini));
            $this->assertSame($data, $r['data'], "$name: uncompressed data read as it is");
        }
    }
}
