--TEST--
A bulk reply longer than announced data (node then silent): exception at the read timeout, no stale read after
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$same = fake_key_on(0, 2);
$other = fake_key_on(1, 2);
fake_cluster(2, [
    0 => ['data' => [$same => 'fresh'],
          'rules' => [['cmd' => 'GET', 'key' => 'bar',
                       'reply' => ['raw' => "\$100\r\nshort\r\n"]]]],
    1 => ['data' => [$other => 'healthy']],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 0.5);

$t0 = microtime(true);
try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
echo microtime(true) - $t0 < 4 ? "bounded\n" : "slow\n";
var_dump($c->get($other));
var_dump($c->get($same));
fake_stop();
?>
--EXPECT--
RedisClusterException
bounded
string(7) "healthy"
string(5) "fresh"
