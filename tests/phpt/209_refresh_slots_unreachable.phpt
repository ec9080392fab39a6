--TEST--
refreshSlots() when no known node and no seed answers: RedisClusterException, counted 'manual' and 'all_unreachable', the cached map dropped
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
fake_kill(0);
fake_kill(1);

$d = new RedisCluster(null, $seeds, 1, 1); /* from the cache */
$t0 = microtime(true);
try {
    var_dump($d->refreshSlots());
} catch (RedisClusterException $e) {
    echo fake_exc($e, "Can't communicate with any node in the cluster"), "\n";
}
echo microtime(true) - $t0 < 2 ? "bounded\n" : "slow\n";
echo fake_cache_summary(), "\n";

/* the filling object's own (dead) connections fail the same way */
try {
    var_dump($c->refreshSlots());
} catch (RedisClusterException $e) {
    echo fake_exc($e, "Can't communicate with any node in the cluster"), "\n";
}
echo fake_cache_summary(), "\n";

/* with the map dropped, the next construction maps from the seeds again: fails */
try {
    new RedisCluster(null, $seeds, 1, 1);
    echo "constructed\n";
} catch (RedisClusterException $e) {
    echo fake_exc($e, FAKE_PREFIX), "\n";
}
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
RedisClusterException: Can't communicate with any node in the cluster...
bounded
cached=no hits=1 misses=1 refreshes=0 inv: all_unreachable=1 manual=1
RedisClusterException: Can't communicate with any node in the cluster...
cached=no hits=1 misses=1 refreshes=0 inv: all_unreachable=2 manual=2
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
cached=no hits=1 misses=2 refreshes=0 inv: all_unreachable=2 manual=2
