--TEST--
A node stopped after the cache was filled, a replacement map available from another node: GET succeeds, 'connection' counted once, one CLUSTER SLOTS over 20 quick requests
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
$c = new RedisCluster(null, $seeds, 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */

fake_kill(0);
/* node 1 took node 0's slots */
fake_set_slots([[0, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []]]]);
$before = fake_count('CLUSTER SLOTS', [1]);

$ok = 0;
$t0 = microtime(true);
for ($i = 0; $i < 20; $i++) {
    /* one request, as PHP-FPM runs it: a new object, one command */
    $o = new RedisCluster(null, $seeds, 1, 1);
    try {
        $v = $o->get($k);
        $ok += $v === 'from-1';
        if ($v !== 'from-1') {
            echo "request $i: ", var_export($v, true), "\n";
        }
    } catch (RedisClusterException $e) {
        echo "request $i: ", fake_exc($e), "\n";
    }
    unset($o);
}
$elapsed = microtime(true) - $t0;
echo "ok: $ok\n";
echo $elapsed < 1 ? "bounded\n" : "took $elapsed s\n";
echo "CLUSTER SLOTS since the stop: ", fake_count('CLUSTER SLOTS', [1]) - $before, "\n";
echo fake_cache_summary(), "\n";
$e = fake_cache_entry();
echo "masters ", $e['masters'], ", nodes ", $e['nodes'], "\n";
fake_stop();
?>
--EXPECT--
ok: 20
bounded
CLUSTER SLOTS since the stop: 1
cached=yes stale=no hits=20 misses=1 refreshes=1 inv: connection=1
masters 1, nodes 1
