--TEST--
CLUSTERDOWN once with the cache on: counted 'clusterdown', one refresh, the command retried within the budget and answered
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'replies' => [
        ['err' => 'CLUSTERDOWN The cluster is down'], 'back']]]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */
$before = fake_count('CLUSTER SLOTS');

$t0 = microtime(true);
var_dump($c->get('bar'));
echo microtime(true) - $t0 < 1 ? "bounded\n" : "slow\n";
echo "node 0: ", fake_cmds(0), "\n";
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
string(4) "back"
bounded
node 0: GET bar, GET bar
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: clusterdown=1
