--TEST--
An -ERR reply: false, getLastError() has the message, clearLastError() clears it
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$msg = 'WRONGTYPE Operation against a key holding the wrong kind of value';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'reply' => ['err' => $msg]]]],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

var_dump($c->getLastError());
var_dump($c->get('bar'));
var_dump($c->getLastError());
var_dump($c->clearLastError());
var_dump($c->getLastError());
echo "A: ", fake_cmds(0), "\n";
fake_stop();
?>
--EXPECT--
NULL
bool(false)
string(65) "WRONGTYPE Operation against a key holding the wrong kind of value"
bool(true)
NULL
A: GET bar
