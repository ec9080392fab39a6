--TEST--
ASK with the cache on: ASKING + resend, counted 'ask', the entry stale (map kept); the next construction revalidates with one CLUSTER SLOTS, the one after it does not
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar',
                       'replies' => [['err' => 'ASK 5061 127.0.0.1:{P1}'], 'from-A']]]],
    1 => ['data' => ['bar' => 'from-B']],
]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */
$before = fake_count('CLUSTER SLOTS');

var_dump($c->get('bar'));
echo "B: ", fake_cmds(1), "\n";
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";

$d = new RedisCluster(null, $seeds, 1, 1);
echo "CLUSTER SLOTS after the 2nd construction: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
$e = new RedisCluster(null, $seeds, 1, 1);
echo "CLUSTER SLOTS after the 3rd construction: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
/* the map did not change: the slot still goes to node 0 */
var_dump($e->get('bar'));
fake_stop();
?>
--EXPECT--
string(6) "from-B"
B: ASKING, GET bar
CLUSTER SLOTS after the command: 0
cached=yes stale=yes hits=0 misses=1 refreshes=0 inv: ask=1
CLUSTER SLOTS after the 2nd construction: 1
cached=yes stale=no hits=1 misses=1 refreshes=1 inv: ask=1
CLUSTER SLOTS after the 3rd construction: 1
cached=yes stale=no hits=2 misses=1 refreshes=1 inv: ask=1
string(6) "from-A"
