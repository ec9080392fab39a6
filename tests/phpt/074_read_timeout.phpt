--TEST--
A node that never answers: RedisClusterException after about read_timeout
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['hang' => true]]]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 0.5);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
$elapsed = microtime(true) - $t0;
echo $elapsed >= 0.4 ? "waited\n" : "gave up early: $elapsed s\n";
echo $elapsed < 3 ? "bounded\n" : "took $elapsed s\n";
fake_stop();
?>
--EXPECT--
RedisClusterException
waited
bounded
