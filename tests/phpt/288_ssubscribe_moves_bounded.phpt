--TEST--
ssubscribe(): a node that drops the shard subscription as soon as it is made: followed a bounded number of times, then the loop ends
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'SSUBSCRIBE', 'reply' => ['raw' => resp_array('ssubscribe', 'ch', 1) . resp_array('sunsubscribe', 'ch', 0)]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 5);
$calls = 0;
$took = timed(fn () => $c->ssubscribe(['ch'], function () use (&$calls) { $calls++; }), $r);
var_dump($r, $calls);
echo $took < 3 ? "bounded\n" : "took $took\n";
echo fake_count('SSUBSCRIBE ch'), " SSUBSCRIBE\n";
fake_stop();
?>
--EXPECT--
bool(true)
int(0)
bounded
17 SSUBSCRIBE
