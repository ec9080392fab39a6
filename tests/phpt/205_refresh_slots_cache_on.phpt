--TEST--
refreshSlots() with the cache on: fetches now (not debounced, right after the fill), replaces the object's map and the cached entry, counted 'manual'
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* slot 5061 ("bar") belongs to node 0, then to node 1 */
$after = [
    [0, 5060, [FAKE_HOST, '{P0}', fake_node_id(0), []]],
    [5061, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
];
fake_cluster(2, [0 => ['data' => ['bar' => 'old-owner']], 1 => ['data' => ['bar' => 'new-owner']]]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
fake_set_slots($after);

var_dump($c->refreshSlots());
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";
var_dump($c->get('bar'));

/* an object built from the refreshed entry: no fetch, the new owner directly */
$d = new RedisCluster(null, $seeds, 1, 1);
var_dump($d->get('bar'));
var_dump($c->refreshSlots());
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
echo fake_cache_summary(), "\n";
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
bool(true)
CLUSTER SLOTS 2
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: manual=1
string(9) "new-owner"
string(9) "new-owner"
bool(true)
CLUSTER SLOTS 3
cached=yes stale=no hits=1 misses=1 refreshes=2 inv: manual=2
node 0: -
node 1: GET bar, GET bar
