<?php
/*
 * The redis handler and Debian's phpredis 5.3.7 (its redis handler) on the same servers:
 * each reads what the other wrote (CompatCases); with several servers each finds a session
 * on the server the other put it on; and the two lock the same key, <session key>_LOCK, so
 * that a request of one waits for a request of the other holding it, both ways.
 */

declare(strict_types=1);

namespace SessionTest;

final class RedisCompatTest extends SessionTestCase
{
    use OnStandalone;
    use CompatCases;

    /** Both modules' lock settings: a 5 s wait at most, locks that expire should a test fail. */
    private const LOCKING = ['redis.session.locking_enabled' => 1, 'redis.session.lock_expire' => 20,
        'redis.session.lock_retries' => 500, 'redis.session.lock_wait_time' => 10000];

    /** @return iterable<string, array{string, string}> the holder, the one that must wait */
    public static function lockPairs(): iterable
    {
        yield 'phpredis holds, ours waits' => ['phpredis', 'ours'];
        yield 'ours holds, phpredis waits' => ['ours', 'phpredis'];
    }

    /** @dataProvider lockPairs */
    public function testPhpredisAndOursExcludeEachOther(string $holder, string $waiter): void
    {
        $id = $this->sid();
        $key = $this->defaultPrefix() . $id;
        $lock = $this->lockKey($key);
        $first = Peer::start($holder, $this->job([['start', $id], ['note', "$this->dir/held"], ['wait', "$this->dir/go"],
            ['set', [$holder => 1]], ['write_close']], self::LOCKING));
        $this->waitNote("$this->dir/held");
        $secret = (string)$this->serverCall($lock, 'GET', $lock);
        $this->assertMatchesRegularExpression($holder === 'ours' ? '/^[^|]+\|\d+\|[0-9a-f]{32}$/' : '/^[^|]+\|\d+$/',
            $secret, "the lock $lock holds $holder's secret");

        $second = Peer::start($waiter, $this->job([['start', $id], ['set', [$waiter => 1]], ['write_close']], self::LOCKING));
        usleep(700000);
        $this->assertSame($secret, $this->serverCall($lock, 'GET', $lock), "$waiter did not take $holder's lock");
        $this->assertSame(0, $this->serverCall($key, 'EXISTS', $key), "$waiter wrote nothing yet");
        touch("$this->dir/go");
        $r1 = $first->wait();
        $r2 = $second->wait();
        $this->assertSame([], $r1['warnings'], "$holder's warnings");
        $this->assertSame([], $r2['warnings'], "$waiter's warnings");
        $this->assertTrue($r2['steps'][0]['result']);
        $this->assertGreaterThan(0.5, $r2['steps'][0]['t'], "$waiter's start waited for $holder's lock");
        $this->assertSame([$holder => 1, $waiter => 1], $r2['data'], "$waiter read what $holder wrote");
        $this->assertSame("$holder|i:1;$waiter|i:1;", $this->serverCall($key, 'GET', $key));
        $this->assertSame(0, $this->serverCall($lock, 'EXISTS', $lock), 'the lock released');
    }

    /** Three servers (weights 1, 2, 1, one by its unix socket): a session phpredis wrote is
     *  read by this module and the reverse, so both picked the same server for each ID. */
    public function testSeveralServersEachModuleFindsTheOthersSessions(): void
    {
        $s = Standalone::get();
        $path = "tcp://{$s->address(0)}?weight=1&prefix=$this->uniq:, tcp://{$s->address(1)}?weight=2&prefix=$this->uniq:"
            . " unix://{$s->socket(0)}?weight=1&prefix=$this->uniq:u:";
        $ini = ['session.save_handler' => 'redis', 'session.save_path' => $path];
        $ids = array_map(fn ($n) => substr(md5("placed $n"), 0, 8) . $this->uniq, range(0, 15));
        foreach (['phpredis' => 'ours', 'ours' => 'phpredis'] as $writer => $reader) {
            $steps = [];
            foreach ($ids as $n => $id) {
                array_push($steps, ['start', $id], ['set', [$writer => $n]], ['write_close']);
            }
            $this->assertSame([], Peer::run($writer, ['ini' => $ini, 'steps' => $steps])['warnings'], $writer);
            foreach ($ids as $n => $id) {
                $r = Peer::run($reader, ['ini' => $ini, 'steps' => [['start', $id], ['abort']]]);
                $this->assertSame([], $r['warnings'], "$reader reads $id");
                $this->assertSame(($writer === 'ours' ? ['phpredis' => $n] : []) + [$writer => $n], $r['data'],
                    "$reader found $id where $writer put it");
            }
        }
        $keys = [self::scan($s->client(0), "$this->uniq:*"), self::scan($s->client(1), "$this->uniq:*")];
        $this->assertCount(count($ids), array_merge(...$keys), 'each session on one server, its unix socket included');
        $this->assertNotEmpty(preg_grep("/^$this->uniq:u:/", $keys[0]), 'sessions through the unix socket');
        $this->assertNotEmpty(preg_grep("/^$this->uniq:[^u]/", $keys[0]), 'sessions on the first server');
        $this->assertNotEmpty($keys[1], 'sessions on the second server');
    }
}
