--TEST--
blpop() to a node that never answers: bounded by the command's timeout plus the read timeout; timeout 0: by the read timeout
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['rules' => [['cmd' => ['BLPOP', 'BZPOPMIN'], 'reply' => ['hang' => true]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 0.5);

$took = timed(fn () => $c->blpop('k', 1), $r);
echo fake_exc(new Exception($r), 'RedisClusterException: Timed out reading'), "\n";
echo $took >= 1.4 ? "waited the timeout and the read timeout\n" : "gave up early: $took\n";
echo $took < 3 ? "bounded\n" : "took $took\n";

$took = timed(fn () => $c->blpop(['k'], 0), $r);
echo fake_exc(new Exception($r), 'RedisClusterException: Timed out reading'), "\n";
echo $took >= 0.45 ? "waited the read timeout\n" : "gave up early: $took\n";
echo $took < 1.5 ? "bounded although the timeout is 0\n" : "took $took\n";

$took = timed(fn () => $c->bzpopmin('k', 0.5), $r);
echo $took >= 0.9 && $took < 2.5 ? "bzpopmin bounded\n" : "took $took\n";
fake_stop();
?>
--EXPECT--
Exception: RedisClusterException: Timed out reading...
waited the timeout and the read timeout
bounded
Exception: RedisClusterException: Timed out reading...
waited the read timeout
bounded although the timeout is 0
bzpopmin bounded
