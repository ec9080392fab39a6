--TEST--
20 objects built from the cache before a node stopped, each then sends a GET: the first refresh is adopted by the others (one CLUSTER SLOTS in all), every GET succeeds quickly
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
fake_cluster(2, [0 => ['data' => [$k => 'from-0']], 1 => ['data' => [$k => 'from-1']]]);
$seeds = fake_seeds();
$objs = [];
for ($i = 0; $i < 20; $i++) {
    $objs[] = new RedisCluster(null, $seeds, 1, 1);
}
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */

fake_kill(0);
fake_set_slots([[0, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []]]]);
$before = fake_count('CLUSTER SLOTS', [1]);

$ok = 0;
$t0 = microtime(true);
foreach ($objs as $i => $o) {
    try {
        $v = $o->get($k);
        $ok += $v === 'from-1';
        if ($v !== 'from-1') {
            echo "object $i: ", var_export($v, true), "\n";
        }
    } catch (RedisClusterException $e) {
        echo "object $i: ", fake_exc($e), "\n";
    }
}
$elapsed = microtime(true) - $t0;
echo "ok: $ok\n";
echo $elapsed < 1 ? "bounded\n" : sprintf("took %.2f s\n", $elapsed);
echo "CLUSTER SLOTS since the stop: ", fake_count('CLUSTER SLOTS', [1]) - $before, "\n";
$e = fake_cache_entry();
var_dump($e['cached'], $e['refreshes']);
/* one dead node seen by 20 objects: at most one count each */
$n = $e['invalidations']['connection'];
echo $n >= 1 && $n <= 20 ? "connection counted\n" : "connection counted $n times\n";
fake_stop();
?>
--EXPECT--
ok: 20
bounded
CLUSTER SLOTS since the stop: 1
bool(true)
int(1)
connection counted
