<?php
/*
 * The redis session handler against a standalone server (tests/session/lib/Standalone.php):
 * every test of SessionTest (key, bytes and TTL, destroy, gc, new IDs reserved, strict
 * mode, ID regeneration, lazy_write, early_refresh, compression), plus what only this
 * handler has: the database option, unix sockets, several servers picked by weight.
 */

declare(strict_types=1);

namespace SessionTest;

require_once __DIR__ . '/SessionTest.php';

final class RedisSessionTest extends SessionTest
{
    use OnStandalone;

    public function testDatabaseIsSelected(): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        $r = Peer::run('ours', $this->job([['start', $id], ['set', ['db' => 2]], ['write_close']], [], 'database=2'));
        $this->assertSame([], $r['warnings']);
        $this->assertSame('db|i:2;', Standalone::get()->client(0, 2)->call('GET', $key));
        $this->assertSame(0, Standalone::get()->client(0, 0)->call('EXISTS', $key), 'nothing in database 0');
        $r = Peer::run('ours', $this->job([['start', $id], ['abort']], [], 'database=2'));
        $this->assertSame(['db' => 2], $r['data']);
    }

    /** unix:///path, unix:/path and a bare path: one socket, the session read back over TCP. */
    public function testUnixSockets(): void
    {
        $sock = Standalone::get()->socket();
        foreach (["unix://$sock", "unix:$sock", $sock] as $n => $server) {
            $id = $this->sid("u$n");
            $job = ['ini' => ['session.save_handler' => 'redis', 'session.save_path' => "$server?prefix=$this->uniq:"],
                'steps' => [['start', $id], ['set', ['n' => $n]], ['write_close']]];
            $r = Peer::run('ours', $job);
            $this->assertSame([], $r['warnings'], $server);
            $this->assertSame("n|i:$n;", $this->serverCall('', 'GET', "$this->uniq:$id"), $server);
        }
    }

    /** Two servers, weights 1 and 3: each session is on the server the documented rule
     *  names (docs/sessions.md; the same as phpredis's choice, RedisCompatTest) and only
     *  there, read back from there. */
    public function testSeveralServersEachSessionOnTheServerItsIdPicks(): void
    {
        $s = Standalone::get();
        $path = "tcp://{$s->address(0)}?weight=1&prefix=$this->uniq:, tcp://{$s->address(1)}?weight=3&prefix=$this->uniq:";
        $on = [0 => 0, 1 => 0];
        for ($n = 0; $n < 24; $n++) {
            $id = substr(md5("session $n"), 0, 8) . $this->uniq;
            $job = ['ini' => ['session.save_handler' => 'redis', 'session.save_path' => $path],
                'steps' => [['start', $id], ['set', ['n' => $n]], ['write_close'], ['start', $id], ['abort']]];
            $r = Peer::run('ours', $job);
            $this->assertSame([], $r['warnings']);
            $this->assertSame(['n' => $n], $r['data']);
            $want = self::serverFor($id, [1, 3]);
            $this->assertSame("n|i:$n;", $s->client($want)->call('GET', "$this->uniq:$id"), "$id on server $want");
            $this->assertSame(0, $s->client(1 - $want)->call('EXISTS', "$this->uniq:$id"), "$id only there");
            $on[$want]++;
        }
        $this->assertGreaterThan(0, $on[0], 'some sessions on the first server');
        $this->assertGreaterThan($on[0], $on[1], 'more on the heavier one');
    }

    /** The rule of docs/sessions.md, written independently of the module: the servers in
     *  reverse order, each owning weight consecutive numbers; the ID's first four bytes as
     *  a little-endian number modulo the total weight. */
    public static function serverFor(string $id, array $weights): int
    {
        $pos = unpack('V', str_pad(substr($id, 0, 4), 4, "\0"))[1] % array_sum($weights);
        for ($i = count($weights) - 1, $end = 0; $i > 0; $i--) {
            $end += $weights[$i];
            if ($pos < $end) {
                return $i;
            }
        }
        return 0;
    }
}
