--TEST--
Addressing a node by [host, port] in a map of 3003 nodes: each real master is found wherever its address sorts, a replica or an unknown address is not
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_start([['id' => fake_node_id(0)], ['id' => fake_node_id(1)], ['id' => fake_node_id(2)]], []);
$real = [fake_port(0), fake_port(1), fake_port(2)];

/* 1500 made-up masters owning slots 0..1499, each with a made-up replica, on ports
 * spread over 1..63000 so that the real nodes' ports sort among them; the three real
 * masters share the other slots. */
$port = 0;
$next_port = function () use (&$port, $real) {
    do {
        $port += 21;
    } while (in_array($port, $real, true));
    return $port;
};
$slots = [];
for ($i = 0; $i < 1500; $i++) {
    $slots[] = [$i, $i, [FAKE_HOST, $next_port()], [FAKE_HOST, $next_port()]];
}
$slots[] = [1500, 6000, [FAKE_HOST, $real[0], fake_node_id(0)]];
$slots[] = [6001, 11000, [FAKE_HOST, $real[1], fake_node_id(1)]];
$slots[] = [11001, 16383, [FAKE_HOST, $real[2], fake_node_id(2)]];
fake_set_slots($slots);

$c = new RedisCluster(null, fake_seeds([0]), 1, 1);
echo 'masters: ', count($c->_masters()), "\n";
foreach ($real as $i => $p) {
    echo "node $i: ", var_export($c->ping([FAKE_HOST, $p]), true), "\n";
}
foreach (['replica' => [FAKE_HOST, 42], 'unknown' => [FAKE_HOST, 43], 'other host' => ['127.0.0.2', $real[0]]] as $what => $addr) {
    $got = $c->ping($addr);
    echo "$what: ", var_export($got, true), "\n";
}
fake_stop();
?>
--EXPECTF--
masters: 1503
node 0: true
node 1: true
node 2: true

Warning: RedisCluster::ping(): Unknown node 127.0.0.1:42 in %s on line %d
replica: false

Warning: RedisCluster::ping(): Unknown node 127.0.0.1:43 in %s on line %d
unknown: false

Warning: RedisCluster::ping(): Unknown node 127.0.0.2:%d in %s on line %d
other host: false
