--TEST--
ssubscribe(): MOVED from the node the map names is followed to the channel's owner
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
$ch = fake_key_on(0, 2, 'chan');
$slot = fake_key_slot($ch);
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'SSUBSCRIBE', 'reply' => ['err' => "MOVED $slot 127.0.0.1:{P1}"]]]],
    1 => ['rules' => [
        ['cmd' => 'SSUBSCRIBE', 'reply' => ['raw' => resp_array('ssubscribe', $ch, 1) . resp_array('smessage', $ch, 'hi')]],
        ['cmd' => 'SUNSUBSCRIBE', 'reply' => ['raw' => resp_array('sunsubscribe', $ch, 0)]],
    ]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 5);
var_dump($c->ssubscribe([$ch], function ($redis, $channel, $msg) use ($ch) {
    echo $channel === $ch ? "channel ok" : "channel $channel", ": $msg\n";
    $redis->sunsubscribe([$ch]);
}));
echo str_replace($ch, 'CH', fake_cmds(0)), "\n";
echo str_replace($ch, 'CH', fake_cmds(1)), "\n";
fake_stop();
?>
--EXPECT--
channel ok: hi
bool(true)
SSUBSCRIBE CH
SSUBSCRIBE CH, SUNSUBSCRIBE CH
