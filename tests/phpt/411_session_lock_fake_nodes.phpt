--TEST--
rediscluster session locking against scripted nodes: a busy lock, NOSCRIPT, a lost lock, hostile replies, a node that dies holding the lock or mid-reply
--EXTENSIONS--
redis
session
--INI--
redis.session.locking_enabled=1
redis.session.lock_expire=7
redis.session.lock_retries=3
redis.session.lock_wait_time=10000
--FILE--
<?php
require __DIR__ . '/session.inc';

function lock_case(string $title, array $evalsha, array $rules = [], ?callable $between = null, string $prefix = ''): void
{
    sess_lock_case('rediscluster', $title, $evalsha, $rules, $between, $prefix);
}

lock_case('taken and released in the write', [['array' => [1, 'n|i:1;']], 1]);
lock_case('another owner holds it: 1 + lock_retries attempts', [['array' => [0]]]);
lock_case('NOSCRIPT: EVAL once, the node keeps the script', [['err' => 'NOSCRIPT No matching script. Please use EVAL.']],
    [['cmd' => 'EVAL', 'replies' => [['array' => [1, null]], 1]]]);
lock_case('the lock expired and another request took it: nothing written', [['array' => [1, 'n|i:1;']], -1]);
lock_case('a renewal finds no key: written under the lock', [['array' => [1, 'n|i:1;']], 0, 1]);
lock_case('the node dies while the lock is held', [['array' => [1, 'n|i:1;']]], [], fn() => fake_kill(0));
lock_case('the node closes the connection mid-reply: sent again once, then given up',
    [['raw' => "*2\r\n:1\r\n\$10\r\nn|i", 'close' => true]]);
lock_case('the lock script answers a string', ['n|i:1;']);
lock_case('the lock script answers [1, [..]]', [['array' => [1, ['x']]]]);
lock_case('the lock script answers an error', [['err' => 'ERR something']]);
lock_case('the lock script answers [2]: another owner', [['array' => [2]]]);
lock_case('the save script answers a string', [['array' => [1, 'n|i:1;']], 'OK']);
lock_case('a prefix with a hash tag: the lock key keeps it', [['array' => [1, null]], 1], [], null, '&prefix={app}:');
lock_case('a prefix with a } but no tag: no lock key can share the slot', [], [], null, '&prefix=a}b:');
?>
--EXPECTF--
== taken and released in the write
session_start: true, data: {"n":1}
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
bounded
== another owner holds it: 1 + lock_retries attempts
warning: Failed to acquire session lock
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== NOSCRIPT: EVAL once, the node keeps the script
session_start: true, data: []
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVAL <script> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
EVAL <script> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
bounded
== the lock expired and another request took it: nothing written
session_start: true, data: {"n":1}
warning: Unable to write session: session lock expired (another request may hold it)
warning: Failed to write session data (rediscluster). Please verify that the current setting of session.save_path is correct (seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
bounded
== a renewal finds no key: written under the lock
session_start: true, data: {"n":1}
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
bounded
== the node dies while the lock is held
session_start: true, data: {"n":1}
warning: Error writing session data to Redis (%s)
warning: Failed to write session data (rediscluster). Please verify that the current setting of session.save_path is correct (seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
warning: Failed to release session lock (%s)
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== the node closes the connection mid-reply: sent again once, then given up
warning: Failed to acquire session lock (%s)
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== the lock script answers a string
warning: Failed to acquire session lock (Unexpected reply to the lock script)
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== the lock script answers [1, [..]]
warning: Failed to acquire session lock (Unexpected reply to the lock script)
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== the lock script answers an error
warning: Failed to acquire session lock (ERR something)
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== the lock script answers [2]: another owner
warning: Failed to acquire session lock
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
session_start: false
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
bounded
== the save script answers a string
session_start: true, data: {"n":1}
warning: Error writing session data to Redis (Unexpected reply to the save script)
warning: Failed to write session data (rediscluster). Please verify that the current setting of session.save_path is correct (seed[]=127.0.0.1:%d&timeout=1&read_timeout=1)
warning: Failed to release session lock (Unexpected reply to the unlock script)
session_write_close: true
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 7000 0
EVALSHA <sha> 2 PHPREDIS_CLUSTER_SESSION:sid1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret> 1440 n|i:2;
EVALSHA <sha> 1 {PHPREDIS_CLUSTER_SESSION:sid1}_LOCK <secret>
bounded
== a prefix with a hash tag: the lock key keeps it
session_start: true, data: []
session_write_close: true
EVALSHA <sha> 2 {app}:sid1 {app}:sid1_LOCK <secret> 7000 0
EVALSHA <sha> 2 {app}:sid1 {app}:sid1_LOCK <secret> 1440 n|i:2;
bounded
== a prefix with a } but no tag: no lock key can share the slot
warning: Session key 'a}b:sid1' holds a '}' but no hash tag: no lock key can share its slot (check the prefix)
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=1&prefix=a}b:)
session_start: false

bounded
