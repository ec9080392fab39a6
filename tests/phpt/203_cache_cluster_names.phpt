--TEST--
Slot cache: the same seeds under different cluster names are different entries ("<name>|<seeds>")
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2);
$seeds = fake_seeds();
new RedisCluster('app1', $seeds, 1, 1);
new RedisCluster('app2', $seeds, 1, 1);
new RedisCluster(null, $seeds, 1, 1);
new RedisCluster('app1', $seeds, 1, 1);

$keys = array_keys(RedisCluster::getSlotCacheInfo());
sort($keys);
$want = [fake_cache_key($seeds), fake_cache_key($seeds, 'app1'), fake_cache_key($seeds, 'app2')];
sort($want);
var_dump($keys === $want);
echo "app1: ", fake_cache_summary($seeds, 'app1'), "\n";
echo "app2: ", fake_cache_summary($seeds, 'app2'), "\n";
echo "none: ", fake_cache_summary($seeds), "\n";
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
fake_stop();
?>
--EXPECT--
bool(true)
app1: cached=yes stale=no hits=1 misses=1 refreshes=0 inv: none
app2: cached=yes stale=no hits=0 misses=1 refreshes=0 inv: none
none: cached=yes stale=no hits=0 misses=1 refreshes=0 inv: none
CLUSTER SLOTS 3
