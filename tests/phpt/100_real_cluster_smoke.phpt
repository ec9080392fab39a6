--TEST--
Real cluster (REDIS_CLUSTER_SEEDS="host:port,..."): set, get, mget, del across slots
--EXTENSIONS--
redis
--SKIPIF--
<?php
require __DIR__ . '/fake_helper.inc';
redis_cluster_skip_if_none();
?>
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$c = new RedisCluster(null, redis_cluster_seeds(), 2, 2);
$prefix = 'phpt:' . getmypid() . ':';
$keys = [];
foreach (['a', 'b', 'c', 'd', 'e', 'f'] as $name) {
    $keys[] = $prefix . $name;
}
foreach ($keys as $i => $key) {
    var_dump($c->set($key, "v$i"));
}
var_dump($c->get($keys[0]));
echo implode(',', $c->mget(array_merge($keys, [$prefix . 'missing']))), "\n";
var_dump($c->del($keys));
var_dump($c->get($keys[0]));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(2) "v0"
v0,v1,v2,v3,v4,v5,
int(6)
bool(false)
