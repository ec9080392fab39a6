--TEST--
Redis: a connection lost inside MULTI (while queueing, at EXEC) throws, leaves no MULTI behind, and the next command runs on a new connection
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

[$port] = fake_start([['data' => ['k' => 'v'], 'rules' => [
    ['cmd' => 'SET', 'key' => 'dies-queueing', 'reply' => ['close' => true]],
    ['cmd' => 'EXEC', 'replies' => [['close' => true], ['builtin' => true]]],
]]]);
$r = new Redis();
var_dump($r->connect(FAKE_HOST, $port, 1, null, 0, 1));

/* lost at EXEC: the transaction's fate is unknown, and said so */
$r->multi();
$r->set('a', '1');
try {
    $r->exec();
} catch (RedisException $e) {
    echo fake_exc($e), "\n";
}
var_dump($r->getMode() === Redis::ATOMIC, $r->get('k'));

/* lost while queueing */
$r->multi();
try {
    $r->set('dies-queueing', '1');
} catch (RedisException $e) {
    echo fake_exc($e), "\n";
}
var_dump($r->getMode() === Redis::ATOMIC, $r->get('k'));

/* the EXEC after that works: MULTI, SET, EXEC on one connection */
var_dump($r->multi()->set('b', '2')->get('b')->exec());
echo implode(', ', fake_log(0)), "\n";
fake_stop();
?>
--EXPECTF--
bool(true)
RedisException: %s
bool(true)
string(1) "v"
RedisException: %s
bool(true)
string(1) "v"
array(2) {
  [0]=>
  bool(true)
  [1]=>
  string(1) "2"
}
MULTI, SET a 1, EXEC, GET k, MULTI, SET dies-queueing 1, GET k, MULTI, SET b 2, GET b, EXEC
