--TEST--
OPT_REPLY_LITERAL returns status replies as their text; OPT_NULL_MULTIBULK_AS_NULL returns a nil array as null
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'LRANGE', 'reply' => ['raw' => "*-1\r\n"]],
    ['cmd' => 'SET', 'reply' => ['raw' => "+OK\r\n"]],
    ['cmd' => 'PING', 'reply' => ['raw' => "+PONG\r\n"]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

var_dump($c->getOption(RedisCluster::OPT_REPLY_LITERAL), $c->set('k', 'v'), $c->ping('k'), $c->rawcommand('k', 'SET', 'k', 'v'));
var_dump($c->setOption(RedisCluster::OPT_REPLY_LITERAL, true));
var_dump($c->getOption(RedisCluster::OPT_REPLY_LITERAL), $c->set('k', 'v'), $c->ping('k'), $c->rawcommand('k', 'SET', 'k', 'v'));

var_dump($c->getOption(RedisCluster::OPT_NULL_MULTIBULK_AS_NULL), $c->lrange('l', 0, -1));
var_dump($c->setOption(RedisCluster::OPT_NULL_MULTIBULK_AS_NULL, true));
var_dump($c->getOption(RedisCluster::OPT_NULL_MULTIBULK_AS_NULL), $c->lrange('l', 0, -1));
fake_stop();
?>
--EXPECT--
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
string(2) "OK"
string(4) "PONG"
string(2) "OK"
int(0)
bool(false)
bool(true)
int(1)
NULL
