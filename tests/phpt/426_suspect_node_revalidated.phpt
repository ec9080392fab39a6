--TEST--
Node suspicion: a worker that timed out on a hung node marks it for the pool; another worker about to send a command there first asks another master who owns the slot (EXISTS on a key of it: MOVED names the owner), goes to the new owner and never sends the hung node anything; the shared entry lists the suspect
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(2, 3);
fake_cluster(3, [
    1 => ['data' => [$k => 'on-1']],
    2 => ['rules' => [['cmd' => 'GET', 'reply' => ['hang' => true]]]],
], ['redirects' => true]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);

/* Another worker meets the hung node (the cluster has not failed it over yet). */
fake_in_child(function () use ($seeds, $k) {
    try {
        (new RedisCluster(null, $seeds, 0.4, 0.2))->get($k);
        echo "other worker: answered?\n";
    } catch (RedisClusterException $e) {
        echo "other worker: ", str_contains($e->getMessage(), 'Timed out') ? 'timed out' : $e->getMessage(), "\n";
    }
});
$gets = fn() => count(array_filter(fake_log(2), fn($c) => str_starts_with($c, 'GET')));
$before = $gets();
echo "node 2 got GETs: ", $before > 0 ? 'yes' : 'no', "\n";

/* Now the cluster promotes node 1 for node 2's slots. */
$after = fake_slots(3);
$after[2][2] = [FAKE_HOST, '{P1}', fake_node_id(1), []];
fake_set_slots($after);
usleep(150000); /* older than the refresh debounce */

$t = microtime(true);
var_dump($c->get($k));
/* the read timeout is 1 s: a command that met the hung node would take that long */
echo "took ", microtime(true) - $t < 0.6 ? "less than a read timeout" : "too long", "\n";
echo "GETs to node 2 from this worker: ", $gets() - $before, "\n";
$sh = fake_cache_entry()['shared'];
/* two questions: the other worker's retry (the owner had not changed yet), and this one */
printf("revalidations=%d suspects=%s\n", $sh['revalidations'], implode(',', array_keys($sh['suspects'])) === fake_addr(2) ? 'node 2' : json_encode($sh['suspects']));
var_dump((new RedisCluster(null, $seeds, 1, 1))->get($k));
echo "GETs to node 2 from this worker: ", $gets() - $before, "\n";
fake_stop();
?>
--EXPECT--
other worker: timed out
node 2 got GETs: yes
string(4) "on-1"
took less than a read timeout
GETs to node 2 from this worker: 0
revalidations=2 suspects=node 2
string(4) "on-1"
GETs to node 2 from this worker: 0
