--TEST--
Slot cache: the 2nd..Nth construction is a hit with no network traffic at all; the first command then goes straight to the owner
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(2, 3);
fake_cluster(3, [2 => ['data' => [$k => 'on-2']]]);
$seeds = fake_seeds();
$first = new RedisCluster(null, $seeds, 1, 1);
echo "after 1st: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";

usleep(100000); /* let the fill's traffic settle in the logs */
$before = fake_traffic();
$kept = [];
for ($i = 0; $i < 5; $i++) {
    $kept[] = new RedisCluster(null, $seeds, 1, 1);
}
for ($i = 0; $i < 5; $i++) {
    new RedisCluster(null, $seeds, 1, 1); /* built and destroyed at once */
}
usleep(200000); /* any connection or command would reach a log by now */
echo "traffic during 10 constructions: ", fake_traffic() - $before, "\n";
echo fake_cache_summary(), "\n";

var_dump($kept[4]->get($k));
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
echo "node 2: ", fake_cmds(2), "\n";
fake_stop();
?>
--EXPECT--
after 1st: CLUSTER SLOTS 1
cached=yes stale=no hits=0 misses=1 refreshes=0 inv: none
traffic during 10 constructions: 0
cached=yes stale=no hits=10 misses=1 refreshes=0 inv: none
string(4) "on-2"
CLUSTER SLOTS 1
node 0: -
node 1: -
node 2: GET key0
