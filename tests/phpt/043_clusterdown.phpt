--TEST--
CLUSTERDOWN on every try: RedisClusterException within the time budget, no hang
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$down = ['cmd' => 'GET', 'key' => 'bar', 'reply' => ['err' => 'CLUSTERDOWN The cluster is down']];
fake_cluster(2, [0 => ['rules' => [$down]], 1 => ['rules' => [$down]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
$elapsed = microtime(true) - $t0;
echo $elapsed < 4 ? "bounded\n" : "took $elapsed s\n";
echo count(fake_log(0)) >= 1 ? "asked node 0\n" : "node 0 never asked\n";
fake_stop();
?>
--EXPECT--
RedisClusterException
bounded
asked node 0
