--TEST--
TRYAGAIN: the command is retried and its value returned
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'replies' => [
        ['err' => 'TRYAGAIN Multiple keys request during rehashing of slot'],
        'value']]]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
var_dump($c->get('bar'));
echo "A: ", fake_cmds(0), "\n";
echo "B: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(5) "value"
A: GET bar, GET bar
B: -
