--TEST--
Shared topology off (redis.clusters.shm_size=0, a system setting): phpinfo() says why, getSlotCacheInfo()'s "shared" is null, each process caches for itself as before, and no CLUSTER INFO rides along with CLUSTER SLOTS
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
redis.clusters.shm_size=0
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(1, 3);
fake_cluster(3, [1 => ['data' => [$k => 'on-1']]]);
$seeds = fake_seeds();
var_dump(ini_set('redis.clusters.shm_size', '16M'));
fake_in_child(function () use ($seeds) {
    new RedisCluster(null, $seeds, 1, 1);
});
var_dump(RedisCluster::getSlotCacheInfo());
$c = new RedisCluster(null, $seeds, 1, 1);
var_dump($c->get($k));
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), ", CLUSTER INFO ", fake_count('CLUSTER INFO'), "\n";
$e = fake_cache_entry();
var_dump($e['shared'], $e['adopted']);
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^\s*Shared topology\s*\n(.*?)\n\n/ms', ob_get_clean(), $m);
echo $m[1], "\n";
fake_stop();
?>
--EXPECT--
bool(false)
array(0) {
}
string(4) "on-1"
CLUSTER SLOTS 2, CLUSTER INFO 0
NULL
int(0)
enabled => no
off => redis.clusters.shm_size is 0
