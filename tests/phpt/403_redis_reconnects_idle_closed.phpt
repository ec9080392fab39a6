--TEST--
Redis: a connection the server closed while idle is replaced before the next command (which runs once), as phpredis reconnects
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

[$port] = fake_start([['data' => ['k' => 'v'], 'rules' => [
    /* the server answers, then closes the connection: the next command finds it closed */
    ['cmd' => 'PING', 'replies' => [['status' => 'PONG', 'close' => true], ['status' => 'PONG']]],
]]]);
$r = new Redis();
$r->connect(FAKE_HOST, $port, 1, null, 0, 1);
var_dump($r->ping());
usleep(100000);
var_dump($r->set('n', '1'), $r->get('k'));
echo implode(', ', fake_log(0, true)), "\n";
fake_stop();
?>
--EXPECTF--
bool(true)
bool(true)
string(1) "v"
#OPEN, PING, #CLOSE, #OPEN, SET n 1, GET k
