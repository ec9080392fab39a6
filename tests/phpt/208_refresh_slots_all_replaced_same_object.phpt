--TEST--
refreshSlots() on the object that filled the cache (its connections to the old nodes and the old seed are now dead) when every node is gone and the seed address hosts a new node: true, commands go to the new map's node
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_start([['id' => fake_node_id(0)], ['id' => fake_node_id(1), 'data' => ['bar' => 'old']], ['id' => fake_node_id(2)]], [
    [0, 8191, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
    [8192, 16383, [FAKE_HOST, '{P2}', fake_node_id(2), []]],
]);
$seed = [fake_addr(0)];
$c = new RedisCluster(null, $seed, 1, 1);
var_dump($c->get('bar')); /* a connection to node 1 too */

fake_kill(0);
fake_kill(1);
fake_kill(2);
$new = fake_add(['id' => sha1('new-data-node'), 'data' => ['bar' => 'from-new-node']]);
$endpoint = fake_add(['id' => sha1('new-endpoint'),
    'slots' => [[0, 16383, [FAKE_HOST, "{P$new}", sha1('new-data-node'), []]]]], fake_port(0));

try {
    var_dump($c->refreshSlots());
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
echo fake_cache_summary($seed), "\n";
var_dump($c->get('bar'));
echo "new endpoint: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS', [$endpoint]), "\n";
echo "new node: ", fake_cmds($new), "\n";
fake_stop();
?>
--EXPECT--
string(3) "old"
bool(true)
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: all_unreachable=1 manual=1
string(13) "from-new-node"
new endpoint: CLUSTER SLOTS 1
new node: GET bar
