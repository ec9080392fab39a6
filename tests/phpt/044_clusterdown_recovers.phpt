--TEST--
CLUSTERDOWN once, then the cluster is back: the value is returned
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'replies' => [
        ['err' => 'CLUSTERDOWN The cluster is down'], 'back']]]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
$elapsed = microtime(true) - $t0;
echo $elapsed < 4 ? "bounded\n" : "took $elapsed s\n";
fake_stop();
?>
--EXPECT--
string(4) "back"
bounded
