--TEST--
mget across three slow nodes costs one round trip: every node is written before any is read
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* each node answers GET/MGET after 0.5 s: one round trip takes ~0.5 s,
 * one per node ~1.5 s */
$slow = ['cmd' => ['GET', 'MGET'], 'reply' => ['builtin' => true, 'sleep' => 0.5]];
$k = [fake_key_on(0, 3), fake_key_on(1, 3), fake_key_on(2, 3)];
fake_cluster(3, [
    0 => ['data' => [$k[0] => 'v0'], 'rules' => [$slow]],
    1 => ['data' => [$k[1] => 'v1'], 'rules' => [$slow]],
    2 => ['data' => [$k[2] => 'v2'], 'rules' => [$slow]],
]);
$c = new RedisCluster(null, fake_seeds(), 2, 2);

$t0 = microtime(true);
echo implode(',', $c->mget($k)), "\n";
$elapsed = microtime(true) - $t0;
echo $elapsed < 1.2 ? "one round trip\n" : "took $elapsed s\n";

/* the last node got its command before the first node's reply was due */
$first = [];
foreach ([0, 1, 2] as $i) {
    $first[] = fake_log_entries($i)[0]['t'];
}
echo max($first) - min($first) < 0.4 ? "written together\n" : "written one after another\n";
fake_stop();
?>
--EXPECT--
v0,v1,v2
one round trip
written together
