--TEST--
redis.clusters.cache_max_age=1: an entry older than that is counted 'expired' and fetched again on the next construction
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
redis.clusters.cache_max_age=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2);
$seeds = fake_seeds();
new RedisCluster(null, $seeds, 1, 1);
new RedisCluster(null, $seeds, 1, 1);
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";

usleep(1200000);
$e = fake_cache_entry();
var_dump($e['age'] > 1.0);
new RedisCluster(null, $seeds, 1, 1);
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";
$e = fake_cache_entry();
var_dump($e['age'] < 1.0);

/* fresh again: a hit */
new RedisCluster(null, $seeds, 1, 1);
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
CLUSTER SLOTS 1
cached=yes stale=no hits=1 misses=1 refreshes=0 inv: none
bool(true)
CLUSTER SLOTS 2
cached=yes stale=no hits=1 misses=2 refreshes=1 inv: expired=1
bool(true)
CLUSTER SLOTS 2
cached=yes stale=no hits=2 misses=2 refreshes=1 inv: expired=1
