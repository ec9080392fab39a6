--TEST--
subscribe(): a nested subscribe() from the callback and a callback that throws: exceptions, the subscription ended
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'SUBSCRIBE', 'reply' => ['raw' => resp_array('subscribe', 'ch', 1) . resp_array('message', 'ch', 'one')]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 5);
try {
    $c->subscribe(['ch'], fn ($redis) => $redis->subscribe(['other'], fn () => null));
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
try {
    $c->subscribe(['ch'], function () { throw new LogicException('mine'); });
} catch (LogicException $e) {
    echo fake_exc($e), "\n";
}
[$r, $warnings] = [null, []];
set_error_handler(function ($no, $msg) use (&$warnings) { $warnings[] = $msg; return true; });
var_dump($c->unsubscribe(['ch']));
restore_error_handler();
echo implode("\n", $warnings), "\n";
echo fake_cmds(0), "\n";
fake_stop();
?>
--EXPECT--
RedisClusterException: Already in a subscribe loop: unsubscribe() first
LogicException: mine
bool(false)
RedisCluster::unsubscribe(): You can't unsubscribe outside of a subscribe loop
SUBSCRIBE ch, SUBSCRIBE ch
