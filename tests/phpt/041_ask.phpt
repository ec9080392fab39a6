--TEST--
ASK: ASKING then the command on the target, once; the slot map does not change
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar',
                       'replies' => [['err' => 'ASK 5061 127.0.0.1:{P1}'], 'from-A']]]],
    1 => ['data' => ['bar' => 'from-B']],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

var_dump($c->get('bar'));
echo "A: ", fake_cmds(0), "\n";
echo "B: ", fake_cmds(1), "\n";
$b = fake_log_entries(1);
var_dump(count($b) === 2 && $b[0]['conn'] === $b[1]['conn']);

var_dump($c->get('bar'));
echo "A: ", fake_cmds(0), "\n";
echo "B: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
string(6) "from-B"
A: GET bar
B: ASKING, GET bar
bool(true)
string(6) "from-A"
A: GET bar, GET bar
B: ASKING, GET bar
