--TEST--
subscribe() of two channels: a node that confirms the first, then sends valid replies that are neither confirmations nor messages without end (drip-fed, each well within the read timeout) does not hold the call: the confirmations are awaited within one read timeout as a whole, then RedisClusterException
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
/* 2,000 "+PONG" replies, one byte every 2 ms: 28 s of valid replies, each taking 14 ms. */
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'SUBSCRIBE', 'reply' => ['raw' => resp_array('subscribe', 'a', 1) . str_repeat("+PONG\r\n", 2000),
        'drip' => 0.002]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 0.5);
$calls = 0;
$took = timed(fn () => $c->subscribe(['a', 'b'], function () use (&$calls) { $calls++; }), $r);
echo is_string($r) ? preg_replace('/\d+\.\d+\.\d+\.\d+:\d+/', 'h:p', $r) : var_export($r, true), "\n";
var_dump($calls);
echo $took < 2 ? "bounded\n" : "took $took\n";
fake_stop();
?>
--EXPECT--
RedisClusterException: Timed out reading from h:p
int(0)
bounded
