--TEST--
The node closes the connection instead of replying: exception, then a reconnect works
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$same = fake_key_on(0, 2);
fake_cluster(2, [
    0 => ['data' => [$same => 'fresh'],
          'rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['close' => true]]]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
echo microtime(true) - $t0 < 4 ? "bounded\n" : "slow\n";
var_dump($c->get($same));
fake_stop();
?>
--EXPECT--
RedisClusterException
bounded
string(5) "fresh"
