--TEST--
Epoch check: a map older than redis.clusters.epoch_check_ms is checked with CLUSTER INFO on another node than the command's; a newer cluster_current_epoch (a failover happened while this worker was idle) refreshes the map before the command, which never reaches the hung old owner; within the interval no check is sent, and an unchanged epoch costs one CLUSTER INFO and nothing else
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
redis.clusters.epoch_check_ms=300
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 3);
fake_cluster(3, [1 => ['data' => [$k => 'on-1']], 0 => ['data' => [$k => 'on-0']]]);
fake_set_epoch(5);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
var_dump($c->get($k));
echo "recorded epoch: ", fake_cache_entry()['shared']['epoch'], "\n";
$count = fn($cmd) => fake_count($cmd, [1, 2, 3]);

/* While this worker is idle, node 0 hangs (it still accepts connections) and node 1 takes
 * its slots over: the cluster's epoch goes to 6. */
$port0 = fake_port(0);
fake_kill(0);
fake_add(['rules' => [['cmd' => '*', 'reply' => ['hang' => true]]]], $port0);
$after = fake_slots(3);
$after[0][2] = [FAKE_HOST, '{P1}', fake_node_id(1), []];
fake_set_slots($after);
fake_set_epoch(6);
usleep(350000);

[$info, $slots] = [$count('CLUSTER INFO'), $count('CLUSTER SLOTS')];
$t = microtime(true);
$c = new RedisCluster(null, $seeds, 1, 1);
var_dump($c->get($k));
/* the read timeout is 1 s: a command that met the hung node would take that long */
echo "took ", microtime(true) - $t < 0.6 ? "less than a read timeout" : "too long", "\n";
printf("sent: CLUSTER INFO %d, CLUSTER SLOTS %d; the hung node got %d commands\n", $count('CLUSTER INFO') - $info,
    $count('CLUSTER SLOTS') - $slots, count(fake_log(3, false)));

/* Within the interval: nothing more. */
[$info, $slots] = [$count('CLUSTER INFO'), $count('CLUSTER SLOTS')];
var_dump($c->get($k));
printf("within the interval: CLUSTER INFO %d, CLUSTER SLOTS %d\n", $count('CLUSTER INFO') - $info, $count('CLUSTER SLOTS') - $slots);

/* An unchanged epoch: one CLUSTER INFO. */
usleep(350000);
var_dump($c->get($k));
printf("unchanged epoch: CLUSTER INFO %d, CLUSTER SLOTS %d\n", $count('CLUSTER INFO') - $info, $count('CLUSTER SLOTS') - $slots);
$sh = fake_cache_entry()['shared'];
printf("epoch=%d epoch_checks=%d epoch_changes=%d; invalidations: epoch=%d\n", $sh['epoch'], $sh['epoch_checks'],
    $sh['epoch_changes'], fake_cache_entry()['invalidations']['epoch']);
fake_stop();
?>
--EXPECT--
string(4) "on-0"
recorded epoch: 5
string(4) "on-1"
took less than a read timeout
sent: CLUSTER INFO 2, CLUSTER SLOTS 1; the hung node got 0 commands
string(4) "on-1"
within the interval: CLUSTER INFO 0, CLUSTER SLOTS 0
string(4) "on-1"
unchanged epoch: CLUSTER INFO 1, CLUSTER SLOTS 0
epoch=6 epoch_checks=2 epoch_changes=1; invalidations: epoch=1
