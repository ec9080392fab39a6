--TEST--
Shared topology: a worker forked after MINIT (as php-fpm forks and respawns them) that has no entry of its own starts from the map another worker published: no traffic at construction, counted as adopted
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(1, 3);
fake_cluster(3, [1 => ['data' => [$k => 'on-1']]]);
$seeds = fake_seeds();

/* The first worker fetches the map and publishes it. */
fake_in_child(function () use ($seeds) {
    new RedisCluster(null, $seeds, 1, 1);
});
echo "after the first worker: CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";

/* This process had no entry: it is a new worker of the same pool. */
$e = fake_cache_entry();
echo "before: process entry ", $e['cached'] ? 'cached' : 'not cached', ", hits ", $e['hits'], ", shared generation ", $e['shared']['generation'], "\n";
usleep(100000);
$before = fake_traffic();
$c = new RedisCluster(null, $seeds, 1, 1);
usleep(100000);
echo "traffic during construction: ", fake_traffic() - $before, "\n";
var_dump($c->get($k));
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
$e = fake_cache_entry();
printf("hits=%d misses=%d adopted=%d; shared: generation=%d published=%d adopted=%d\n", $e['hits'], $e['misses'],
    $e['adopted'], $e['shared']['generation'], $e['shared']['published'], $e['shared']['adopted']);

/* A third worker adopts too; the pool still fetched once. */
fake_in_child(function () use ($seeds, $k) {
    $c = new RedisCluster(null, $seeds, 1, 1);
    echo "third worker: ", $c->get($k), "\n";
});
echo "CLUSTER SLOTS ", fake_count('CLUSTER SLOTS'), "\n";
fake_stop();
?>
--EXPECT--
after the first worker: CLUSTER SLOTS 1
before: process entry not cached, hits 0, shared generation 1
traffic during construction: 0
string(4) "on-1"
CLUSTER SLOTS 1
hits=1 misses=0 adopted=1; shared: generation=1 published=1 adopted=1
third worker: on-1
CLUSTER SLOTS 1
