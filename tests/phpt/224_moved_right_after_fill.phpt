--TEST--
MOVED right after the cache was filled: the fill does not debounce the MOVED refresh (only failure-triggered refreshes count); the entry is replaced, the next object goes to the new owner
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* slot 5061 ("bar") belongs to node 0, then moves to node 1 */
$after = [
    [0, 5060, [FAKE_HOST, '{P0}', fake_node_id(0), []]],
    [5061, 5061, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
    [5062, 8191, [FAKE_HOST, '{P0}', fake_node_id(0), []]],
    [8192, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
];
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar',
                       'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P1}'],
                       'set_slots' => $after]]],
    1 => ['data' => ['bar' => 'moved-value']],
]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
/* no pause: the MOVED comes right after the fill, which is no failure-triggered refresh */
$before = fake_count('CLUSTER SLOTS');

var_dump($c->get('bar'));
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";

$d = new RedisCluster(null, $seeds, 1, 1);
var_dump($d->get('bar'));
$e = new RedisCluster(null, $seeds, 1, 1);
var_dump($e->get('bar'));
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(11) "moved-value"
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: moved=1
string(11) "moved-value"
string(11) "moved-value"
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=2 misses=1 refreshes=1 inv: moved=1
node 0: GET bar
node 1: GET bar, GET bar, GET bar
