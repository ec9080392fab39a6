--TEST--
A redirection inside MULTI: a clear error, the transaction discarded on every node, the object usable after
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$a = fake_tag_on(0, 2) . 'a';
$b = fake_tag_on(1, 2) . 'b';
$moved = ['cmd' => 'SET', 'key' => $b, 'reply' => ['err' => 'MOVED ' . fake_key_slot($b) . ' 127.0.0.1:{P0}']];
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['data' => [$b => 'B'], 'rules' => [$moved]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$c->multi();
$c->set($a, 'A2');
try {
    $c->set($b, 'B2');
    echo "queued\n";
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
var_dump($c->getMode() === RedisCluster::ATOMIC, $c->exec());
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
var_dump($c->get($a));

/* ASK inside MULTI too */
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['rules' => [
    ['cmd' => 'SET', 'reply' => ['err' => 'ASK ' . fake_key_slot($b) . ' 127.0.0.1:{P0}']]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->multi();
$c->get($a);
try {
    $c->set($b, 'x');
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
echo "node 0: ", fake_cmds(0), "\n";
fake_stop();
?>
--EXPECTF--
RedisClusterException: Redirected inside MULTI: the transaction was discarded (MOVED %d 127.0.0.1:%d)

Warning: RedisCluster::exec(): RedisCluster is not in MULTI mode in %s on line %d
bool(true)
bool(false)
node 0: MULTI, SET %s A2, DISCARD
node 1: MULTI, SET %s B2, DISCARD
string(1) "A"
RedisClusterException: Redirected inside MULTI: the transaction was discarded (ASK %d 127.0.0.1:%d)
node 0: MULTI, GET %s, DISCARD
