--TEST--
Slot cache: getSlotCacheInfo() is static, empty before any construction, then one entry keyed "|<sorted seeds>" of the documented shape, with the pool's shared entry
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
var_dump((new ReflectionMethod('RedisCluster', 'getSlotCacheInfo'))->isStatic());
var_dump(RedisCluster::getSlotCacheInfo());

/* two masters with one replica each: 2 masters, 4 nodes */
fake_start([['id' => fake_node_id(0)], ['id' => fake_node_id(1)], ['id' => fake_node_id(2)], ['id' => fake_node_id(3)]], [
    [0, 8191, [FAKE_HOST, '{P0}', fake_node_id(0), []], [FAKE_HOST, '{P2}', fake_node_id(2), []]],
    [8192, 16383, [FAKE_HOST, '{P1}', fake_node_id(1), []], [FAKE_HOST, '{P3}', fake_node_id(3), []]],
]);
$seeds = fake_seeds([1, 0]);
$c = new RedisCluster(null, $seeds, 1, 1);

$info = RedisCluster::getSlotCacheInfo();
$sorted = $seeds;
sort($sorted, SORT_STRING);
var_dump(array_keys($info) === ['|' . implode(',', $sorted)]);
$e = reset($info);
foreach ($e as $k => $v) {
    echo $k, ': ', get_debug_type($v), "\n";
}
var_dump(array_keys($e['invalidations']));
var_dump(array_values(array_unique(array_values($e['invalidations']))));
/* the seeds string names every seed */
var_dump(str_contains($e['seeds'], fake_addr(0)) && str_contains($e['seeds'], fake_addr(1)));
var_dump($e['cached'], $e['stale'], $e['age'] >= 0 && $e['age'] < 5);
var_dump($e['masters'], $e['nodes'], $e['hits'], $e['misses'], $e['refreshes'], $e['adopted']);
/* the pool's entry: the snapshot this process published, fetched from the seed it asked */
foreach ($e['shared'] as $k => $v) {
    echo "shared $k: ", get_debug_type($v), "\n";
}
$sh = $e['shared'];
var_dump($sh['generation'], in_array($sh['source'], $seeds, true), $sh['masters'], $sh['nodes'], $sh['suspects'], $sh['published']);
fake_stop();
?>
--EXPECT--
bool(true)
array(0) {
}
bool(true)
seeds: string
cached: bool
stale: bool
age: float
masters: int
nodes: int
hits: int
misses: int
refreshes: int
adopted: int
invalidations: array
shared: array
array(11) {
  [0]=>
  string(5) "moved"
  [1]=>
  string(3) "ask"
  [2]=>
  string(10) "connection"
  [3]=>
  string(7) "node_id"
  [4]=>
  string(9) "uncovered"
  [5]=>
  string(11) "clusterdown"
  [6]=>
  string(15) "all_unreachable"
  [7]=>
  string(7) "expired"
  [8]=>
  string(6) "manual"
  [9]=>
  string(7) "suspect"
  [10]=>
  string(5) "epoch"
}
array(1) {
  [0]=>
  int(0)
}
bool(true)
bool(true)
bool(false)
bool(true)
int(2)
int(4)
int(0)
int(1)
int(0)
int(0)
shared generation: int
shared age: float
shared validated_age: float
shared source: string
shared epoch: int
shared masters: int
shared nodes: int
shared suspects: array
shared published: int
shared adopted: int
shared refreshes: int
shared debounced: int
shared epoch_checks: int
shared epoch_changes: int
shared epoch_pipelined: int
shared suspicions: int
shared revalidations: int
shared rejected: int
int(1)
bool(true)
int(2)
int(4)
array(0) {
}
int(1)
