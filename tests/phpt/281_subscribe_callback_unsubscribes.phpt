--TEST--
subscribe(): messages queued behind the confirmation reach the callback; unsubscribe() from it ends the loop at once
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'SUBSCRIBE', 'reply' => ['raw' => resp_array('subscribe', 'a', 1) . resp_array('subscribe', 'b', 2)
        . resp_array('message', 'a', 'one') . resp_array('message', 'b', 'two')]],
    /* A message that crossed the UNSUBSCRIBE is still delivered. */
    ['cmd' => 'UNSUBSCRIBE', 'reply' => ['raw' => resp_array('message', 'b', 'three')
        . resp_array('unsubscribe', 'a', 1) . resp_array('unsubscribe', 'b', 0)]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 5);
$took = timed(fn () => $c->subscribe(['a', 'b'], function ($redis, $ch, $msg) {
    echo "$ch: $msg\n";
    if ($msg === 'two') {
        var_dump($redis->unsubscribe(['a', 'b']));
    }
}), $r);
var_dump($r);
echo $took < 2 ? "no read timeout waited\n" : "took $took\n";
echo fake_cmds(0), "\n";
fake_stop();
?>
--EXPECT--
a: one
b: two
array(2) {
  ["a"]=>
  bool(true)
  ["b"]=>
  bool(true)
}
b: three
bool(true)
no read timeout waited
SUBSCRIBE a b, UNSUBSCRIBE a b
