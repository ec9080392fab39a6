--TEST--
Redis: MULTI inside a pipeline is one write; the block gives one element of exec()'s result, each reply shaped as outside
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

/* the fake node checks slots as a cluster node does: the keys share a hash tag */
[$port] = fake_start([['data' => ['{t}a' => '1']]]);
$r = new Redis();
$r->connect(FAKE_HOST, $port, 1, null, 0, 1);
$r->pipeline();
$r->get('{t}a');
var_dump($r->multi() === $r, $r->getMode() === (Redis::PIPELINE | Redis::MULTI));
$r->set('{t}b', '2');
$r->mget(['{t}a', '{t}b', '{t}nope']);
$r->exists('{t}a', '{t}b');
var_dump($r->exec() === $r, $r->getMode() === Redis::PIPELINE);
$r->get('{t}b');
var_export($r->exec());
echo "\n";
/* one write: every command came in the node's same read */
$batches = array_unique(array_column(array_filter(fake_log_entries(0), fn($e) => $e['cmd'][0] !== '#'), 'batch'));
echo count($batches), " read(s): ", implode(', ', fake_log(0)), "\n";
fake_stop();
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
array (
  0 => '1',
  1 => 
  array (
    0 => true,
    1 => 
    array (
      0 => '1',
      1 => '2',
      2 => false,
    ),
    2 => 2,
  ),
  2 => '2',
)
1 read(s): GET {t}a, MULTI, SET {t}b 2, MGET {t}a {t}b {t}nope, EXISTS {t}a {t}b, EXEC, GET {t}b
