--TEST--
MOVED to an address missing from the slot map: the client connects to it
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* nodes 0 and 1 share the slots; slot 5061 ("bar") then moves to node 2 */
$after = [
    [0, 5060, [FAKE_HOST, '{P0}', fake_node_id(0)]],
    [5061, 5061, [FAKE_HOST, '{P2}', fake_node_id(2)]],
    [5062, 8191, [FAKE_HOST, '{P0}', fake_node_id(0)]],
    [8192, 16383, [FAKE_HOST, '{P1}', fake_node_id(1)]],
];
fake_start([
    ['id' => fake_node_id(0), 'rules' => [['cmd' => 'GET', 'key' => 'bar',
        'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P2}'], 'set_slots' => $after]]],
    ['id' => fake_node_id(1)],
    ['id' => fake_node_id(2), 'data' => ['bar' => 'on-new-node']],
], fake_slots(2));
$c = new RedisCluster(null, fake_seeds([0, 1]), 1, 1);

var_dump($c->get('bar'));
var_dump($c->get('bar'));
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
echo "node 2: ", fake_cmds(2), "\n";
fake_stop();
?>
--EXPECT--
string(11) "on-new-node"
string(11) "on-new-node"
node 0: GET bar
node 1: -
node 2: GET bar, GET bar
