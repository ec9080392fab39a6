--TEST--
Redis: pconnect() pools sockets per key, never one for two live objects; redis.pconnect.connection_limit bounds them, pooling_enabled=0 keeps one; a pooled socket is RESET before reuse
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
[$port] = fake_start([['data' => ['k' => 'v']]]);

/* two live objects: two sockets; the second freed, a third takes it back, RESET first */
$a = new Redis();
$a->pconnect(FAKE_HOST, $port, 1, 'p1');
$b = new Redis();
$b->pconnect(FAKE_HOST, $port, 1, 'p1');
var_dump($a->get('k'), $b->get('k'));
$b = null;
$c = new Redis();
$c->pconnect(FAKE_HOST, $port, 1, 'p1');
var_dump($c->get('k'));
echo count(array_filter(fake_log(0, true), fn($cmd) => $cmd === '#OPEN')), " sockets opened\n";
echo implode(', ', array_slice(fake_log(0, true), -2)), "\n";
$a = $c = null;

/* a limit of one socket per key: a second live object is refused */
ini_set('redis.pconnect.connection_limit', '1');
$d = new Redis();
var_dump($d->pconnect(FAKE_HOST, $port, 1, 'p2'));
try {
    (new Redis())->pconnect(FAKE_HOST, $port, 1, 'p2');
} catch (RedisException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$d = null;

/* pooling off: one pooled socket per key, a second object gets a socket of its own */
ini_set('redis.pconnect.connection_limit', '0');
ini_set('redis.pconnect.pooling_enabled', '0');
$e1 = new Redis();
$e2 = new Redis();
var_dump($e1->pconnect(FAKE_HOST, $port, 1, 'p3'), $e2->pconnect(FAKE_HOST, $port, 1, 'p3'));
var_dump($e1->get('k'), $e2->get('k'));
echo count(array_filter(fake_log(0, true), fn($cmd) => $cmd === '#OPEN')), " sockets opened in all\n";
fake_stop();
?>
--EXPECT--
string(1) "v"
string(1) "v"
string(1) "v"
2 sockets opened
RESET, GET k
bool(true)
RedisException: Connection limit reached (redis.pconnect.connection_limit=1)
bool(true)
bool(true)
string(1) "v"
string(1) "v"
5 sockets opened in all
