--TEST--
ssubscribe(): when the server ends the shard subscription unasked (the slot moved), it is made again at the new owner
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
$ch = fake_key_on(0, 2, 'chan');
$slot = fake_key_slot($ch);
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'SSUBSCRIBE', 'replies' => [
        ['raw' => resp_array('ssubscribe', $ch, 1) . resp_array('smessage', $ch, 'before')
            . resp_array('sunsubscribe', $ch, 0)],
        ['err' => "MOVED $slot 127.0.0.1:{P1}"],
    ]]]],
    1 => ['rules' => [
        ['cmd' => 'SSUBSCRIBE', 'reply' => ['raw' => resp_array('ssubscribe', $ch, 1) . resp_array('smessage', $ch, 'after')]],
        ['cmd' => 'SUNSUBSCRIBE', 'reply' => ['raw' => resp_array('sunsubscribe', $ch, 0)]],
    ]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 5);
var_dump($c->ssubscribe([$ch], function ($redis, $channel, $msg) use ($ch) {
    echo "$msg\n";
    if ($msg === 'after') {
        var_dump($redis->sunsubscribe([$ch]) === [$ch => true]);
    }
}));
echo str_replace($ch, 'CH', fake_cmds(0)), "\n";
echo str_replace($ch, 'CH', fake_cmds(1)), "\n";
fake_stop();
?>
--EXPECT--
before
after
bool(true)
bool(true)
SSUBSCRIBE CH, SSUBSCRIBE CH
SSUBSCRIBE CH, SUNSUBSCRIBE CH
