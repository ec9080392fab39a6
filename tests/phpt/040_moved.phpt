--TEST--
MOVED: the command is resent to the target, _redir() names it, the next one goes there directly
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* slot 5061 ("bar") belongs to node 0, then moves to node 1 */
$after = [
    [0, 5060, [FAKE_HOST, '{P0}', fake_node_id(0)]],
    [5061, 5061, [FAKE_HOST, '{P1}', fake_node_id(1)]],
    [5062, 8191, [FAKE_HOST, '{P0}', fake_node_id(0)]],
    [8192, 16383, [FAKE_HOST, '{P1}', fake_node_id(1)]],
];
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar',
                       'reply' => ['err' => 'MOVED 5061 127.0.0.1:{P1}'],
                       'set_slots' => $after]]],
    1 => ['data' => ['bar' => 'moved-value']],
]);
$c = new RedisCluster(null, fake_seeds([0]), 1, 1);

var_dump($c->get('bar'));
var_dump($c->_redir() === fake_addr(1));
echo "A: ", fake_cmds(0), "\n";
echo "B: ", fake_cmds(1), "\n";

var_dump($c->get('bar'));
echo "A: ", fake_cmds(0), "\n";
echo "B: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(11) "moved-value"
bool(true)
A: GET bar
B: GET bar
string(11) "moved-value"
A: GET bar
B: GET bar, GET bar
