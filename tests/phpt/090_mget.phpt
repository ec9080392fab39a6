--TEST--
mget across three nodes: values in the caller's order, missing keys false
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = [];
foreach ([0, 1, 2] as $i) {
    $k[$i] = fake_key_on($i, 3, 'a');
    $k["$i+"] = fake_key_on($i, 3, 'b');
}
$missing = fake_key_on(1, 3, 'missing');
fake_cluster(3, [
    0 => ['data' => [$k[0] => 'v0', $k['0+'] => 'v0+']],
    1 => ['data' => [$k[1] => 'v1', $k['1+'] => 'v1+']],
    2 => ['data' => [$k[2] => 'v2', $k['2+'] => 'v2+']],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$keys = [$k[2], $k[0], $missing, $k['1+'], $k[1], $k['0+'], $k['2+']];
var_dump($c->mget($keys));

/* each node was asked for exactly its own keys, whatever the command shape */
foreach ([0, 1, 2] as $i) {
    $asked = [];
    foreach (fake_log($i) as $cmd) {
        $argv = explode(' ', $cmd);
        if (in_array(strtoupper($argv[0]), ['GET', 'MGET'], true)) {
            array_push($asked, ...array_slice($argv, 1));
        }
    }
    $own = array_filter($keys, fn($key) => fake_owner(fake_key_slot($key), 3) === $i);
    sort($asked);
    sort($own);
    echo "node $i: ", $asked === $own ? 'exactly its keys' : 'asked ' . implode(',', $asked), "\n";
}
fake_stop();
?>
--EXPECT--
array(7) {
  [0]=>
  string(2) "v2"
  [1]=>
  string(2) "v0"
  [2]=>
  bool(false)
  [3]=>
  string(3) "v1+"
  [4]=>
  string(2) "v1"
  [5]=>
  string(3) "v0+"
  [6]=>
  string(3) "v2+"
}
node 0: exactly its keys
node 1: exactly its keys
node 2: exactly its keys
