--TEST--
phpinfo() shows each cached cluster in a "Slot cache" table: the same fields and counters as getSlotCacheInfo()
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
    } elseif ($label === 'seeds') {
        $value = str_contains($value, fake_addr(0)) && str_contains($value, fake_addr(1)) ? '<seeds>' : $value;
    }
    echo "$label => $value\n";
}
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
invalidations: moved => 0
invalidations: ask => 0
invalidations: connection => 0
invalidations: node_id => 0
invalidations: uncovered => 0
invalidations: clusterdown => 0
invalidations: all_unreachable => 0
invalidations: expired => 0
invalidations: manual => 1
