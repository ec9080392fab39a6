--TEST--
Shared topology: four workers hit a node that is gone at the same moment; the pool sends one CLUSTER SLOTS (the debounce is pool-wide), every worker's command succeeds on the new owner, and the pool counts one refresh, the others debounced or taking its map
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
redis.clusters.refresh_debounce_ms=2000
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(2, 3);
fake_cluster(3, [1 => ['data' => [$k => 'on-1']]], ['redirects' => true]);
$seeds = fake_seeds();
new RedisCluster(null, $seeds, 1, 1);
$slotsBefore = fake_count('CLUSTER SLOTS');

/* Node 2 dies; node 1 took its slots over. */
$after = fake_slots(3);
$after[2][2] = [FAKE_HOST, '{P1}', fake_node_id(1), []];
fake_set_slots($after);
fake_kill(2);

$go = sys_get_temp_dir() . '/shm402-' . getmypid();
$pids = [];
for ($i = 0; $i < 4; $i++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $GLOBALS['fake']['procs'] = [];
        $GLOBALS['fake']['dir'] = null;
        $c = new RedisCluster(null, $seeds, 1, 1);
        while (!file_exists($go)) {
            usleep(1000);
        }
        try {
            $v = $c->get($k);
            exit($v === 'on-1' ? 0 : 1);
        } catch (Throwable $e) {
            exit(2);
        }
    }
    $pids[] = $pid;
}
usleep(200000);
touch($go);
$codes = [];
foreach ($pids as $pid) {
    pcntl_waitpid($pid, $st);
    $codes[] = pcntl_wexitstatus($st);
}
unlink($go);
echo "workers' exit codes: ", implode(',', $codes), "\n";
echo "CLUSTER SLOTS sent by the pool: ", fake_count('CLUSTER SLOTS') - $slotsBefore, "\n";
$sh = fake_cache_entry()['shared'];
/* The others were debounced, or took the published map first (a worker that meets the
 * suspect asks another master, learns the owner, and refreshes once its request is done). */
printf("generation=%d refreshes=%d debounced+adopted>=3:%s suspicions>=1:%s\n", $sh['generation'], $sh['refreshes'],
    $sh['debounced'] + $sh['adopted'] >= 3 ? 'yes' : "no ({$sh['debounced']}+{$sh['adopted']})", $sh['suspicions'] >= 1 ? 'yes' : 'no');
fake_stop();
?>
--EXPECT--
workers' exit codes: 0,0,0,0
CLUSTER SLOTS sent by the pool: 1
generation=2 refreshes=1 debounced+adopted>=3:yes suspicions>=1:yes
