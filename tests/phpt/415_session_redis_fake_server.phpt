--TEST--
redis session handler against a scripted server: phpredis's lock name, a busy lock, a server that dies holding the lock or mid-read, ID reservation and strict mode
--EXTENSIONS--
redis
session
--INI--
redis.session.lock_expire=7
redis.session.lock_retries=3
redis.session.lock_wait_time=10000
session.gc_maxlifetime=600
--FILE--
<?php
require __DIR__ . '/session.inc';

function lock_case(string $title, array $evalsha, array $rules = [], ?callable $between = null, string $more = ''): void
{
    sess_lock_case('redis', $title, $evalsha, $rules, $between, $more);
}

ini_set('redis.session.locking_enabled', '1');
lock_case('taken and released in the write: the lock is <key>_LOCK, as phpredis names it', [['array' => [1, 'n|i:1;']], 1]);
lock_case('another owner (phpredis, say) holds it: 1 + lock_retries attempts', [['array' => [0]]]);
lock_case('NOSCRIPT: EVAL once', [['err' => 'NOSCRIPT No matching script. Please use EVAL.']],
    [['cmd' => 'EVAL', 'replies' => [['array' => [1, null]], 1]]]);
lock_case('the lock expired and another request took it: nothing written', [['array' => [1, 'n|i:1;']], -1]);
lock_case('the server dies while the lock is held', [['array' => [1, 'n|i:1;']]], [], fn() => fake_kill(0));
lock_case('the server closes the connection mid-reply of the lock: sent again once, then given up',
    [['raw' => "*2\r\n:1\r\n\$10\r\nn|i", 'close' => true]]);
lock_case('the server never answers the lock: the read timeout ends it', [['hang' => true]]);
lock_case('a prefix and a database: the lock key follows the prefix, SELECT first', [['array' => [1, null]], 1],
    [sess_rule('SELECT', ['status' => 'OK'])], null, '&prefix=app:&database=2');

ini_set('redis.session.locking_enabled', '0');
foreach ([
    'without locking, the server closes the connection mid-read' => ['raw' => "\$10\r\nn|i", 'close' => true],
    'without locking, the server never answers the read' => ['hang' => true],
    'without locking, the server answers the read with an array' => ['array' => ['x']],
] as $title => $reply) {
    echo "== $title\n";
    fake_start([['rules' => [['cmd' => 'GET', 'reply' => $reply]]]]);
    $t0 = microtime(true);
    sess_start('tcp://' . fake_addr(0) . '?timeout=1&read_timeout=1');
    echo sess_cmds(0), "\n";
    echo microtime(true) - $t0 < 3 ? "bounded\n" : "took too long\n";
    fake_stop();
}

/* New IDs reserved with SET NX EX (a collision tries another), strict mode's EXISTS: on
 * the server the ID picks. */
sess_ini(['session.use_strict_mode' => 1]);
foreach ([
    'no ID: one reserved' => [[['status' => 'OK']], null],
    'two collisions, then a free ID' => [[null, null, ['status' => 'OK']], null],
    'strict mode, an unknown ID: replaced by a reserved one' => [[['status' => 'OK']], 'unknown1'],
    'strict mode, an existing ID: kept' => [[['status' => 'OK']], 'known1'],
] as $title => [$set, $id]) {
    echo "== $title\n";
    fake_start([[
        'data' => ['PHPREDIS_SESSION:known1' => 'n|i:4;'],
        'rules' => [['cmd' => 'SET', 'replies' => $set], sess_rule('SETEX', ['status' => 'OK'])],
    ]]);
    if (sess_start('tcp://' . fake_addr(0), $id)) {
        sess_write(['n' => 1]);
    }
    echo preg_replace('/PHPREDIS_SESSION:[0-9a-v]{26,}/', 'PHPREDIS_SESSION:<new>', sess_cmds(0)), "\n";
    fake_stop();
}
?>
--EXPECTF--
== taken and released in the write: the lock is <key>_LOCK, as phpredis names it
session_start: true, data: {"n":1}
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 600 n|i:2;
bounded
== another owner (phpredis, say) holds it: 1 + lock_retries attempts
warning: Failed to acquire session lock
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
bounded
== NOSCRIPT: EVAL once
session_start: true, data: []
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVAL <script> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 600 n|i:2;
EVAL <script> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 600 n|i:2;
bounded
== the lock expired and another request took it: nothing written
session_start: true, data: {"n":1}
warning: Unable to write session: session lock expired (another request may hold it)
warning: Failed to write session data (redis). Please verify that the current setting of session.save_path is correct (tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 600 n|i:2;
bounded
== the server dies while the lock is held
session_start: true, data: {"n":1}
warning: Error writing session data to Redis (Connection lost)
warning: Failed to write session data (redis). Please verify that the current setting of session.save_path is correct (tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
warning: Failed to release session lock (Redis server 127.0.0.1:%d went away)
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
bounded
== the server closes the connection mid-reply of the lock: sent again once, then given up
warning: Failed to acquire session lock (Error reading from 127.0.0.1:%d: connection lost)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
bounded
== the server never answers the lock: the read timeout ends it
warning: Failed to acquire session lock (Timed out reading from 127.0.0.1:%d)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_SESSION:sid1 PHPREDIS_SESSION:sid1_LOCK <secret> 7000 0
bounded
== a prefix and a database: the lock key follows the prefix, SELECT first
session_start: true, data: []
session_write_close: true
SELECT 2
EVALSHA <sha> 2 app:sid1 app:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 app:sid1 app:sid1_LOCK <secret> 600 n|i:2;
bounded
== without locking, the server closes the connection mid-read
warning: Error reading session data from Redis (Error reading from 127.0.0.1:%d: connection lost)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_start: false
GET PHPREDIS_SESSION:sid1
bounded
== without locking, the server never answers the read
warning: Error reading session data from Redis (Timed out reading from 127.0.0.1:%d)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_start: false
GET PHPREDIS_SESSION:sid1
bounded
== without locking, the server answers the read with an array
warning: Error reading session data from Redis (Unexpected reply to GET)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=1)
session_start: false
GET PHPREDIS_SESSION:sid1
bounded
== no ID: one reserved
session_start: true, data: []
session_write_close: true
SET PHPREDIS_SESSION:<new>  NX EX 600
GET PHPREDIS_SESSION:<new>
SETEX PHPREDIS_SESSION:<new> 600 n|i:1;
== two collisions, then a free ID
notice: Redis session ID collision, retrying 2 time(s)
notice: Redis session ID collision, retrying 1 time(s)
session_start: true, data: []
session_write_close: true
SET PHPREDIS_SESSION:<new>  NX EX 600
SET PHPREDIS_SESSION:<new>  NX EX 600
SET PHPREDIS_SESSION:<new>  NX EX 600
GET PHPREDIS_SESSION:<new>
SETEX PHPREDIS_SESSION:<new> 600 n|i:1;
== strict mode, an unknown ID: replaced by a reserved one
session_start: true, data: []
session_write_close: true
EXISTS PHPREDIS_SESSION:unknown1
SET PHPREDIS_SESSION:<new>  NX EX 600
GET PHPREDIS_SESSION:<new>
SETEX PHPREDIS_SESSION:<new> 600 n|i:1;
== strict mode, an existing ID: kept
session_start: true, data: {"n":4}
session_write_close: true
EXISTS PHPREDIS_SESSION:known1
GET PHPREDIS_SESSION:known1
SETEX PHPREDIS_SESSION:known1 600 n|i:1;