<?php
/*
 * Session locking of the redis handler against a standalone server: every test of
 * LockTest, with phpredis's lock key <session key>_LOCK. That phpredis 5.3.7's requests
 * and this module's exclude each other is RedisCompatTest's.
 */

declare(strict_types=1);

namespace SessionTest;

require_once __DIR__ . '/LockTest.php';

final class RedisLockTest extends LockTest
{
    use OnStandalone;
}
