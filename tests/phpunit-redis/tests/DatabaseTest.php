<?php

namespace RedisTests;

use Redis;

/** select(), getDBNum(), move(), swapdb(), dbSize(), flushDB(), flushAll(). */
final class DatabaseTest extends RedisTestCase
{
    public function testSelect(): void
    {
        $k = $this->key();
        $this->assertTrue($this->r->select(3));
        $this->assertSame(3, $this->r->getDBNum());
        $this->assertTrue($this->r->set($k, 'in-3'));
        $this->assertSame('in-3', $this->serverGet($k, 3));
        $this->assertNull($this->serverGet($k, 0));
        $this->assertTrue($this->r->select(0));
        $this->assertFalse($this->r->get($k));
    }

    /**
     * An index the server refuses: false and its error. phpredis 5.3.7 then says getDBNum()
     * 99 while the connection stays in db 3; a negative index is refused unsent.
     */
    public function testSelectOutOfRange(): void
    {
        $this->assertTrue($this->r->select(3));
        $this->assertFalse($this->r->select(99));
        $this->assertSame('ERR DB index is out of range', $this->lastError());
        $this->assertSame(self::isPhpredis5() ? 99 : 3, $this->r->getDBNum());
        $this->assertMatchesRegularExpression('/ db=3 /', $this->r->rawcommand('CLIENT', 'INFO'));
        $this->r->clearLastError();
        [$cmds, $ok] = $this->sent(fn () => $this->r->select(-1));
        $this->assertFalse($ok);
        $this->assertSame([], $cmds, 'nothing sent');
        $this->assertNull($this->r->getLastError());
    }

    public function testMove(): void
    {
        $k = $this->key();
        $this->assertTrue($this->r->set($k, 'v'));
        $this->assertTrue($this->r->move($k, 2));
        $this->assertSame('v', $this->serverGet($k, 2));
        $this->assertNull($this->serverGet($k, 0));
        $this->assertFalse($this->r->move($k, 2), 'no such key here any more');
        $this->assertFalse($this->r->move($this->key('none'), 2));
        $this->assertTrue($this->r->set($k, 'again'));
        $this->assertFalse($this->r->move($k, 2), 'the key exists in the target db');
        $this->assertSame('v', $this->serverGet($k, 2));
        $this->assertFalse($this->r->move($k, 99));
        $this->assertSame('ERR DB index is out of range', $this->lastError());
    }

    public function testSwapdb(): void
    {
        $k = $this->key();
        Servers::callIn(Servers::master(), 6, 'SET', $k, 'was-in-6');
        Servers::callIn(Servers::master(), 7, 'SET', $k, 'was-in-7');
        $this->assertTrue($this->r->swapdb(6, 7));
        $this->assertSame('was-in-7', $this->serverGet($k, 6));
        $this->assertSame('was-in-6', $this->serverGet($k, 7));
        $this->assertTrue($this->r->swapdb(6, 7));
        $this->assertSame('was-in-6', $this->serverGet($k, 6));
        $this->assertFalse($this->r->swapdb(6, 99));
        $this->assertSame('ERR DB index is out of range', $this->lastError());
    }

    public function testDbSizeAndFlushDb(): void
    {
        $this->assertTrue(Servers::isOurs(Servers::master()), 'flushing a server scripts/standalone.sh did not start');
        $this->assertTrue($this->r->select(15));
        $this->assertTrue($this->r->flushDB());
        $this->assertSame(0, $this->r->dbSize());
        $this->r->set($this->key('a'), 1);
        $this->r->set($this->key('b'), 2);
        $this->assertSame(2, $this->r->dbSize());
        Servers::callIn(Servers::master(), 14, 'SET', $this->key(), 'kept');
        // phpredis 5.3.7's flushDB($async): true ASYNC, false nothing. phpredis 6.1's
        // flushDB(?bool $sync), which this module follows: null nothing, true SYNC, false ASYNC.
        $this->assertSends([['FLUSHDB']], fn () => $this->assertTrue($this->r->flushDB()));
        $this->assertSame(0, $this->r->dbSize());
        $this->assertSame('kept', $this->serverGet($this->key(), 14), 'the other dbs are left');
        $this->r->set($this->key('a'), 1);
        $this->assertSends([self::isPhpredis5() ? ['FLUSHDB', 'ASYNC'] : ['FLUSHDB', 'SYNC']],
            fn () => $this->assertTrue($this->r->flushDB(true)));
        $this->assertSends([self::isPhpredis5() ? ['FLUSHDB'] : ['FLUSHDB', 'ASYNC']],
            fn () => $this->assertTrue($this->r->flushDB(false)));
    }

    public function testFlushAll(): void
    {
        $this->assertTrue(Servers::isOurs(Servers::master()), 'flushing a server scripts/standalone.sh did not start');
        foreach ([0, 5, 9] as $db) {
            Servers::callIn(Servers::master(), $db, 'SET', $this->key(), "in-$db");
        }
        $this->assertSends([['FLUSHALL']], fn () => $this->assertTrue($this->r->flushAll()));
        foreach ([0, 5, 9] as $db) {
            $this->assertNull($this->serverGet($this->key(), $db));
        }
        $this->assertSends([self::isPhpredis5() ? ['FLUSHALL', 'ASYNC'] : ['FLUSHALL', 'SYNC']],
            fn () => $this->assertTrue($this->r->flushAll(true)));
        $this->assertSends([self::isPhpredis5() ? ['FLUSHALL'] : ['FLUSHALL', 'ASYNC']],
            fn () => $this->assertTrue($this->r->flushAll(false)));
    }
}
