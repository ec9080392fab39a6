--TEST--
New reply shapes (CLIENT LIST, ACL GETUSER/LOG, ZMSCORE, LPOS, MSETNX) take whatever a node sends: odd lines, odd counts, wrong types
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'CLIENT LIST', 'replies' => ["id=7 name= age=x12 flags=N\n\nno-equals =v x=\r\nid=99999999999999999999", ['int' => 3]]],
    ['cmd' => 'ACL GETUSER', 'replies' => [[1, 'skipped', 'flags', ['on'], 'dangling'], 'not an array']],
    ['cmd' => 'ACL LOG', 'reply' => [['count', 1, 'reason'], 'loose', 5]],
    ['cmd' => 'ZMSCORE', 'reply' => ['1.5', null, 7, 'inf', '-inf', ['nested']]],
    ['cmd' => 'LPOS', 'replies' => [[1, 2], null, ['int' => 4]]],
    ['cmd' => 'MSETNX', 'replies' => [['bulk' => 'odd'], ['err' => 'ERR boom']]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
echo json_encode($c->client('k', 'list')), "\n";
var_dump($c->client('k', 'list'));
echo json_encode($c->acl('k', 'GETUSER', 'u')), "\n";
var_dump($c->acl('k', 'GETUSER', 'u'));
echo json_encode($c->acl('k', 'LOG')), "\n";
var_dump($c->zmscore('k', 'a', 'b', 'c', 'd', 'e', 'f'));
echo json_encode([$c->lpos('k', 'v', ['COUNT' => 2]), $c->lpos('k', 'v'), $c->lpos('k', 'v')]), "\n";
var_dump($c->msetnx(['k' => 'v']));
var_dump($c->msetnx(['k' => 'v']), $c->getLastError());
fake_stop();
?>
--EXPECT--
[{"id":7,"name":"","age":"x12","flags":"N"},{"x":""},{"id":"99999999999999999999"}]
bool(false)
{"flags":["on"]}
bool(false)
[{"count":1},"loose",5]
array(6) {
  [0]=>
  float(1.5)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
  [3]=>
  float(INF)
  [4]=>
  float(-INF)
  [5]=>
  bool(false)
}
[[1,2],false,4]
array(1) {
  [0]=>
  int(0)
}
bool(false)
string(8) "ERR boom"
