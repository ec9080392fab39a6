--TEST--
Slot cache off (the default): every construction fetches CLUSTER SLOTS and nothing is cached; the setting is PHP_INI_ALL
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2);
$seeds = fake_seeds();
var_dump(ini_get('redis.clusters.cache_slots'));
for ($i = 0; $i < 3; $i++) {
    $o = new RedisCluster(null, $seeds, 1, 1);
}
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
var_dump(RedisCluster::getSlotCacheInfo());

/* switched on at runtime: one fill, then hits */
var_dump(ini_set('redis.clusters.cache_slots', '1') !== false);
for ($i = 0; $i < 3; $i++) {
    $o = new RedisCluster(null, $seeds, 1, 1);
}
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";

/* switched off again: fetches again, the entry is left alone */
ini_set('redis.clusters.cache_slots', '0');
for ($i = 0; $i < 2; $i++) {
    $o = new RedisCluster(null, $seeds, 1, 1);
}
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
string(1) "0"
CLUSTER SLOTS 3
array(0) {
}
bool(true)
CLUSTER SLOTS 4
cached=yes stale=no hits=2 misses=1 refreshes=0 inv: none
CLUSTER SLOTS 6
cached=yes stale=no hits=2 misses=1 refreshes=0 inv: none
