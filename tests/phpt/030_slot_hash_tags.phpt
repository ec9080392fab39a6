--TEST--
Keys go to the node owning their slot, hash tags included
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$keys = ['foo', 'bar', '{user1000}.following', '{user1000}.followers',
         '{}foo', 'foo{}{bar}', 'foo{{bar}}zap', 'foo{bar}{zap}'];

/* node $i (of 0-5460, 5461-10922, 10923-16383) holds "v:<key>" for its keys */
$data = [[], [], []];
foreach ($keys as $k) {
    $data[fake_owner(fake_key_slot($k), 3)][$k] = "v:$k";
}
fake_cluster(3, array_map(fn($d) => ['data' => $d], $data));
$c = new RedisCluster(null, fake_seeds(), 1, 1);

foreach ($keys as $k) {
    $slot = fake_key_slot($k);
    $owner = fake_owner($slot, 3);
    $value = $c->get($k);
    $seen = [];
    foreach ([0, 1, 2] as $i) {
        $n = count(array_keys(fake_log($i), "GET $k"));
        if ($n) {
            $seen[] = "node$i x$n";
        }
    }
    printf("%-22s slot %5d owner node%d got %-26s sent to %s\n",
        $k, $slot, $owner, var_export($value, true), implode(', ', $seen));
}
var_dump(fake_key_slot('{user1000}.following') === fake_key_slot('{user1000}.followers'));
var_dump(fake_key_slot('foo{{bar}}zap') === fake_key_slot('{bar'));
var_dump(fake_key_slot('foo{bar}{zap}') === fake_key_slot('bar'));
fake_stop();
?>
--EXPECT--
foo                    slot 12182 owner node2 got 'v:foo'                    sent to node2 x1
bar                    slot  5061 owner node0 got 'v:bar'                    sent to node0 x1
{user1000}.following   slot  3443 owner node0 got 'v:{user1000}.following'   sent to node0 x1
{user1000}.followers   slot  3443 owner node0 got 'v:{user1000}.followers'   sent to node0 x1
{}foo                  slot  9500 owner node1 got 'v:{}foo'                  sent to node1 x1
foo{}{bar}             slot  8363 owner node1 got 'v:foo{}{bar}'             sent to node1 x1
foo{{bar}}zap          slot  4015 owner node0 got 'v:foo{{bar}}zap'          sent to node0 x1
foo{bar}{zap}          slot  5061 owner node0 got 'v:foo{bar}{zap}'          sent to node0 x1
bool(true)
bool(true)
bool(true)
