--TEST--
Epoch check pipelined: when the check falls due on a batch of reads on connections already open (an MGET across nodes, a pipeline of GETs), its CLUSTER INFO rides in the same write as the commands to another node than the first command's (no round trip of its own); a newer epoch found there cuts the stale map's other reads short (a quarter of the budget for a hung old owner) and sends them again by the new map; a batch with a write, or one that would open connections, is checked on its own first, as a single command is
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
redis.clusters.epoch_check_ms=300
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = [fake_key_on(0, 3, 'a'), fake_key_on(1, 3, 'b'), fake_key_on(2, 3, 'c')];
fake_cluster(3, [
    0 => ['data' => [$k[0] => 'v0']],
    1 => ['data' => [$k[0] => 'v0', $k[1] => 'v1', $k[2] => 'v2-on-1']],
    /* Its fourth MGET of c0 is never answered (it hangs, as a SIGSTOPped node). */
    2 => ['data' => [$k[2] => 'v2'], 'rules' => [['cmd' => 'MGET', 'key' => $k[2],
        'replies' => [['builtin' => true], ['builtin' => true], ['builtin' => true], ['hang' => true]]]]],
]);
fake_set_epoch(5);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
echo implode(',', $c->mget($k)), "\n";

/* Where CLUSTER INFO went, and with what in the same read of the node ("b<n>"). */
$mark = array_map(fn($i) => count(fake_log_entries($i, true)), [0, 1, 2]);
$info_batches = function () use (&$mark) {
    $out = [];
    foreach ([0, 1, 2] as $i) {
        $entries = array_slice(fake_log_entries($i, true), $mark[$i]);
        foreach ($entries as $e) {
            if ($e['cmd'] === 'CLUSTER INFO') {
                $with = array_filter($entries, fn($o) => $o['conn'] === $e['conn'] && $o['batch'] === $e['batch']);
                $out[] = "node $i: " . implode(' + ', array_column($with, 'cmd'));
            }
        }
    }
    $mark = array_map(fn($i) => count(fake_log_entries($i, true)), [0, 1, 2]);
    return $out ? implode('; ', $out) : 'no CLUSTER INFO';
};
$info_batches();
$shared = fn($name) => fake_cache_entry()['shared'][$name];

echo "-- due, unchanged epoch: an MGET over three nodes\n";
usleep(350000);
echo implode(',', $c->mget($k)), "\n";
echo $info_batches(), "\n";
printf("epoch_checks=%d epoch_pipelined=%d\n", $shared('epoch_checks'), $shared('epoch_pipelined'));

echo "-- within the interval: nothing rides\n";
echo implode(',', $c->mget($k)), "\n";
echo $info_batches(), "\n";

echo "-- due, a pipeline of GETs\n";
usleep(350000);
$r = $c->pipeline()->get($k[1])->get($k[0])->exec();
echo implode(',', $r), "\n";
echo $info_batches(), "\n";
printf("epoch_pipelined=%d\n", $shared('epoch_pipelined'));

echo "-- due, a batch with a write: the check on its own, before\n";
usleep(350000);
echo implode(',', $c->pipeline()->set($k[0], 'v0')->get($k[1])->exec()), "\n";
$alone = $info_batches();
echo preg_match('/^node [12]: CLUSTER INFO$/', $alone) ? "alone, on another node than the first command's" : $alone, "\n";
printf("epoch_checks=%d epoch_pipelined=%d\n", $shared('epoch_checks'), $shared('epoch_pipelined'));

echo "-- due while node 2 hangs and node 1 took its slots (epoch 6)\n";
$after = fake_slots(3);
$after[2][2] = [FAKE_HOST, '{P1}', fake_node_id(1), []];
fake_set_slots($after);
fake_set_epoch(6);
usleep(350000);
$slots = fake_count('CLUSTER SLOTS', [0, 1]);
$t = microtime(true);
echo implode(',', $c->mget($k)), "\n";
$took = microtime(true) - $t;
/* the check's answer, then the map fetched from the node that gave it */
echo $info_batches(), "\n";
/* budget 1 s: a quarter is 0.25 s; a full read timeout would be 1 s */
echo "took ", $took >= 0.2 && $took < 0.9 ? "about a quarter of the budget, not a read timeout" : "$took s", "\n";
printf("CLUSTER SLOTS %d; epoch_changes=%d, invalidations: epoch=%d\n", fake_count('CLUSTER SLOTS', [0, 1]) - $slots,
    $shared('epoch_changes'), fake_cache_entry()['invalidations']['epoch']);
$t = microtime(true);
echo implode(',', $c->mget($k)), "\n";
echo "next: ", microtime(true) - $t < 0.1 ? "fast" : "slow", ", node 2 got ", fake_count('MGET ' . $k[2], [2]),
    " MGET of its key in all\n";

echo "-- due on a new object (no connection open yet): on its own\n";
usleep(350000);
$c = new RedisCluster(null, $seeds, 1, 1);
echo implode(',', $c->mget([$k[0], $k[1]])), "\n";
$alone = $info_batches();
echo preg_match('/^node 1: CLUSTER INFO$/', $alone) ? "alone, on another node than the first command's" : $alone, "\n";
fake_stop();
?>
--EXPECT--
v0,v1,v2
-- due, unchanged epoch: an MGET over three nodes
v0,v1,v2
node 1: MGET b0 + CLUSTER INFO
epoch_checks=1 epoch_pipelined=1
-- within the interval: nothing rides
v0,v1,v2
no CLUSTER INFO
-- due, a pipeline of GETs
v1,v0
node 0: GET a0 + CLUSTER INFO
epoch_pipelined=2
-- due, a batch with a write: the check on its own, before
1,v1
alone, on another node than the first command's
epoch_checks=3 epoch_pipelined=2
-- due while node 2 hangs and node 1 took its slots (epoch 6)
v0,v1,v2-on-1
node 1: MGET b0 + CLUSTER INFO; node 1: CLUSTER SLOTS + CLUSTER INFO
took about a quarter of the budget, not a read timeout
CLUSTER SLOTS 1; epoch_changes=1, invalidations: epoch=1
v0,v1,v2-on-1
next: fast, node 2 got 4 MGET of its key in all
-- due on a new object (no connection open yet): on its own
v0,v1
alone, on another node than the first command's
