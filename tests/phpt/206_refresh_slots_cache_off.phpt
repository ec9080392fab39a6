--TEST--
refreshSlots() with the cache off: fetches now and replaces the object's map; nothing is cached
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$after = [
    [0, 5060, [FAKE_HOST, '{P0}', fake_node_id(0), []]],
    [5061, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []]],
];
fake_cluster(2, [0 => ['data' => ['bar' => 'old-owner']], 1 => ['data' => ['bar' => 'new-owner']]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
var_dump($c->get('bar'));
fake_set_slots($after);

var_dump($c->refreshSlots());
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
var_dump($c->get('bar'));
var_dump(RedisCluster::getSlotCacheInfo());
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(9) "old-owner"
bool(true)
CLUSTER SLOTS 2
string(9) "new-owner"
array(0) {
}
node 0: GET bar
node 1: GET bar
