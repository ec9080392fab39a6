<?php
/*
 * What a due epoch check adds to the request it falls on: a batch of reads (mget(), the
 * check pipelined with it) and a batch with a write (mset(), the check on its own first).
 * Every operation waits 3 ms first, so with redis.clusters.epoch_check_ms=1 each one
 * carries a check; run it again with 0 for the same operations without. Prints the median
 * and 90th percentile latency of 400 operations each, and the pool's check counters.
 *   php8.2 -n -d extension=modules/redis.so -d redis.clusters.cache_slots=1 \
 *       -d redis.clusters.epoch_check_ms=1 bench/epoch-cost.php [seed h:p, default 127.0.0.1:7000]
 * Needs a cluster of three masters or more (scripts/cluster.sh start).
 */
declare(strict_types=1);

$c = new RedisCluster(null, [$argv[1] ?? '127.0.0.1:7000'], 1, 1);
$keys = ['a', 'b', 'c', 'd'];   // over the three masters of scripts/cluster.sh's cluster
$c->mset(array_fill_keys($keys, 'x'));
$out = [];
foreach (['mget' => fn() => $c->mget($keys), 'mset' => fn() => $c->mset(array_fill_keys($keys, 'y'))] as $name => $op) {
    $us = [];
    for ($i = 0; $i < 400; $i++) {
        usleep(3000);
        $t = hrtime(true);
        $op();
        $us[] = (hrtime(true) - $t) / 1000;
    }
    sort($us);
    $out[] = sprintf('%s median %.1f us, p90 %.1f us', $name, $us[200], $us[360]);
}
$entry = RedisCluster::getSlotCacheInfo();
$shared = reset($entry)['shared'] ?? null;
printf("epoch_check_ms=%s: %s; epoch checks %d, pipelined %d\n", ini_get('redis.clusters.epoch_check_ms'),
    implode('; ', $out), $shared['epoch_checks'] ?? 0, $shared['epoch_pipelined'] ?? 0);
