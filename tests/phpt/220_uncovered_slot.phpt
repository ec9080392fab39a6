--TEST--
A slot the cached map leaves uncovered, covered by the cluster now: counted 'uncovered', one refresh, the command retried and answered
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* slots 5000..5100 (with 5061, "bar") have no owner in the first map */
fake_cluster(2, [0 => ['data' => ['bar' => 'covered-now']]]);
fake_set_slots([
    [0, 4999, [FAKE_HOST, '{P0}', fake_node_id(0), []]],
    [5101, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */
fake_set_slots(fake_slots(2)); /* node 0: 0..8191 */
$before = fake_count('CLUSTER SLOTS');

var_dump($c->get('bar'));
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";

$d = new RedisCluster(null, $seeds, 1, 1);
var_dump($d->get('bar'));
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(11) "covered-now"
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: uncovered=1
string(11) "covered-now"
CLUSTER SLOTS after the command: 1
node 0: GET bar, GET bar
node 1: -
