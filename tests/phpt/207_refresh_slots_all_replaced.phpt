--TEST--
refreshSlots() on an object built from the cache when every cached node is gone and the seed address hosts a new node with a new map: true, commands go to the new map's node
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* node 0 is the seed (a configuration endpoint, in no map); nodes 1 and 2 hold the slots */
fake_start([['id' => fake_node_id(0)], ['id' => fake_node_id(1)], ['id' => fake_node_id(2)]], [
    [0, 8191, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
    [8192, 16383, [FAKE_HOST, '{P2}', fake_node_id(2), []]],
]);
$seed = [fake_addr(0)];
$c = new RedisCluster(null, $seed, 1, 1);
echo fake_cache_summary($seed), "\n";

/* everything is replaced; the seed address now hosts a new node (3) whose map
 * names one new node (4) for every slot */
fake_kill(0);
fake_kill(1);
fake_kill(2);
$new = fake_add(['id' => sha1('new-data-node'), 'data' => ['bar' => 'from-new-node']]);
$endpoint = fake_add(['id' => sha1('new-endpoint'),
    'slots' => [[0, 16383, [FAKE_HOST, "{P$new}", sha1('new-data-node'), []]]]], fake_port(0));
var_dump(fake_port($endpoint) === fake_port(0));

$d = new RedisCluster(null, $seed, 1, 1); /* from the cache: the old map */
var_dump($d->refreshSlots());
echo fake_cache_summary($seed), "\n";
$e = fake_cache_entry($seed);
echo "masters ", $e['masters'], ", nodes ", $e['nodes'], "\n";
var_dump($d->get('bar'));

/* the next object built from the cache goes to the new node directly */
$f = new RedisCluster(null, $seed, 1, 1);
var_dump($f->get('bar'));
echo "new endpoint: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS', [$endpoint]), "\n";
echo "new node: ", fake_cmds($new), "\n";
fake_stop();
?>
--EXPECT--
cached=yes stale=no hits=0 misses=1 refreshes=0 inv: none
bool(true)
bool(true)
cached=yes stale=no hits=1 misses=1 refreshes=1 inv: all_unreachable=1 manual=1
masters 1, nodes 1
string(13) "from-new-node"
string(13) "from-new-node"
new endpoint: CLUSTER SLOTS 1
new node: GET bar, GET bar
