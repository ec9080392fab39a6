--TEST--
pipeline(): a connection lost after the write or mid-reply throws, naming how many commands have an unknown outcome; the replies read are on the exception; no write is re-sent
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k0 = fake_key_on(0, 2, 'a');
$k1 = [fake_key_on(1, 2, 'b'), fake_key_on(1, 2, 'c'), fake_key_on(1, 2, 'd')];
foreach (['after the write' => ['close' => true], 'mid-reply' => ['raw' => "\$10\r\nabc", 'close' => true]] as $case => $spec) {
    fake_cluster(2, [
        0 => ['data' => [$k0 => 'A']],
        1 => ['data' => [$k1[0] => 'B'], 'rules' => [['cmd' => 'SET', 'key' => $k1[1], 'reply' => $spec]]],
    ]);
    $c = new RedisCluster(null, fake_seeds(), 1, 1);
    $c->pipeline();
    $c->get($k0);
    $c->get($k1[0]);
    $c->set($k1[1], 'x');
    $c->set($k1[2], 'y');
    try {
        var_dump($c->exec());
    } catch (RedisClusterException $e) {
        echo "$case: ", fake_exc($e), "\n";
        echo "  replies: ", json_encode($e->replies), "\n";
    }
    var_dump($c->getMode() === RedisCluster::ATOMIC);
    echo "  node 1 got: ", fake_cmds(1), "\n";
    /* the object works on: a fresh connection */
    var_dump($c->get($k0));
}
$e = new RedisClusterException('other');
var_dump($e->replies);
fake_stop();
?>
--EXPECTF--
after the write: RedisClusterException: Error reading from 127.0.0.1:%d: connection lost (2 of the pipeline's commands have an unknown outcome: they may have run)
  replies: ["A","B",null,null]
bool(true)
  node 1 got: GET %s, SET %s x, SET %s y
string(1) "A"
mid-reply: RedisClusterException: Error reading from 127.0.0.1:%d: connection lost (2 of the pipeline's commands have an unknown outcome: they may have run)
  replies: ["A","B",null,null]
bool(true)
  node 1 got: GET %s, SET %s x, SET %s y
string(1) "A"
NULL
