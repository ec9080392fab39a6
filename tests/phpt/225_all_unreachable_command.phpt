--TEST--
Every node gone during a command (no known node, no seed answers): RedisClusterException within the budget, counted 'connection' and 'all_unreachable', the cached map dropped
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
fake_cluster(2);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 0.5, 0.5);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */
fake_kill(0);
fake_kill(1);

$t0 = microtime(true);
try {
    var_dump($c->get($k));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
echo microtime(true) - $t0 < 2 ? "bounded\n" : "slow\n";
$e = fake_cache_entry();
var_dump($e['cached']);
var_dump($e['invalidations']['connection'] >= 1, $e['invalidations']['all_unreachable'] >= 1);
fake_stop();
?>
--EXPECT--
RedisClusterException
bounded
bool(false)
bool(true)
bool(true)
