--TEST--
CLUSTER SLOTS with replicas and Redis 7 hostname metadata: valid, commands go to the master's ip
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$slots = [[0, 16383,
    [FAKE_HOST, '{P0}', fake_node_id(0), ['hostname', 'master.invalid']],
    [FAKE_HOST, '{P1}', fake_node_id(1), ['hostname', 'replica.invalid']]]];
fake_start([
    ['id' => fake_node_id(0), 'data' => ['foo' => 'from-master']],
    ['id' => fake_node_id(1), 'data' => ['foo' => 'from-replica']],
], $slots);
$c = new RedisCluster(null, fake_seeds([0]), 1, 1);
var_dump($c->get('foo'));
echo "master: ", fake_cmds(0), "\n";
echo "replica: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(11) "from-master"
master: GET foo
replica: -
