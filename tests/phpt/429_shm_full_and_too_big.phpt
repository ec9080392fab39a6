--TEST--
Shared topology: a map larger than a slot's buffer is not shared (too_big) and a cluster that finds no free slot (full) is cached per process only; both keep working
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
redis.clusters.shm_entry_size=2K
redis.clusters.shm_size=4352
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(1, 3);
/* 3 masters with 4 replicas each (never used: addresses nobody listens on). */
$slots = fake_slots(3);
foreach ($slots as $i => &$range) {
    for ($r = 0; $r < 4; $r++) {
        $range[] = [FAKE_HOST, 1 + 10 * $i + $r, sha1("replica-$i-$r"), []];
    }
}
unset($range);
fake_start([['id' => fake_node_id(0)], ['id' => fake_node_id(1), 'data' => [$k => 'on-1']], ['id' => fake_node_id(2)]], $slots);
$big = new RedisCluster(null, fake_seeds(), 1, 1);
var_dump($big->get($k));
$e = fake_cache_entry();
printf("big map: %d nodes, shared generation %d\n", $e['nodes'], $e['shared']['generation']);

/* Small maps from three other seed lists: two slots in the area, so the last two find
 * none, twice each (their first fill and their publication look for one). */
fake_set_slots(fake_slots(3));
foreach ([[0], [2], [0, 2]] as $which) {
    $c = new RedisCluster(null, fake_seeds($which), 1, 1);
    $e = fake_cache_entry(fake_seeds($which));
    printf("seeds %s: %s, shared %s\n", implode('+', $which), $c->get($k), $e['shared'] === null ? 'none' : 'generation ' . $e['shared']['generation']);
}
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^\s*Shared topology\s*\n(.*?)\n\n/ms', ob_get_clean(), $m);
echo preg_replace('/^largest_snapshot => \d+$/m', 'largest_snapshot => <n>', $m[1]), "\n";
fake_stop();
?>
--EXPECT--
string(4) "on-1"
big map: 15 nodes, shared generation 0
seeds 0: on-1, shared generation 1
seeds 2: on-1, shared none
seeds 0+2: on-1, shared none
enabled => yes
size => 4352
entry_size => 2048
largest_snapshot => <n>
entries => 2
entries_used => 2
full => 4
too_big => 1
lock_takeovers => 0
