--TEST--
A connection lost inside MULTI, between MULTI and EXEC, or at EXEC: a clear error, no other node left in MULTI, nothing reported as success
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$a = fake_tag_on(0, 2) . 'a';
$b = fake_tag_on(1, 2) . 'b';

/* lost while queueing */
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['rules' => [['cmd' => 'SET', 'reply' => ['close' => true]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->multi();
$c->get($a);
try {
    $c->set($b, 'x');
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
echo "node 0: ", fake_cmds(0), "\n";

/* lost after QUEUED, before EXEC: node 1 closes once it has answered */
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['rules' => [
    ['cmd' => 'SET', 'reply' => ['status' => 'QUEUED', 'close' => true]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->multi();
$c->get($a);
$c->set($b, 'x');
usleep(100000);
try {
    var_dump($c->exec());
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
echo "node 0: ", fake_cmds(0), "\n";

/* lost at EXEC: node 1 closes instead of answering it; node 0 ran its part */
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['rules' => [['cmd' => 'EXEC', 'reply' => ['close' => true]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->multi();
$c->get($a);
$c->get($b);
try {
    var_dump($c->exec());
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
var_dump($c->getMode() === RedisCluster::ATOMIC, $c->get($a));
fake_stop();
?>
--EXPECTF--
RedisClusterException: Connection lost inside MULTI: the transaction was discarded (Error reading from 127.0.0.1:%d: connection lost)
node 0: MULTI, GET %s, DISCARD
RedisClusterException: Connection lost between MULTI and EXEC: the transaction was discarded (127.0.0.1:%d)
node 0: MULTI, GET %s, DISCARD
RedisClusterException: EXEC ran on 1 of 2 nodes, 1 unknown (Error reading from 127.0.0.1:%d: connection lost): the transaction was not applied whole
bool(true)
string(1) "A"
