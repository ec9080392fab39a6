--TEST--
A MOVED loop with timeout 0 and read_timeout 0 is still bounded
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* the nodes quit after 8 s: a client looping forever fails then, too late */
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P1}']]]],
    1 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P0}']]]],
], ['lifetime' => 8]);
$c = new RedisCluster(null, fake_seeds(), 0, 0);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
$elapsed = microtime(true) - $t0;
echo $elapsed < 5 ? "bounded\n" : "took $elapsed s\n";
fake_stop();
?>
--EXPECT--
RedisClusterException
bounded
