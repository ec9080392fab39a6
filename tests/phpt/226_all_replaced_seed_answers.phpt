--TEST--
Every cached node replaced while the seed address keeps answering (with a new map): the next request's GET, on an object built from the cache, falls back on the seed and goes to the new node
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
unset($c);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */

fake_kill(0);
fake_kill(1);
fake_kill(2);
$new = fake_add(['id' => sha1('new-data-node'), 'data' => ['bar' => 'from-new-node']]);
$endpoint = fake_add(['id' => sha1('new-endpoint'),
    'slots' => [[0, 16383, [FAKE_HOST, "{P$new}", sha1('new-data-node'), []]]]], fake_port(0));

for ($i = 0; $i < 3; $i++) {
    $o = new RedisCluster(null, $seed, 1, 1);
    try {
        var_dump($o->get('bar'));
    } catch (RedisClusterException $e) {
        echo fake_exc($e), "\n";
    }
}
echo "new endpoint: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS', [$endpoint]), "\n";
echo "new node: ", fake_cmds($new), "\n";
echo fake_cache_summary($seed), "\n";
fake_stop();
?>
--EXPECT--
string(13) "from-new-node"
string(13) "from-new-node"
string(13) "from-new-node"
new endpoint: CLUSTER SLOTS 1
new node: GET bar, GET bar, GET bar
cached=yes stale=no hits=3 misses=1 refreshes=1 inv: connection=1 all_unreachable=1
