--TEST--
pipeline(): one write per node, replies in call order, a MOVED and an ASK inside the batch re-sent alone to the right node
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k0 = [fake_key_on(0, 3, 'a'), fake_key_on(0, 3, 'b')];
$k1 = [fake_key_on(1, 3, 'c'), fake_key_on(1, 3, 'd')];
$k2 = fake_key_on(2, 3, 'e');
fake_cluster(3, [
    0 => ['data' => [$k0[0] => 'A0', $k0[1] => 'B0', $k1[1] => 'D-now-on-0']],
    1 => ['data' => [$k1[0] => 'C1'], 'rules' => [
        ['cmd' => 'GET', 'key' => $k1[1], 'reply' => ['err' => 'MOVED ' . fake_key_slot($k1[1]) . ' 127.0.0.1:{P0}']],
    ]],
    2 => ['data' => [$k0[0] => 'asked'], 'rules' => [
        ['cmd' => 'GET', 'key' => $k2, 'reply' => ['err' => 'ASK ' . fake_key_slot($k2) . ' 127.0.0.1:{P0}']],
    ]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
var_dump($c->pipeline() === $c, $c->getMode() === RedisCluster::PIPELINE);
$c->get($k0[0]);
$c->get($k1[0]);
$c->get($k1[1]);
$c->set($k2, 'E');
$c->get($k2);
$c->get($k0[1]);
$c->mget([$k0[0], $k1[0]]);
echo json_encode($c->exec()), "\n";
var_dump($c->getMode() === RedisCluster::ATOMIC);
foreach ([0, 1, 2] as $i) {
    $batches = array_unique(array_column(fake_log_entries($i), 'batch'));
    echo "node $i: ", fake_cmds($i), " (", count($batches), " reads)\n";
}
fake_stop();
?>
--EXPECTF--
bool(true)
bool(true)
["A0","C1","D-now-on-0",true,%s,"B0",["A0","C1"]]
bool(true)
node 0: GET %s, GET %s, MGET %s, GET %s, ASKING, GET %s (%d reads)
node 1: GET %s, GET %s, MGET %s (1 reads)
node 2: SET %s E, GET %s (1 reads)
