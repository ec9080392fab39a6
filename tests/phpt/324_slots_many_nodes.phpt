--TEST--
CLUSTER SLOTS naming 65534 nodes (16384 one-slot masters, 3 replicas each but the last): parsed in well under a second of CPU
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

function cpu(): float
{
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

/* Distinct hosts on one port: every address compares equal up to its last bytes. The
 * node asked is the master of slot 0; the others are never contacted. */
$node = fn(int $i) => [sprintf('10.%d.%d.%d', $i >> 16, ($i >> 8) & 255, $i & 255), 6379, sha1("n$i")];
$slots = [];
$n = 0;
for ($slot = 0; $slot < 16384; $slot++) {
    $range = [$slot, $slot, $slot === 0 ? [FAKE_HOST, '{P0}', fake_node_id(0)] : $node($n++)];
    for ($r = 0; $r < ($slot === 16383 ? 1 : 3); $r++) {
        $range[] = $node($n++);
    }
    $slots[] = $range;
}
fake_start([['id' => fake_node_id(0), 'slots' => $slots]], null, ['idle' => 60, 'lifetime' => 120]);
unset($slots);

$cpu = cpu();
$c = new RedisCluster(null, fake_seeds(), 5, 5);
$used = cpu() - $cpu;
echo 'masters: ', count($c->_masters()), "\n";
echo $used < 1.5 ? "under 1.5 s of CPU\n" : "took $used s of CPU\n";
if (getenv('RC_SHOW_TIMES')) {
    fprintf(STDERR, "construction: %.3f s of CPU\n", $used);
}
fake_stop();
?>
--EXPECT--
masters: 16384
under 1.5 s of CPU
