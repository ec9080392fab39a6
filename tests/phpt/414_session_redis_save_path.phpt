--TEST--
redis session.save_path: servers as phpredis lists them (tcp, no scheme, unix sockets), every option, a warning naming what cannot be used
--EXTENSIONS--
redis
session
--FILE--
<?php
require __DIR__ . '/session.inc';
ini_set('session.save_handler', 'redis');
fake_start([[
    'data' => ['PHPREDIS_SESSION:sid1' => 'n|i:1;', 'app:sid1' => 'n|i:2;'],
    'rules' => [sess_rule('SETEX', ['status' => 'OK']), sess_rule('SELECT', ['status' => 'OK']),
        sess_rule('RESET', ['status' => 'RESET'])],
]]);
$s = fake_addr(0);
$p = fake_port(0);

$paths = [
    "tcp://$s",
    $s,
    "  ,tcp://$s , ",
    "tcp://$s?timeout=1.5&read_timeout=2.5&prefix=app:&database=3&retry_interval=100&weight=2",
    /* the second takes the first's pooled socket: RESET, then SELECT again */
    "tcp://$s?persistent=1&persistent_id=app&database=1",
    "tcp://$s?persistent=1&persistent_id=app&database=1",
    /* a fragment is part of the query (phpredis's reading: a '#' in a password) */
    "tcp://$s?persistent=no&timeout=0&prefix=app#x:",
    "tcp://$s?timeout=abc&read_timeout=1e1&retry_interval=-1",
    "tcp://$s?persistent=maybe&bogus=1&0=x&prefix[]=a&stream=1",
    "tcp://$s?timeout=-1",
    "tcp://$s?read_timeout=-0.5",
    "tcp://$s?weight=0",
    "tcp://$s?weight=x",
    "tcp://$s?weight[]=1",
    "tcp://$s?database=-1",
    "tcp://$s?database=2x",
    "tcp://:$p",
    "tcp://127.0.0.1:1, tcp://127.0.0.1:99999",
    "tcp://$s,tcp://127.0.0.1:1?weight=0",
    "http://$s",
    "",
    " , ",
    "unix:relative.sock",
    "unix:///nonexistent/redis.sock",
    "unix:/nonexistent/redis.sock?prefix=u:",
    "/nonexistent/redis.sock",
    "tcp://[::1]:1",
    "tcp://127.0.0.1:1",
];
foreach ($paths as $path) {
    echo "-- ", str_replace([$s, (string)$p], ['S', 'P'], $path), "\n";
    if (sess_start($path)) {
        sess_write(['n' => 7]);
    }
}
echo sess_cmds(0), "\n";

/* Several servers: a session's server is picked by its ID and the weights, as phpredis
 * picks it (docs/sessions.md): the servers in reverse order (n2, n1, n0) own 0-2, 3-4 and
 * 5 of the total weight 6; the first four bytes of the ID as a little-endian number,
 * modulo 6, say which: "aaaa" is 0x61616161 % 6 = 1 (n2), "cccc" 3 (n1), "eeee" 5 (n0),
 * "ffff" 0 (n2). A shorter ID counts zeros past its end: "x" is 0x78 % 6 = 0 (n2). */
fake_start(array_fill(0, 3, ['rules' => [sess_rule('SETEX', ['status' => 'OK'])]]));
$path = sprintf('tcp://%s?weight=1, tcp://%s?weight=2,tcp://%s?weight=3&prefix=w3:', ...fake_seeds());
echo "-- weights 1, 2, 3\n";
foreach (['aaaa1', 'bbbb1', 'cccc1', 'dddd1', 'eeee1', 'ffff1', 'x'] as $id) {
    if (sess_start($path, $id)) {
        sess_write(['id' => $id]);
    }
}
foreach ([0, 1, 2] as $i) {
    echo "n$i: ", implode(', ', preg_replace('/^SETEX (\S+) .*/', '$1', preg_grep('/^SETEX/', fake_log($i)))), "\n";
}
echo 'connections: ', implode(' ', array_map(fn ($i) => count(preg_grep('/^#OPEN/', fake_log($i, true))), [0, 1, 2])), "\n";

/* read_timeout bounds a read: the server holds this GET back for 2 s. */
fake_start([['rules' => [['cmd' => 'GET', 'key' => 'PHPREDIS_SESSION:slow',
    'reply' => ['bulk' => 'n|i:1;', 'sleep' => 2]]]]]);
$s = fake_addr(0);
echo "-- read_timeout=0.3\n";
$t0 = microtime(true);
sess_start("tcp://$s?timeout=1&read_timeout=0.3", 'slow');
echo microtime(true) - $t0 < 1.5 ? "bounded\n" : "slow\n";

/* stream[...] is the TLS context of a tls:// server: the plain server gets a ClientHello. */
echo "-- tls\n";
sess_start("tls://$s?stream[verify_peer]=0&stream[verify_peer_name]=0&timeout=1");
echo 'TLS hellos: ', count(preg_grep('/^\\\\026\\\\003/', fake_log(0))), "\n";

/* auth: a password, [user, password], [user => .., pass => ..]; another shape stops the
 * handler rather than going on without credentials. */
fake_start([[
    'password' => 'secret',
    'data' => ['PHPREDIS_SESSION:sid1' => 'n|i:1;'],
]]);
$s = fake_addr(0);
foreach (['auth=secret', 'auth[]=secret', 'auth[]=u1&auth[]=secret', 'auth[user]=u2&auth[pass]=secret',
          'auth[]=a&auth[]=b&auth[]=c', 'auth=wrong', ''] as $auth) {
    echo "-- $auth\n";
    if (sess_start("tcp://$s?$auth")) {
        session_abort();
    }
}
echo implode("\n", preg_grep('/^AUTH/', fake_log(0, true))), "\n";
fake_stop();
?>
--EXPECTF--
-- tcp://S
session_start: true, data: {"n":1}
session_write_close: true
-- S
session_start: true, data: {"n":1}
session_write_close: true
--   ,tcp://S , 
session_start: true, data: {"n":1}
session_write_close: true
-- tcp://S?timeout=1.5&read_timeout=2.5&prefix=app:&database=3&retry_interval=100&weight=2
session_start: true, data: {"n":2}
session_write_close: true
-- tcp://S?persistent=1&persistent_id=app&database=1
session_start: true, data: {"n":1}
session_write_close: true
-- tcp://S?persistent=1&persistent_id=app&database=1
session_start: true, data: {"n":1}
session_write_close: true
-- tcp://S?persistent=no&timeout=0&prefix=app#x:
session_start: true, data: []
session_write_close: true
-- tcp://S?timeout=abc&read_timeout=1e1&retry_interval=-1
warning: session.save_path: timeout must be a number of seconds, not 'abc': ignored
warning: session.save_path: retry_interval must be a whole number from 0 to 2147483647, not '-1': ignored
session_start: true, data: {"n":1}
session_write_close: true
-- tcp://S?persistent=maybe&bogus=1&0=x&prefix[]=a&stream=1
warning: session.save_path: persistent must be 0 or 1, not 'maybe': ignored
warning: session.save_path: unknown option 'bogus': ignored
warning: session.save_path: unknown option '0': ignored
warning: session.save_path: prefix must be a string, not an array: ignored
warning: session.save_path: stream options are given as stream[name]=value: ignored
session_start: true, data: {"n":1}
session_write_close: true
-- tcp://S?timeout=-1
warning: Can't set negative timeout values in session configuration
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?timeout=-1)
session_start: false
-- tcp://S?read_timeout=-0.5
warning: Can't set negative timeout values in session configuration
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?read_timeout=-0.5)
session_start: false
-- tcp://S?weight=0
warning: session.save_path: weight must be a whole number from 1 to 2147483647, not '0'
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?weight=0)
session_start: false
-- tcp://S?weight=x
warning: session.save_path: weight must be a whole number from 1 to 2147483647, not 'x'
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?weight=x)
session_start: false
-- tcp://S?weight[]=1
warning: session.save_path: weight must be a whole number from 1 to 2147483647, not '(an array)'
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?weight[]=1)
session_start: false
-- tcp://S?database=-1
warning: session.save_path: database must be a whole number from 0 to 2147483647, not '-1'
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?database=-1)
session_start: false
-- tcp://S?database=2x
warning: session.save_path: database must be a whole number from 0 to 2147483647, not '2x'
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?database=2x)
session_start: false
-- tcp://:P
warning: Failed to parse session.save_path (error at offset 0, url was 'tcp://:%d')
warning: Failed to initialize storage module: redis (path: tcp://:%d)
session_start: false
-- tcp://127.0.0.1:1, tcp://127.0.0.1:99999
warning: Failed to parse session.save_path (error at offset 19, url was 'tcp://127.0.0.1:99999')
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:1, tcp://127.0.0.1:99999)
session_start: false
-- tcp://S,tcp://127.0.0.1:1?weight=0
warning: session.save_path: weight must be a whole number from 1 to 2147483647, not '0'
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d,tcp://127.0.0.1:1?weight=0)
session_start: false
-- http://S
warning: session.save_path: unknown scheme 'http' in 'http://127.0.0.1:%d' (tcp://, tls:// or unix://)
warning: Failed to initialize storage module: redis (path: http://127.0.0.1:%d)
session_start: false
-- 
warning: session.save_path names no server: tcp://host:port, tls://host:port or unix:///path, separated by commas
warning: Failed to initialize storage module: redis (path: )
session_start: false
--  , 
warning: session.save_path names no server: tcp://host:port, tls://host:port or unix:///path, separated by commas
warning: Failed to initialize storage module: redis (path:  , )
session_start: false
-- unix:relative.sock
warning: session.save_path: 'unix:relative.sock' names no host (a unix socket's path must be absolute: unix:///path)
warning: Failed to initialize storage module: redis (path: unix:relative.sock)
session_start: false
-- unix:///nonexistent/redis.sock
warning: Error reading session data from Redis (Can't connect to /nonexistent/redis.sock: No such file or directory)
warning: Failed to read session data: redis (path: unix:///nonexistent/redis.sock)
session_start: false
-- unix:/nonexistent/redis.sock?prefix=u:
warning: Error reading session data from Redis (Can't connect to /nonexistent/redis.sock: No such file or directory)
warning: Failed to read session data: redis (path: unix:/nonexistent/redis.sock?prefix=u:)
session_start: false
-- /nonexistent/redis.sock
warning: Error reading session data from Redis (Can't connect to /nonexistent/redis.sock: No such file or directory)
warning: Failed to read session data: redis (path: /nonexistent/redis.sock)
session_start: false
-- tcp://[::1]:1
warning: Error reading session data from Redis (Can't connect to ::1:1: Connection refused)
warning: Failed to read session data: redis (path: tcp://[::1]:1)
session_start: false
-- tcp://127.0.0.1:1
warning: Error reading session data from Redis (Can't connect to 127.0.0.1:1: Connection refused)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:1)
session_start: false
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
SELECT 3
GET app:sid1
SETEX app:sid1 1440 n|i:7;
SELECT 1
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
RESET
SELECT 1
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
GET app#x:sid1
SETEX app#x:sid1 1440 n|i:7;
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
GET PHPREDIS_SESSION:sid1
SETEX PHPREDIS_SESSION:sid1 1440 n|i:7;
-- weights 1, 2, 3
session_start: true, data: []
session_write_close: true
session_start: true, data: []
session_write_close: true
session_start: true, data: []
session_write_close: true
session_start: true, data: []
session_write_close: true
session_start: true, data: []
session_write_close: true
session_start: true, data: []
session_write_close: true
session_start: true, data: []
session_write_close: true
n0: PHPREDIS_SESSION:eeee1
n1: PHPREDIS_SESSION:cccc1, PHPREDIS_SESSION:dddd1
n2: w3:aaaa1, w3:bbbb1, w3:ffff1, w3:x
connections: 1 2 4
-- read_timeout=0.3
warning: Error reading session data from Redis (Timed out reading from 127.0.0.1:%d)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?timeout=1&read_timeout=0.3)
session_start: false
bounded
-- tls
warning: Error reading session data from Redis (Can't connect to 127.0.0.1:%d: session_start(): Failed to enable crypto)
warning: Failed to read session data: redis (path: tls://127.0.0.1:%d?stream[verify_peer]=0&stream[verify_peer_name]=0&timeout=1)
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
-- auth[]=a&auth[]=b&auth[]=c
warning: session.save_path: auth must be a password, auth[]=user&auth[]=password or auth[user]=...&auth[pass]=...
warning: Failed to initialize storage module: redis (path: tcp://127.0.0.1:%d?auth[]=a&auth[]=b&auth[]=c)
session_start: false
-- auth=wrong
warning: Error reading session data from Redis (Authentication to 127.0.0.1:%d failed: WRONGPASS invalid username-password pair or user is disabled.)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?auth=wrong)
session_start: false
-- 
warning: Error reading session data from Redis (NOAUTH Authentication required.)
warning: Failed to read session data: redis (path: tcp://127.0.0.1:%d?)
session_start: false
AUTH secret
AUTH secret
AUTH u1 secret
AUTH u2 secret
AUTH wrong