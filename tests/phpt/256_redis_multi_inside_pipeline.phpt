--TEST--
Redis (one server): multi() inside a pipeline queues MULTI, the block and EXEC, all in the pipeline's one write; exec() nests the block's replies (Laravel's RedisQueue::bulk()); on a cluster it is still refused
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [['data' => []]]);
$r = new Redis();
$r->connect('127.0.0.1', fake_port(0), 1, null, 0, 1);

var_dump($r->pipeline() === $r, $r->set('a', '1') === $r);
var_dump($r->multi() === $r, $r->set('a', '2') === $r, $r->get('a') === $r, $r->del('{t}b', '{t}c') === $r);
echo @$r->multi() === false ? "a second multi() refused\n" : "a second multi() queued\n";
var_dump($r->exec() === $r, $r->get('a') === $r);
var_dump($r->exec());
echo fake_cmds(0), "\n";
$batches = array_unique(array_column(fake_log_entries(0), 'batch'));
echo count($batches) === 1 ? "one write\n" : count($batches) . " writes\n";

/* discard() with a block open drops the whole pipeline, as phpredis's does */
$r->pipeline();
$r->set('a', 'never');
$r->multi();
$r->set('a', 'never');
var_dump($r->discard());
var_dump($r->getMode() === Redis::ATOMIC, $r->get('a'), $r->exec());

$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->pipeline();
var_dump(@$c->multi(), error_get_last()['message']);
$c->discard();
fake_stop();
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
a second multi() refused
bool(true)
bool(true)
array(3) {
  [0]=>
  bool(true)
  [1]=>
  array(3) {
    [0]=>
    bool(true)
    [1]=>
    string(1) "2"
    [2]=>
    int(0)
  }
  [2]=>
  string(1) "2"
}
SET a 1, MULTI, SET a 2, GET a, DEL {t}b {t}c, EXEC, GET a
one write
bool(true)
bool(true)
string(1) "2"
bool(false)
bool(false)
string(76) "RedisCluster::multi(): MULTI inside a pipeline is not supported on a cluster"
