--TEST--
rediscluster session IDs: a new ID is reserved with SET NX EX (a collision tries another, three times), strict mode checks a given ID with EXISTS
--EXTENSIONS--
redis
session
--INI--
session.gc_maxlifetime=600
--FILE--
<?php
require __DIR__ . '/session.inc';
sess_ini(['session.use_strict_mode' => 1]);

function sid_case(string $title, array $set, ?string $id): void
{
    echo "== $title\n";
    fake_cluster(1, [0 => [
        'data' => ['PHPREDIS_CLUSTER_SESSION:known1' => 'n|i:4;'],
        'rules' => [['cmd' => 'SET', 'replies' => $set], sess_rule('SETEX', ['status' => 'OK'])],
    ]]);
    try {
        if (sess_start('seed[]=' . fake_addr(0), $id)) {
            $sid = session_id();
            sess_write(['n' => 1]);
        }
    } catch (Error $e) {
        echo str_replace(fake_addr(0), 'S', fake_exc($e)), "\n";
    }
    $log = fake_log(0);
    $reserved = [];
    foreach ($log as $cmd) {
        if (preg_match('/^SET PHPREDIS_CLUSTER_SESSION:(\S+)  NX EX 600$/', $cmd, $m)) {
            $reserved[] = $m[1];
        }
    }
    echo 'reserved: ', count($reserved), ' distinct: ', count(array_unique($reserved)),
        isset($sid) && $reserved ? ', the session is the last one reserved: ' . var_export(end($reserved) === $sid, true) : '', "\n";
    $cmds = preg_replace('/^(SET|SETEX|GET) PHPREDIS_CLUSTER_SESSION:[0-9a-v]{26,}/', '$1 PHPREDIS_CLUSTER_SESSION:<new>',
        preg_grep('/^(EXISTS|GET|SETEX) /', $log));
    echo $cmds ? implode("\n", $cmds) : '(nothing read or written)', "\n";
    fake_stop();
}

sid_case('no ID: one reserved', [['status' => 'OK']], null);
sid_case('two collisions, then a free ID', [null, null, ['status' => 'OK']], null);
sid_case('three collisions: no session', [null], null);
sid_case('strict mode, an unknown ID: replaced by a reserved one', [['status' => 'OK']], 'unknown1');
sid_case('strict mode, an existing ID: kept', [['status' => 'OK']], 'known1');
?>
--EXPECTF--
== no ID: one reserved
session_start: true, data: []
session_write_close: true
reserved: 1 distinct: 1, the session is the last one reserved: true
GET PHPREDIS_CLUSTER_SESSION:<new>
SETEX PHPREDIS_CLUSTER_SESSION:<new> 600 n|i:1;
== two collisions, then a free ID
notice: Redis session ID collision, retrying 2 time(s)
notice: Redis session ID collision, retrying 1 time(s)
session_start: true, data: []
session_write_close: true
reserved: 3 distinct: 3, the session is the last one reserved: true
GET PHPREDIS_CLUSTER_SESSION:<new>
SETEX PHPREDIS_CLUSTER_SESSION:<new> 600 n|i:1;
== three collisions: no session
notice: Redis session ID collision, retrying 2 time(s)
notice: Redis session ID collision, retrying 1 time(s)
notice: Redis session ID collision, retrying 0 time(s)
Error: Failed to create session ID: rediscluster (path: seed[]=S)
reserved: 3 distinct: 3
(nothing read or written)
== strict mode, an unknown ID: replaced by a reserved one
session_start: true, data: []
session_write_close: true
reserved: 1 distinct: 1, the session is the last one reserved: true
EXISTS PHPREDIS_CLUSTER_SESSION:unknown1
GET PHPREDIS_CLUSTER_SESSION:<new>
SETEX PHPREDIS_CLUSTER_SESSION:<new> 600 n|i:1;
== strict mode, an existing ID: kept
session_start: true, data: {"n":4}
session_write_close: true
reserved: 0 distinct: 0
EXISTS PHPREDIS_CLUSTER_SESSION:known1
GET PHPREDIS_CLUSTER_SESSION:known1
SETEX PHPREDIS_CLUSTER_SESSION:known1 600 n|i:1;
