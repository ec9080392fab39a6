--TEST--
A write whose connection closes after the write still counts as a connection failure: 'connection' counted, one refresh, before the exception
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
fake_cluster(2, [0 => ['rules' => [['cmd' => 'SET', 'reply' => ['close' => true]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */
$before = fake_count('CLUSTER SLOTS');

try {
    var_dump($c->set($k, 'v'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
echo "SET sent: ", fake_count("SET $k v"), "\n";
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
RedisClusterException
SET sent: 1
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: connection=1
