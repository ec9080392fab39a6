--TEST--
A node that sends one reply more than it was asked for does not put the connection out of step: the next command goes out on a new connection (it got the reply before its own, another key's value, and so did every command after it); in a pipeline, the group whose replies outnumber its commands has none taken (its reads are sent again, a write's outcome is unknown)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$rules = ['rules' => [
    ['cmd' => 'GET', 'key' => 'a', 'replies' => [['raw' => "\$2\r\nva\r\n\$5\r\nEXTRA\r\n"], 'va']],
    ['cmd' => 'GET', 'key' => 'd', 'replies' => [['raw' => "\$2\r\nvd\r\n\$5\r\nEXTRA\r\n"], 'vd']],
    ['cmd' => 'GET', 'key' => 'b', 'reply' => 'vb'],
    ['cmd' => 'GET', 'key' => 'c', 'reply' => 'vc'],
    ['cmd' => 'SET', 'reply' => ['status' => 'OK']],
]];
fake_cluster(1, [0 => $rules]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
var_dump($c->get('a'), $c->get('b'), $c->get('c'));
echo "-- in a pipeline of reads\n";
$c->pipeline();
$c->get('d');
$c->get('b');
var_dump($c->exec());
var_dump($c->get('c'));
fake_stop();

echo "-- in a pipeline with a write\n";
fake_cluster(1, [0 => $rules]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->pipeline();
$c->get('d');
$c->set('x', '1');
$c->get('b');
try {
    var_dump($c->exec());
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
var_dump($c->get('b'));
echo "GET d sent ", count(array_filter(fake_log(0), fn($cmd) => $cmd === 'GET d')), " times\n";
?>
--EXPECTF--
string(2) "va"
string(2) "vb"
string(2) "vc"
-- in a pipeline of reads
array(2) {
  [0]=>
  string(2) "vd"
  [1]=>
  string(2) "vb"
}
string(2) "vc"
-- in a pipeline with a write
RedisClusterException: 127.0.0.1:%d sent more replies than commands (3 of the pipeline's commands have an unknown outcome: they may have run)
string(2) "vb"
GET d sent 1 times
