--TEST--
Shared topology: a worker killed while publishing leaves the slot's publisher lock held; others are not wedged: their commands run, their own maps stay current, a publication waits a few milliseconds at most, and once the lock is older than 1 s the next publisher takes it over
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
require __DIR__ . '/shm_helper.inc';
$k = fake_key_on(1, 3);
fake_cluster(3, [1 => ['data' => [$k => 'on-1']]]);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
$at = shm_find_slot(fake_cache_key());

/* The lock as a publisher leaves it: its pid (one that no longer runs) and the time it took it. */
$pid = pcntl_fork();
if ($pid === 0) {
    $GLOBALS['fake'] = ['dir' => null, 'procs' => [], 'ports' => [], 'opts' => []];
    exit(0);
}
pcntl_waitpid($pid, $st);
$lock = fn() => pack('P', ($pid << 32) | (intdiv(shm_now_us(), 1000) & 0xffffffff));
shm_write($at['slot'] + SHM_LOCK, $lock());

$t = microtime(true);
var_dump($c->refreshSlots(), $c->get($k));
$e = fake_cache_entry();
printf("held lock: took %s, generation %d, process refreshes %d\n", microtime(true) - $t < 0.5 ? 'under 0.5 s' : 'too long',
    $e['shared']['generation'], $e['refreshes']);

shm_write($at['slot'] + SHM_LOCK, $lock());
usleep(1100000);
fake_in_child(function () use ($seeds) {
    (new RedisCluster(null, $seeds, 1, 1))->refreshSlots();
});
$e = fake_cache_entry();
ob_start();
phpinfo(INFO_MODULES);
preg_match('/^lock_takeovers => (\d+)$/m', ob_get_clean(), $m);
printf("lock older than 1 s: generation %d, lock %s, takeovers %d\n", $e['shared']['generation'],
    shm_u64($at['slot'] + SHM_LOCK) === 0 ? 'free' : 'held', $m[1]);
var_dump($c->get($k));
fake_stop();
?>
--EXPECT--
bool(true)
string(4) "on-1"
held lock: took under 0.5 s, generation 1, process refreshes 1
lock older than 1 s: generation 2, lock free, takeovers 1
string(4) "on-1"
