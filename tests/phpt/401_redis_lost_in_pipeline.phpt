--TEST--
Redis: a connection cut mid-pipeline throws with the unknown outcomes counted, the replies read kept on the exception, a write whose reply was not read not sent again
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

[$port] = fake_start([['data' => ['a' => '1', 'b' => '2'], 'rules' => [
    ['cmd' => 'SET', 'key' => 'cut', 'reply' => ['close' => true]],
]]]);
$r = new Redis();
$r->connect(FAKE_HOST, $port, 1, null, 0, 1);
$r->pipeline();
$r->get('a');
$r->set('x', 'y');
$r->set('cut', 'z');
$r->get('b');
try {
    $r->exec();
} catch (RedisException $e) {
    echo fake_exc($e), "\n";
    var_dump($e->replies);
}
var_dump($r->getMode() === Redis::ATOMIC);
/* each command of the pipeline reached the node once */
echo implode(', ', fake_log(0)), "\n";
var_dump($r->get('b'));
fake_stop();
?>
--EXPECTF--
RedisException: %s (2 of the pipeline's commands have an unknown outcome: they may have run)
array(4) {
  [0]=>
  string(1) "1"
  [1]=>
  bool(true)
  [2]=>
  NULL
  [3]=>
  NULL
}
bool(true)
GET a, SET x y, SET cut z, GET b
string(1) "2"
