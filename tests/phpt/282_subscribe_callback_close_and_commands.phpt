--TEST--
subscribe(): the callback may run commands (on another connection) and close(): no crash, false, the object reconnects
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['data' => ['k' => 'v'], 'rules' => [
    ['cmd' => 'SUBSCRIBE', 'reply' => ['raw' => resp_array('subscribe', 'ch', 1)
        . resp_array('message', 'ch', 'one') . resp_array('message', 'ch', 'two')]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 5);
$took = timed(fn () => $c->subscribe(['ch'], function ($redis, $ch, $msg) {
    echo "$msg: ", $redis->get('k'), "\n";
    $redis->refreshSlots();
    var_dump($redis->close());
}), $r);
var_dump($r);
echo $took < 2 ? "no read timeout waited\n" : "took $took\n";
var_dump($c->get('k'));
$conns = [];
foreach (fake_log_entries(0) as $e) {
    $conns[$e['cmd']][] = $e['conn'];
}
echo $conns['SUBSCRIBE ch'][0] !== $conns['GET k'][0] ? "GET on another connection\n" : "GET on the subscription\n";
echo count($conns['GET k']), " GETs\n";
fake_stop();
?>
--EXPECT--
one: v
bool(true)
bool(false)
no read timeout waited
string(1) "v"
GET on another connection
2 GETs
