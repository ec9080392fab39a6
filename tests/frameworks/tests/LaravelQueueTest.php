<?php

declare(strict_types=1);

namespace FrameworkTests;

use Illuminate\Container\Container;
use Illuminate\Queue\Jobs\RedisJob;
use Illuminate\Queue\RedisQueue;

/**
 * Illuminate\Queue\RedisQueue: its Lua scripts (push, pop, release, migrate, size, clear)
 * over the list queues:<name>, the sorted sets queues:<name>:delayed and :reserved and
 * the list queues:<name>:notify. On a cluster every script names all four keys, so the
 * queue's name is a hash tag ({name}), as Laravel's documentation asks.
 */
final class LaravelQueueTest extends LaravelTestCase
{
    private function queue(string $target, ?int $blockFor = null, int $retryAfter = 60): RedisQueue
    {
        $q = new RedisQueue($this->manager($target), '{' . $this->id . '}', 'fw', $retryAfter, $blockFor);
        $q->setContainer(new Container());
        $q->setConnectionName('redis');
        return $q;
    }

    private function key(string $suffix = ''): string
    {
        return 'queues:{' . $this->id . '}' . $suffix;
    }

    /** @dataProvider targets */
    public function testPushPopDelete(string $target): void
    {
        $q = $this->queue($target);
        $in = $this->inspector($target);
        $id = $q->push('App\\Jobs\\SendMail', ['to' => 'ada@example.org']);
        $this->assertIsString($id);

        $ready = $in->lrange($this->key());
        $this->assertCount(1, $ready);
        $payload = json_decode($ready[0], true);
        $this->assertSame($id, $payload['id']);
        $this->assertSame('App\\Jobs\\SendMail', $payload['job']);
        $this->assertSame(['to' => 'ada@example.org'], $payload['data']);
        $this->assertSame(0, $payload['attempts']);
        $this->assertSame(['1'], $in->lrange($this->key(':notify')));
        $this->assertSame(1, $q->size());

        $job = $q->pop();
        $this->assertInstanceOf(RedisJob::class, $job);
        $this->assertSame($id, $job->getJobId());
        $this->assertSame(1, $job->attempts());
        $this->assertSame([], $in->lrange($this->key()));
        $this->assertSame([], $in->lrange($this->key(':notify')));
        $reserved = $in->zscores($this->key(':reserved'));
        $this->assertSame([$job->getReservedJob()], array_keys($reserved));
        $this->assertSame(1, json_decode($job->getReservedJob(), true)['attempts']);
        $this->assertEqualsWithDelta(time() + 60, $reserved[$job->getReservedJob()], 2, 'reserved until retry_after');
        $this->assertSame(1, $q->size());

        $job->delete();
        $this->assertFalse($in->exists($this->key(':reserved')));
        $this->assertSame(0, $q->size());
        $this->assertNull($q->pop());
    }

    /** later(): the :delayed set, due at the job's time; pop() migrates it once due.
     * @dataProvider targets
     */
    public function testLater(string $target): void
    {
        $q = $this->queue($target);
        $in = $this->inspector($target);
        $id = $q->later(300, 'App\\Jobs\\Remind', ['n' => 1]);
        $delayed = $in->zscores($this->key(':delayed'));
        $this->assertCount(1, $delayed);
        $payload = array_key_first($delayed);
        $this->assertSame($id, json_decode($payload, true)['id']);
        $this->assertEqualsWithDelta(time() + 300, $delayed[$payload], 2);
        $this->assertSame(1, $q->size());
        $this->assertNull($q->pop(), 'not due yet');

        // time passes: the inspector makes it due, as the clock would
        $in->cmd($this->key(':delayed'), 'ZADD', $this->key(':delayed'), 'XX', time() - 1, $payload);
        $job = $q->pop();
        $this->assertInstanceOf(RedisJob::class, $job);
        $this->assertSame($id, $job->getJobId());
        $this->assertFalse($in->exists($this->key(':delayed')));
        $job->delete();
    }

    /** release(): back to :delayed with its attempts counted; a reservation that expired is retried.
     * @dataProvider targets
     */
    public function testReleaseAndRetryAfter(string $target): void
    {
        $q = $this->queue($target, null, 30);
        $in = $this->inspector($target);
        $q->push('App\\Jobs\\Flaky');
        $job = $q->pop();
        $job->release(120);
        $this->assertTrue($job->isReleased());
        $this->assertFalse($in->exists($this->key(':reserved')));
        $delayed = $in->zscores($this->key(':delayed'));
        $this->assertSame([$job->getReservedJob()], array_keys($delayed));
        $this->assertEqualsWithDelta(time() + 120, $delayed[$job->getReservedJob()], 2);
        $this->assertNull($q->pop());

        $in->cmd($this->key(':delayed'), 'ZADD', $this->key(':delayed'), 'XX', time() - 1, $job->getReservedJob());
        $again = $q->pop();
        $this->assertSame(2, $again->attempts());

        // a worker that died: its reservation expires and pop() hands the job out again
        $in->cmd($this->key(':reserved'), 'ZADD', $this->key(':reserved'), 'XX', time() - 1, $again->getReservedJob());
        $third = $q->pop();
        $this->assertInstanceOf(RedisJob::class, $third);
        $this->assertSame(3, $third->attempts());
        $this->assertSame($again->getJobId(), $third->getJobId());
    }

    /** block_for: pop() on an empty queue waits on BLPOP of :notify, and wakes up for a push.
     * @dataProvider targets
     */
    public function testBlockFor(string $target): void
    {
        $q = $this->queue($target, 1);
        $t0 = microtime(true);
        $this->assertNull($q->pop());
        $waited = microtime(true) - $t0;
        $this->assertGreaterThanOrEqual(0.9, $waited, 'BLPOP waited block_for');
        $this->assertLessThan(3.0, $waited);

        // another process pushes while pop() waits (up to 5 s): it returns at once with the job
        $q = $this->queue($target, 5);
        $payload = json_encode(['uuid' => 'u1', 'displayName' => 'J', 'job' => 'J', 'data' => [], 'id' => 'pushed-by-peer', 'attempts' => 0]);
        [$host, $port] = self::split($this->inspector($target)->addrOf($this->key()));
        $peer = proc_open(['sh', '-c', 'sleep 0.5; redis-cli -h "$0" -p "$1" RPUSH "$2" "$3" >/dev/null; redis-cli -h "$0" -p "$1" RPUSH "$4" 1 >/dev/null',
            $host, (string)$port, $this->key(), $payload, $this->key(':notify')], [], $pipes);
        $this->assertIsResource($peer);
        $t0 = microtime(true);
        $job = $q->pop();
        $waited = microtime(true) - $t0;
        proc_close($peer);
        $this->assertInstanceOf(RedisJob::class, $job);
        $this->assertSame('pushed-by-peer', $job->getJobId());
        $this->assertLessThan(4.0, $waited, 'woken by the push, not by the timeout');
    }

    /** @dataProvider targets */
    public function testClear(string $target): void
    {
        $q = $this->queue($target);
        $in = $this->inspector($target);
        $q->push('A');
        $q->push('B');
        $q->later(60, 'C');
        $q->pop();
        $this->assertSame(3, $q->size());
        $this->assertSame(3, $q->clear(null));
        foreach (['', ':delayed', ':reserved', ':notify'] as $suffix) {
            $this->assertFalse($in->exists($this->key($suffix)), $suffix);
        }
    }

    /**
     * bulk() on a cluster fails with both modules, and nothing is pushed: phpredis's
     * RedisCluster has no pipeline(); this module's refuses MULTI inside a cluster
     * pipeline (a warning, false), and Laravel calls exec() on that false.
     */
    public function testBulkClusterFails(): void
    {
        $q = $this->queue('cluster');
        $e = self::thrownBy(fn () => $q->bulk(['A', 'B']), $warnings);
        $this->assertInstanceOf(\Error::class, $e);
        if (self::isPhpredis()) {
            $this->assertStringContainsString('undefined method RedisCluster::pipeline()', $e->getMessage());
        } else {
            $this->assertStringContainsString('exec() on bool', $e->getMessage());
            $this->assertSame(['RedisCluster::multi(): MULTI inside a pipeline is not supported on a cluster'], $warnings);
        }
        $this->assertSame([], $this->inspector('cluster')->keys("*$this->id*"));
    }

    /** bulk(): a pipeline holding a MULTI block of pushes, on a standalone server. */
    public function testBulkStandalone(): void
    {
        $q = $this->queue('standalone');
        $in = $this->inspector('standalone');
        $q->bulk(['A', 'B', 'C'], ['k' => 'v']);
        $jobs = array_map(fn ($p) => json_decode($p, true)['job'], $in->lrange($this->key()));
        $this->assertSame(['A', 'B', 'C'], $jobs);
        $this->assertSame(['1', '1', '1'], $in->lrange($this->key(':notify')));
        $this->assertSame(3, $q->size(), 'the connection is out of the pipeline afterwards');
    }
}
