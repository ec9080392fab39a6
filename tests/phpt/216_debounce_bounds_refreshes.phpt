--TEST--
refresh_debounce_ms: a dead node still listed by the cluster makes failure-triggered refreshes at most once per interval; refreshSlots() is never debounced
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
redis.clusters.refresh_debounce_ms=1000
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
fake_cluster(2, [0 => ['data' => [$k => 'from-0']]], ['redirects' => true]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 0.3, 0.3);
var_dump($c->get($k));
fake_kill(0); /* gone, but node 1 still lists it */
$before = fake_count('CLUSTER SLOTS', [1]);

$failed = 0;
$t0 = microtime(true);
for ($i = 0; $i < 5; $i++) {
    try {
        $c->get($k);
    } catch (RedisClusterException $e) {
        $failed++;
    }
}
$elapsed = microtime(true) - $t0;
$n = fake_count('CLUSTER SLOTS', [1]) - $before;
echo "failed: $failed\n";
/* one refresh per started second at most (a refresh may fall on each edge) */
$bound = (int)floor($elapsed / 1.0) + 1;
echo $n <= $bound ? "bounded\n" : sprintf("%d CLUSTER SLOTS in %.2f s (bound %d)\n", $n, $elapsed, $bound);
echo $n >= 1 ? "refreshed\n" : "never refreshed\n";

/* refreshSlots() right now, inside the debounce interval */
$before = fake_count('CLUSTER SLOTS', [1]);
var_dump($c->refreshSlots());
echo "refreshSlots: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS', [1]) - $before, "\n";
fake_stop();
?>
--EXPECT--
string(6) "from-0"
failed: 5
bounded
refreshed
bool(true)
refreshSlots: CLUSTER SLOTS 1
