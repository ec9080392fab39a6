--TEST--
phpinfo() shows the shared area in a "Shared topology" table and each cached cluster in a "Slot cache" table: the same fields and counters as getSlotCacheInfo()
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2);
$seeds = fake_seeds();
$c = new RedisCluster('app', $seeds, 1, 1);
new RedisCluster('app', $seeds, 1, 1);
$c->refreshSlots();

ob_start();
phpinfo(INFO_MODULES);
$out = ob_get_clean();
if (!preg_match('/^\s*Slot cache\s*\n(.*?)\n\n/ms', $out, $m)) {
    die("no Slot cache table\n$out");
}
foreach (explode("\n", $m[1]) as $line) {
    [$label, $value] = explode(' => ', $line, 2);
    if ($label === 'cluster') {
        $value = $value === fake_cache_key($seeds, 'app') ? '<key>' : $value;
    } elseif ($label === 'shared: source') {
        $value = in_array($value, $seeds, true) ? '<seed>' : $value;
    } elseif ($label === 'seeds') {
        $value = str_contains($value, fake_addr(0)) && str_contains($value, fake_addr(1)) ? '<seeds>' : $value;
    }
    echo "$label => $value\n";
}
if (!preg_match('/^\s*Shared topology\s*\n(.*?)\n\n/ms', $out, $m)) {
    die("no Shared topology table\n$out");
}
echo $m[1], "\n";
fake_stop();
?>
--EXPECTF--
cluster => <key>
seeds => <seeds>
cached => yes
stale => no
age => %f
masters => 2
nodes => 2
hits => 1
misses => 1
refreshes => 1
adopted => 0
invalidations: moved => 0
invalidations: ask => 0
invalidations: connection => 0
invalidations: node_id => 0
invalidations: uncovered => 0
invalidations: clusterdown => 0
invalidations: all_unreachable => 0
invalidations: expired => 0
invalidations: manual => 1
invalidations: suspect => 0
invalidations: epoch => 0
shared: generation => 2
shared: age => %f
shared: validated_age => %f
shared: source => <seed>
shared: epoch => 0
shared: masters => 2
shared: nodes => 2
shared: published => 2
shared: adopted => 0
shared: refreshes => 0
shared: debounced => 0
shared: epoch_checks => 0
shared: epoch_changes => 0
shared: epoch_pipelined => 0
shared: suspicions => 0
shared: revalidations => 0
shared: rejected => 0
enabled => yes
size => 8388608
entry_size => 32768
largest_snapshot => %d
entries => 255
entries_used => 1
full => 0
too_big => 0
lock_takeovers => 0
