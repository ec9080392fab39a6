--TEST--
Slot cache: the same seeds in another order, or repeated, find the same entry (one CLUSTER SLOTS in all)
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(3);
[$a, $b, $c] = fake_seeds();
$o1 = new RedisCluster(null, [$a, $b, $c], 1, 1);
$o2 = new RedisCluster(null, [$c, $a, $b], 1, 1);
$o3 = new RedisCluster(null, [$b, $b, $c, $a, $c], 1, 1);
$info = RedisCluster::getSlotCacheInfo();
echo "entries: ", count($info), "\n";
var_dump(array_keys($info) === [fake_cache_key([$a, $b, $c])]);
echo fake_cache_summary([$a, $b, $c]), "\n";
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";

/* a subset of the seeds is another entry */
$o4 = new RedisCluster(null, [$b, $a], 1, 1);
echo "entries: ", count(RedisCluster::getSlotCacheInfo()), "\n";
echo fake_cache_summary([$a, $b]), "\n";
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
fake_stop();
?>
--EXPECT--
entries: 1
bool(true)
cached=yes stale=no hits=2 misses=1 refreshes=0 inv: none
CLUSTER SLOTS 1
entries: 2
cached=yes stale=no hits=0 misses=1 refreshes=0 inv: none
CLUSTER SLOTS 2
