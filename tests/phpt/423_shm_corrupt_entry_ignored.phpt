--TEST--
Shared topology: a published entry whose bytes were damaged (one byte changed, so its checksum fails) is detected and ignored: a new worker counts it as rejected, fetches the map from the seeds and publishes a good one; no crash
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
fake_in_child(function () use ($seeds) {
    new RedisCluster(null, $seeds, 1, 1);
});
$key = fake_cache_key();
$at = shm_find_slot($key);
echo "published: generation ", $at['gen'], ", CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";

/* One byte of the port of the first master: still RESP, still a valid-looking map. */
$data = shm_read($at['buf'] + SHM_BUF_DATA, $at['len']);
$pos = strpos($data, ':' . fake_port(0) . "\r\n");
shm_write($at['buf'] + SHM_BUF_DATA + $pos + 1, $data[$pos + 1] === '9' ? '8' : '9');

fake_in_child(function () use ($seeds, $k) {
    $c = new RedisCluster(null, $seeds, 1, 1);
    $e = fake_cache_entry();
    printf("new worker: %s adopted=%d misses=%d; pool rejected=%d generation=%d\n", $c->get($k), $e['adopted'],
        $e['misses'], $e['shared']['rejected'], $e['shared']['generation']);
});
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
fake_in_child(function () use ($seeds, $k) {
    $c = new RedisCluster(null, $seeds, 1, 1);
    printf("next worker: %s adopted=%d\n", $c->get($k), fake_cache_entry()['adopted']);
});
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
fake_stop();
?>
--EXPECT--
published: generation 1, CLUSTER SLOTS 1
new worker: on-1 adopted=0 misses=1; pool rejected=1 generation=2
CLUSTER SLOTS 2
next worker: on-1 adopted=1
CLUSTER SLOTS 2
