--TEST--
subscribe(): a node that confirms, then sends nothing: the loop ends after about the read timeout, false
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'SUBSCRIBE', 'reply' => ['raw' => resp_array('subscribe', 'ch', 1)]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 0.5);
$calls = 0;
$took = timed(fn () => $c->subscribe(['ch'], function () use (&$calls) { $calls++; }), $r);
var_dump($r, $calls);
echo $took >= 0.45 ? "waited\n" : "gave up early: $took\n";
echo $took < 2 ? "bounded\n" : "took $took\n";
echo fake_cmds(0), "\n";
/* The subscription's connection is gone; the next command opens another. */
var_dump($c->get('x'));
fake_stop();
?>
--EXPECT--
bool(false)
int(0)
waited
bounded
SUBSCRIBE ch
bool(false)
