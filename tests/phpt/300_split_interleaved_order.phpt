--TEST--
split commands with one slot's keys interleaved with other slots' (same node and other nodes): results in the caller's order
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* "{t0}..." share one slot of node 0; k0 is node 0's too but in a slot of its own;
 * "{t2}..." share one slot of node 2; k1 is node 1's. Laid out per slot request
 * (or per node) instead of in call order, the values would come back grouped. */
$t0 = fake_key_on(0, 3, 'tag');
$t2 = fake_key_on(2, 3, 'tag');
for ($n = 0; fake_key_slot($k0 = fake_key_on(0, 3, "k{$n}_")) === fake_key_slot($t0); $n++) {
}
$k1 = fake_key_on(1, 3, 'k');
$a = "{{$t0}}a"; $b = "{{$t0}}b"; $c = "{{$t0}}c"; $x = "{{$t2}}x"; $y = "{{$t2}}y";
$data = [$a => 'A', $b => 'B', $c => 'C', $k0 => 'K0', $k1 => 'K1', $x => 'X', $y => 'Y'];
$own = fn(int $i) => array_filter($data, fn($k) => fake_owner(fake_key_slot($k), 3) === $i, ARRAY_FILTER_USE_KEY);
fake_cluster(3, [0 => ['data' => $own(0)], 1 => ['data' => $own(1)], 2 => ['data' => $own(2)]]);
$c1 = new RedisCluster(null, fake_seeds(), 1, 1);
$show = fn(array $values) => implode(',', array_map(fn($v) => var_export($v, true), $values));

$order = [$a, $k1, $b, $x, $k0, "{{$t0}}missing", $c, $y, $a];
echo $show($c1->mget($order)), "\n";
echo $show($c1->mget(array_reverse($order))), "\n";
echo 'exists: ', $c1->exists($order), "\n";      /* $a twice: 9 named, 1 missing */
echo 'del: ', $c1->del($b, $k1, $b, $y, "{{$t2}}missing"), "\n";
echo 'unlink: ', $c1->unlink([$k0, $a, $x]), "\n";
echo 'left: ', $show($c1->mget(array_keys($data))), "\n";
fake_stop();
?>
--EXPECT--
'A','K1','B','X','K0',false,'C','Y','A'
'A','Y','C',false,'K0','X','B','K1','A'
exists: 8
del: 3
unlink: 3
left: false,false,'C',false,false,false,false
