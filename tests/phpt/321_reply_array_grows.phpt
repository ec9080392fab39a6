--TEST--
An array count that fits memory_limit is not allocated up front: arrays grow as elements arrive, nested arrays intact
--EXTENSIONS--
redis
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* 16777215 zvals would take 256 MiB: within memory_limit, so the reply is read, but
 * only the two elements that arrive may cost memory before the node hangs up. */
$rules = [['cmd' => 'SET', 'key' => 'short', 'reply' => ['raw' => "*16777215\r\n:1\r\n:2\r\n", 'close' => true]]];
/* Nested arrays spread over many reads: every level grows while its children arrive. */
$big = [];
for ($i = 0; $i < 20000; $i++) {
    $big[] = [$i, "v$i", [$i, [str_repeat('x', $i % 7)]]];
}
$rules[] = ['cmd' => 'DEBUGX', 'reply' => $big];
fake_cluster(1, [0 => ['data' => ['foo' => 'still works'], 'rules' => $rules]]);
$c = new RedisCluster(null, fake_seeds(), 1, 5); /* 5: room for valgrind */

memory_reset_peak_usage();
$base = memory_get_usage();
try {
    $c->set('short', 'v');
    echo "no exception\n";
} catch (RedisClusterException $e) {
    echo $e->getMessage(), "\n";
}
$grew = memory_get_peak_usage() - $base;
echo $grew < 16 << 20 ? "no up-front allocation\n" : "peak grew by $grew bytes\n";

$got = $c->rawcommand('k', 'DEBUGX', 'k');
echo $got === $big ? "nested reply intact\n" : "nested reply differs\n";
var_dump($c->get('foo'));
fake_stop();
?>
--EXPECTF--
Error reading from 127.0.0.1:%d: connection lost
no up-front allocation
nested reply intact
string(11) "still works"
