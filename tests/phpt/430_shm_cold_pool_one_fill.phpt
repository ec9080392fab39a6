--TEST--
Shared topology: a pool starting cold (four new workers build their first object at the same moment, nothing cached anywhere) asks the seeds once: one worker fetches, the others wait for its publication and adopt it
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(1, 3);
/* Slow seeds: a fill takes 100 ms, so that the workers surely overlap. */
fake_cluster(3, [
    0 => ['rules' => [['cmd' => 'CLUSTER SLOTS', 'reply' => ['builtin' => true, 'sleep' => 0.1]]]],
    1 => ['data' => [$k => 'on-1'], 'rules' => [['cmd' => 'CLUSTER SLOTS', 'reply' => ['builtin' => true, 'sleep' => 0.1]]]],
    2 => ['rules' => [['cmd' => 'CLUSTER SLOTS', 'reply' => ['builtin' => true, 'sleep' => 0.1]]]],
]);
$seeds = fake_seeds();
$go = sys_get_temp_dir() . '/shm410-' . getmypid();
$pids = [];
for ($i = 0; $i < 4; $i++) {
    $pid = pcntl_fork();
    if ($pid === 0) {
        $GLOBALS['fake']['procs'] = [];
        $GLOBALS['fake']['dir'] = null;
        while (!file_exists($go)) {
            usleep(1000);
        }
        try {
            $c = new RedisCluster(null, $seeds, 1, 1);
            exit($c->get($k) === 'on-1' ? 0 : 1);
        } catch (Throwable $e) {
            exit(2);
        }
    }
    $pids[] = $pid;
}
usleep(100000);
touch($go);
$codes = [];
foreach ($pids as $pid) {
    pcntl_waitpid($pid, $st);
    $codes[] = pcntl_wexitstatus($st);
}
unlink($go);
echo "workers' exit codes: ", implode(',', $codes), "\n";
echo "CLUSTER SLOTS sent by the pool: ", fake_count('CLUSTER SLOTS'), "\n";
$sh = fake_cache_entry()['shared'];
printf("generation=%d published=%d adopted=%d\n", $sh['generation'], $sh['published'], $sh['adopted']);
fake_stop();
?>
--EXPECT--
workers' exit codes: 0,0,0,0
CLUSTER SLOTS sent by the pool: 1
generation=1 published=1 adopted=3
