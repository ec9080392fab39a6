--TEST--
Node-ID mismatch: CLUSTER MYID goes in the same write as the first command; another ID: the reply stands, then one refresh, counted 'node_id'
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* node 0 was replaced behind the same address: it answers MYID with a new ID
 * while the cached map still names the old one */
$k = fake_key_on(0, 2);
$newId = sha1('replacement-of-node-0');
fake_cluster(2, [0 => ['id' => $newId, 'data' => [$k => 'v0']]], ['redirects' => true]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */

/* what the cluster says now */
$now = fake_slots(2);
$now[0][2][2] = $newId;
fake_set_slots($now);
$before = fake_count('CLUSTER SLOTS');

var_dump($c->get($k));
$log = array_values(array_filter(fake_log_entries(0, true), fn($e) => $e['cmd'][0] !== '#' && !in_array($e['cmd'], ['CLUSTER SLOTS', 'CLUSTER INFO'], true)));
foreach ($log as $e) {
    echo $e['cmd'], "\n";
}
var_dump(count($log) === 2 && $log[0]['batch'] === $log[1]['batch']);
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";

/* the same connection: no second check, no second refresh */
var_dump($c->get($k));
/* a new object from the refreshed entry: its new connection checks the new ID, which matches */
$d = new RedisCluster(null, $seeds, 1, 1);
var_dump($d->get($k));
echo "MYID: ", fake_count('CLUSTER MYID', [0]), "\n";
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
string(2) "v0"
CLUSTER MYID
GET key2
bool(true)
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: node_id=1
string(2) "v0"
string(2) "v0"
MYID: 2
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=1 misses=1 refreshes=1 inv: node_id=1
