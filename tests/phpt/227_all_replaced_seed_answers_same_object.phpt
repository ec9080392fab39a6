--TEST--
Every node replaced while the seed address keeps answering, seen by a long-lived object holding connections to the old nodes and the old seed: GET goes to the new node; 'all_unreachable' counted once (no known node answered), 'connection' once
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
var_dump($c->get('bar'));
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */

fake_kill(0);
fake_kill(1);
fake_kill(2);
$new = fake_add(['id' => sha1('new-data-node'), 'data' => ['bar' => 'from-new-node']]);
$endpoint = fake_add(['id' => sha1('new-endpoint'),
    'slots' => [[0, 16383, [FAKE_HOST, "{P$new}", sha1('new-data-node'), []]]]], fake_port(0));

try {
    var_dump($c->get('bar'));
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
echo "new endpoint: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS', [$endpoint]), "\n";
echo "new node: ", fake_cmds($new), "\n";
echo fake_cache_summary($seed), "\n";
fake_stop();
?>
--EXPECT--
string(3) "old"
string(13) "from-new-node"
new endpoint: CLUSTER SLOTS 1
new node: GET bar
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: connection=1 all_unreachable=1
