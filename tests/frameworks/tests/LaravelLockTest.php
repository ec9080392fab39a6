<?php

declare(strict_types=1);

namespace FrameworkTests;

use Illuminate\Cache\RedisStore;
use Illuminate\Contracts\Cache\LockTimeoutException;

/**
 * The cache store's atomic locks (Illuminate\Cache\PhpRedisLock): SET NX EX with the
 * owner's token as the value, released by a Lua script that deletes the key only when it
 * still holds the caller's token (packed by the connection's serializer and compressor).
 */
final class LaravelLockTest extends LaravelTestCase
{
    private function store(string $target, array $options = []): RedisStore
    {
        return new RedisStore($this->manager($target, $options), $this->id, 'fw');
    }

    /** @dataProvider targets */
    public function testGetReleaseAndOwner(string $target): void
    {
        $store = $this->store($target);
        $in = $this->inspector($target);
        $lock = $store->lock('report', 10);
        $this->assertTrue($lock->get());
        $this->assertSame($lock->owner(), $in->get("$this->id:report"));
        $this->assertTtl($in, "$this->id:report", 8, 10);

        $other = $store->lock('report', 10);
        $this->assertFalse($other->get(), 'held by another owner');
        $this->assertFalse($other->release(), 'only the owner releases');
        $this->assertSame($lock->owner(), $in->get("$this->id:report"));

        // restoreLock(): another process, the same owner token
        $this->assertTrue($store->restoreLock('report', $lock->owner())->release());
        $this->assertFalse($in->exists("$this->id:report"));
        $this->assertTrue($other->get());
        $this->assertSame($other->owner(), $in->get("$this->id:report"));
        $other->forceRelease();
        $this->assertFalse($in->exists("$this->id:report"));
    }

    /** @dataProvider targets */
    public function testGetWithCallbackAndWithoutExpiry(string $target): void
    {
        $store = $this->store($target);
        $in = $this->inspector($target);
        $seen = null;
        $result = $store->lock('cb', 5)->get(function () use ($in, &$seen) {
            $seen = $in->get("$this->id:cb");
            return 'done';
        });
        $this->assertSame('done', $result);
        $this->assertNotNull($seen, 'held while the callback ran');
        $this->assertFalse($in->exists("$this->id:cb"), 'released after it');

        // seconds 0: SETNX, no expiry
        $forever = $store->lock('forever');
        $this->assertTrue($forever->get());
        $this->assertSame(-1, $in->ttl("$this->id:forever"));
        $this->assertTrue($forever->release());
    }

    /** @dataProvider targets */
    public function testBlock(string $target): void
    {
        $store = $this->store($target);
        $holder = $store->lock('busy', 10);
        $this->assertTrue($holder->get());

        $t0 = microtime(true);
        $e = self::thrownBy(fn () => $store->lock('busy', 10)->betweenBlockedAttemptsSleepFor(50)->block(1));
        $this->assertInstanceOf(LockTimeoutException::class, $e);
        // Laravel counts whole seconds (time()): it gives up 0 to 1 s after the deadline's second began
        $this->assertLessThan(3.0, microtime(true) - $t0);

        // released meanwhile by another client (the inspector, as another process would)
        $in = $this->inspector($target);
        $in->cmd("$this->id:busy", 'DEL', "$this->id:busy");
        $waiter = $store->lock('busy', 10)->betweenBlockedAttemptsSleepFor(50);
        $this->assertSame('ran', $waiter->block(2, fn () => 'ran'));
        $this->assertFalse($in->exists("$this->id:busy"));
    }

    /**
     * With a serializer and a compressor on the connection the token is stored packed
     * (SET goes through them) and release() compares it with
     * PhpRedisConnection::pack(), which calls the client's _pack() on phpredis >= 5.3.5
     * and otherwise compresses itself with the lzf extension.
     * @dataProvider targets
     */
    public function testReleaseWithSerializerAndCompression(string $target): void
    {
        $store = $this->store($target, ['serializer' => \Redis::SERIALIZER_PHP, 'compression' => \Redis::COMPRESSION_LZF]);
        $in = $this->inspector($target);
        $lock = $store->lock('packed', 10);
        $this->assertTrue($lock->get());
        $raw = $in->get("$this->id:packed");
        $this->assertNotNull($raw);
        $this->assertNotSame(serialize($lock->owner()), $raw, 'compressed');
        $this->assertTrue($lock->release());
        $this->assertFalse($in->exists("$this->id:packed"));
    }
}
