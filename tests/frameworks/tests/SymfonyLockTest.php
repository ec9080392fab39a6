<?php

declare(strict_types=1);

namespace FrameworkTests;

use Symfony\Component\Lock\Key;
use Symfony\Component\Lock\LockFactory;
use Symfony\Component\Lock\Store\RedisStore;

/**
 * Symfony\Component\Lock\Store\RedisStore: a lock is a sorted set named after the
 * resource, holding each owner's token (and "__write__" for a write lock) scored by its
 * expiry in milliseconds, kept by Lua scripts that read the server's TIME; the key's
 * PEXPIREAT follows the latest expiry.
 */
final class SymfonyLockTest extends SymfonyTestCase
{
    private static function token(Key $key): string
    {
        return $key->getState(RedisStore::class);
    }

    /** @dataProvider dsns */
    public function testAcquireRefreshReleaseWithTwoOwners(string $target, string $dsn): void
    {
        $factory = new LockFactory(new RedisStore(self::connect($dsn)));
        $in = $this->inspector($target);
        $resource = "$this->id:invoice";
        $mine = new Key($resource);
        $theirs = new Key($resource);
        $lock = $factory->createLockFromKey($mine, 30, false);
        $other = $factory->createLockFromKey($theirs, 30, false);

        $this->assertTrue($lock->acquire());
        $this->assertSame('zset', $in->type($resource));
        $members = $in->zscores($resource);
        $this->assertEqualsCanonicalizing([self::token($mine), '__write__'], array_keys($members));
        $this->assertEqualsWithDelta(microtime(true) * 1000 + 30000, $members[self::token($mine)], 2000);
        $pttl = $in->pttl($resource);
        $this->assertGreaterThan(28000, $pttl);
        $this->assertLessThanOrEqual(30000, $pttl);

        $this->assertFalse($other->acquire(), 'another owner');
        $this->assertTrue($lock->isAcquired());
        $this->assertFalse($other->isAcquired());

        $lock->refresh(90);
        $this->assertGreaterThan(85000, $in->pttl($resource));
        $this->assertGreaterThan(85, $lock->getRemainingLifetime());

        $other->release(); // not its lock: nothing changes
        $this->assertTrue($lock->isAcquired());
        $lock->release();
        $this->assertFalse($in->exists($resource));
        $this->assertFalse($lock->isAcquired());

        $this->assertTrue($other->acquire());
        $this->assertEqualsCanonicalizing([self::token($theirs), '__write__'], array_keys($in->zscores($resource)));
        $other->release();
        $this->assertFalse($in->exists($resource));
    }

    /** @dataProvider dsns */
    public function testExpiry(string $target, string $dsn): void
    {
        $factory = new LockFactory(new RedisStore(self::connect($dsn)));
        $in = $this->inspector($target);
        $resource = "$this->id:short";
        $lock = $factory->createLock($resource, 0.4, false);
        $this->assertTrue($lock->acquire());
        $this->assertLessThanOrEqual(400, $in->pttl($resource));
        usleep(600000);
        $this->assertFalse($in->exists($resource), 'expired on the server');
        $this->assertFalse($lock->isAcquired());
        $next = $factory->createLock($resource, 10, false);
        $this->assertTrue($next->acquire());
        $next->release();
    }

    /** Read locks are shared; a write lock waits for none of them to be held.
     * @dataProvider dsns
     */
    public function testSharedReadLocks(string $target, string $dsn): void
    {
        $factory = new LockFactory(new RedisStore(self::connect($dsn)));
        $in = $this->inspector($target);
        $resource = "$this->id:doc";
        $r1 = $factory->createLock($resource, 30, false);
        $r2 = $factory->createLock($resource, 30, false);
        $w = $factory->createLock($resource, 30, false);
        $this->assertTrue($r1->acquireRead());
        $this->assertTrue($r2->acquireRead());
        $this->assertCount(2, $in->zscores($resource));
        $this->assertArrayNotHasKey('__write__', $in->zscores($resource));
        $this->assertFalse($w->acquire());
        $r1->release();
        $this->assertFalse($w->acquire());
        $r2->release();
        $this->assertTrue($w->acquire());
        $this->assertArrayHasKey('__write__', $in->zscores($resource));
        $this->assertFalse($factory->createLock($resource, 30, false)->acquireRead());
        $w->release();
    }
}
