--TEST--
Shared topology: a refresh by one worker publishes the new map for all; another worker's object, built before it, takes it at its next command (one atomic load) and goes straight to the new owner, without the MOVED it would have met
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 3);
$slot = fake_key_slot($k);
fake_cluster(3, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => $k, 'reply' => ['err' => "MOVED $slot 127.0.0.1:{P1}"]]]],
    1 => ['data' => [$k => 'on-1']],
]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
echo "gen ", fake_cache_entry()['shared']['generation'], "\n";

/* The slot moves to node 1; another worker learns it and refreshes. */
$moved = fake_slots(3);
$moved[0][2] = [FAKE_HOST, '{P1}', fake_node_id(1), []];
fake_set_slots($moved);
fake_in_child(function () use ($seeds) {
    (new RedisCluster(null, $seeds, 1, 1))->refreshSlots();
});
echo "gen ", fake_cache_entry()['shared']['generation'], "\n";

var_dump($c->get($k));
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", str_replace($k, "<k>", fake_cmds(1)), "\n";
$e = fake_cache_entry();
printf("process: adopted=%d refreshes=%d; pool: published=%d adopted=%d\n", $e['adopted'], $e['refreshes'],
    $e['shared']['published'], $e['shared']['adopted']);
fake_stop();
?>
--EXPECT--
gen 1
gen 2
string(4) "on-1"
node 0: -
node 1: GET <k>
process: adopted=1 refreshes=0; pool: published=2 adopted=1
