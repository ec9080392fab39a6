--TEST--
MULTI on a cluster: MULTI goes to a node with its first queued command, EXEC to every node touched, replies in call order
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* keys sharing a tag per node: one slot per node's transaction, as Redis Cluster requires */
$a = fake_tag_on(0, 2) . 'a';
$b = fake_tag_on(1, 2) . 'b';
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['data' => [$b => 'B']]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

var_dump($c->multi() === $c, $c->getMode() === RedisCluster::MULTI);
var_dump($c->get($a) === $c);
$c->set($b, 'B2');
$c->get($b);
$c->mget([$a, $b]);
$c->del($a);
echo json_encode($c->exec()), "\n";
var_dump($c->getMode() === RedisCluster::ATOMIC);
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
/* an empty transaction */
$c->multi();
var_dump($c->exec());
/* outside MULTI */
var_dump($c->exec(), $c->discard());
fake_stop();
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
["A",true,"B2",["A","B2"],1]
bool(true)
node 0: MULTI, GET %s, MGET %s, DEL %s, EXEC
node 1: MULTI, SET %s B2, GET %s, MGET %s, EXEC
array(0) {
}

Warning: RedisCluster::exec(): RedisCluster is not in MULTI mode in %s on line %d

Warning: RedisCluster::discard(): Cluster is not in MULTI mode in %s on line %d
bool(false)
bool(false)
