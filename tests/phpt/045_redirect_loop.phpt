--TEST--
A MOVED loop between two nodes: RedisClusterException within the time budget
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P1}']]]],
    1 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P0}']]]],
], ['lifetime' => 10]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo fake_exc($e, 'Timed out attempting to find data in the correct node!'), "\n";
}
$elapsed = microtime(true) - $t0;
echo $elapsed < 4 ? "bounded\n" : "took $elapsed s\n";
fake_stop();
?>
--EXPECT--
RedisClusterException: Timed out attempting to find data in the correct node!...
bounded
