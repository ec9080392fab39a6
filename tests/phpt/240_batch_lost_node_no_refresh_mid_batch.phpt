--TEST--
A node lost while a multi-key command's replies are read: no refresh borrows another node's busy connection
--DESCRIPTION--
DEL over three nodes. Node 0 closes its connection instead of answering; nodes
1 and 2 never answer DEL. The refresh that the lost node calls for must wait
until every group's replies are read (or their connections dropped): run in
the middle of the batch, it wrote CLUSTER SLOTS on node 1's connection (still
owed DEL's reply), timed out there, freed that connection, and the batch then
read through the freed pointer.
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = [fake_key_on(0, 3), fake_key_on(1, 3), fake_key_on(2, 3)];
$hang = ['cmd' => ['DEL', 'UNLINK'], 'reply' => ['hang' => true]];
fake_cluster(3, [
    0 => ['data' => [$k[0] => 'a'], 'rules' => [
        ['cmd' => ['DEL', 'UNLINK'], 'reply' => ['close' => true]],
        /* the construction's answer, then a node that will not say */
        ['cmd' => 'CLUSTER SLOTS', 'replies' => [['builtin' => true], ['close' => true]]],
    ]],
    1 => ['data' => [$k[1] => 'b'], 'rules' => [$hang]],
    2 => ['data' => [$k[2] => 'c'], 'rules' => [$hang]],
]);
$c = new RedisCluster(null, [fake_addr(0)], 1, 1);

foreach (['del', 'unlink'] as $method) {
    $t0 = microtime(true);
    try {
        var_dump($c->$method($k));
    } catch (RedisClusterException $e) {
        echo $method, ': ', fake_exc($e), "\n";
    }
    $elapsed = microtime(true) - $t0;
    echo $elapsed < 4 ? "bounded\n" : "took $elapsed s\n";
}
/* every group's connection was read to its end or dropped: the object works on */
var_dump($c->get($k[1]), $c->get($k[2]));
fake_stop();
?>
--EXPECTF--
del: RedisClusterException: Error reading from 127.0.0.1:%d: connection lost
bounded
unlink: RedisClusterException: Error reading from 127.0.0.1:%d: connection lost
bounded
string(1) "b"
string(1) "c"
