--TEST--
rediscluster session.save_path: every option phpredis reads, and a warning for what cannot be used
--EXTENSIONS--
redis
session
--FILE--
<?php
require __DIR__ . '/session.inc';
fake_cluster(1, [0 => [
    'data' => ['PHPREDIS_CLUSTER_SESSION:sid1' => 'n|i:1;', 'app:sid1' => 'n|i:2;'],
    'rules' => [sess_rule('SETEX', ['status' => 'OK'])],
]]);
$s = fake_addr(0);

$paths = [
    "seed[]=$s",
    "seed[]=$s&seed[]=$s&timeout=1.5&read_timeout=2.5&persistent=1&failover=distribute&prefix=app:",
    "seed[]=$s&persistent=no&failover=ERROR&timeout=0",
    "seed[]=$s&timeout=abc&read_timeout=1e1",
    "seed[]=$s&read_timeout=-1",
    "seed[]=$s&timeout=-0.5",
    "seed[]=$s&persistent=maybe&failover=sometimes&bogus=1&0=x&prefix[]=a&stream=1",
    "seed=$s",
    "seed[]=nope&seed[]=$s",
    "seed[]=$s?database=0&seed[]=tcp://$s",
    "seed[]=$s?database=2",
    "timeout=1",
    "seed[]=nope&seed[]=:1",
    "seed[a][]=x&seed[]=$s",
    "seed[]=127.0.0.1:1",
];
foreach ($paths as $path) {
    echo "-- ", str_replace($s, 'S', $path), "\n";
    if (sess_start($path)) {
        sess_write(['n' => 7]);
    }
}
echo sess_cmds(0), "\n";

/* read_timeout bounds a read: the node holds this GET back for 2 s. */
fake_cluster(1, [0 => ['rules' => [['cmd' => 'GET', 'key' => 'PHPREDIS_CLUSTER_SESSION:slow',
    'reply' => ['bulk' => 'n|i:1;', 'sleep' => 2]]]]]);
$s = fake_addr(0);
echo "-- read_timeout=0.3\n";
$t0 = microtime(true);
sess_start("seed[]=$s&timeout=1&read_timeout=0.3", 'slow');
echo microtime(true) - $t0 < 1.5 ? "bounded\n" : "slow\n";

/* stream[...] is the TLS context of tls:// seeds: the plain node gets a ClientHello. */
echo "-- tls\n";
sess_start("seed[]=tls://$s&stream[verify_peer]=0&stream[verify_peer_name]=0&timeout=1");
echo 'TLS hellos: ', count(preg_grep('/^\\\\026\\\\003/', fake_log(0))), "\n";

/* auth: a password, [user, password], [user => .., pass => ..]; another shape stops the
 * handler rather than going on without credentials. */
fake_cluster(1, [0 => [
    'password' => 'secret',
    'data' => ['PHPREDIS_CLUSTER_SESSION:sid1' => 'n|i:1;'],
    'rules' => [sess_rule('SETEX', ['status' => 'OK'])],
]]);
$s = fake_addr(0);
foreach (['auth=secret', 'auth[]=secret', 'auth[]=u1&auth[]=secret', 'auth[user]=u2&auth[pass]=secret',
          'auth[pass]=secret', 'auth[]=a&auth[]=b&auth[]=c', 'auth[x][]=1', ''] as $auth) {
    echo "-- $auth\n";
    if (sess_start("seed[]=$s&$auth")) {
        session_abort();
    }
}
echo implode("\n", preg_grep('/^AUTH/', fake_log(0, true))), "\n";
fake_stop();
?>
--EXPECTF--
-- seed[]=S
session_start: true, data: {"n":1}
session_write_close: true
-- seed[]=S&seed[]=S&timeout=1.5&read_timeout=2.5&persistent=1&failover=distribute&prefix=app:
session_start: true, data: {"n":2}
session_write_close: true
-- seed[]=S&persistent=no&failover=ERROR&timeout=0
session_start: true, data: {"n":1}
session_write_close: true
-- seed[]=S&timeout=abc&read_timeout=1e1
warning: session.save_path: timeout must be a number of seconds, not 'abc': ignored
session_start: true, data: {"n":1}
session_write_close: true
-- seed[]=S&read_timeout=-1
warning: Can't set negative timeout values in session configuration
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d&read_timeout=-1)
session_start: false
-- seed[]=S&timeout=-0.5
warning: Can't set negative timeout values in session configuration
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d&timeout=-0.5)
session_start: false
-- seed[]=S&persistent=maybe&failover=sometimes&bogus=1&0=x&prefix[]=a&stream=1
warning: session.save_path: persistent must be 0 or 1, not 'maybe': ignored
warning: session.save_path: failover must be none, error or distribute, not 'sometimes': ignored
warning: session.save_path: unknown option 'bogus': ignored
warning: session.save_path: unknown option '0': ignored
warning: session.save_path: prefix must be a string, not an array: ignored
warning: session.save_path: stream options are given as stream[name]=value: ignored
session_start: true, data: {"n":1}
session_write_close: true
-- seed=S
warning: session.save_path: seeds are given as seed[]=host:port
warning: Failed to initialize storage module: rediscluster (path: seed=127.0.0.1:%d)
session_start: false
-- seed[]=nope&seed[]=S
warning: Invalid seed "nope": expected "host:port"
session_start: true, data: {"n":1}
session_write_close: true
-- seed[]=S?database=0&seed[]=tcp://S
session_start: true, data: {"n":1}
session_write_close: true
-- seed[]=S?database=2
warning: Invalid seed "127.0.0.1:%d?database=2": a cluster has only database 0
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d?database=2)
session_start: false
-- timeout=1
warning: session.save_path names no seed: seed[]=host:port&seed[]=...
warning: Failed to initialize storage module: rediscluster (path: timeout=1)
session_start: false
-- seed[]=nope&seed[]=:1
warning: Invalid seed "nope": expected "host:port"
warning: Invalid seed ":1": expected "host:port"
warning: No valid seeds detected
warning: Failed to initialize storage module: rediscluster (path: seed[]=nope&seed[]=:1)
session_start: false
-- seed[a][]=x&seed[]=S
warning: session.save_path: a seed must be a string, not an array: ignored
session_start: true, data: {"n":1}
session_write_close: true
-- seed[]=127.0.0.1:%d
warning: Couldn't map cluster keyspace using any provided seed (Can't connect to 127.0.0.1:%d: Connection refused)
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d)
session_start: false
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
GET app:sid1
SETEX app:sid1 1440 n|i:7;
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_CLUSTER_SESSION:sid1
SETEX PHPREDIS_CLUSTER_SESSION:sid1 1440 n|i:7;
-- read_timeout=0.3
warning: Error reading session data from Redis (%STimed out reading from 127.0.0.1:%d%S)
warning: Failed to read session data: rediscluster (path: seed[]=127.0.0.1:%d&timeout=1&read_timeout=0.3)
session_start: false
bounded
-- tls
warning: Couldn't map cluster keyspace using any provided seed (Can't connect to 127.0.0.1:%d: session_start(): Failed to enable crypto)
warning: Failed to initialize storage module: rediscluster (path: seed[]=tls://127.0.0.1:%d&stream[verify_peer]=0&stream[verify_peer_name]=0&timeout=1)
session_start: false
TLS hellos: 1
-- auth=secret
session_start: true, data: {"n":1}
-- auth[]=secret
session_start: true, data: {"n":1}
-- auth[]=u1&auth[]=secret
session_start: true, data: {"n":1}
-- auth[user]=u2&auth[pass]=secret
session_start: true, data: {"n":1}
-- auth[pass]=secret
session_start: true, data: {"n":1}
-- auth[]=a&auth[]=b&auth[]=c
warning: session.save_path: auth must be a password, auth[]=user&auth[]=password or auth[user]=...&auth[pass]=...
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d&auth[]=a&auth[]=b&auth[]=c)
session_start: false
-- auth[x][]=1
warning: session.save_path: auth must be a password, auth[]=user&auth[]=password or auth[user]=...&auth[pass]=...
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d&auth[x][]=1)
session_start: false
-- 
warning: Couldn't map cluster keyspace using any provided seed (127.0.0.1:%d answered CLUSTER SLOTS with NOAUTH Authentication required.)
warning: Failed to initialize storage module: rediscluster (path: seed[]=127.0.0.1:%d&)
session_start: false
AUTH secret
AUTH secret
AUTH u1 secret
AUTH u2 secret
AUTH secret
