<?php
/*
 * The demo's application: a PHP-FPM worker in miniature. Each "request" builds a new
 * RedisCluster (as every FPM request does), with redis.clusters.cache_slots=1, bumps a
 * counter and reads it back. Once a second it prints how many requests succeeded and
 * failed, and what the slot cache did. Runs for $argv[2] seconds against seeds $argv[1].
 */
$seeds = explode(',', $argv[1]);
$seconds = (float)($argv[2] ?? 20);

function cache_line(): string
{
    $info = RedisCluster::getSlotCacheInfo();
    $e = reset($info);
    if ($e === false) {
        return 'cache: empty';
    }
    $inv = array_filter($e['invalidations']);
    $why = $inv ? implode(' ', array_map(fn ($k, $v) => "$k=$v", array_keys($inv), $inv)) : 'none';
    return sprintf('cache: %d masters, hits %d, misses %d, refreshes %d, invalidations: %s',
        $e['masters'], $e['hits'], $e['misses'], $e['refreshes'], $why);
}

printf("app: seeds %s, redis.clusters.cache_slots=%s\n", implode(',', $seeds), ini_get('redis.clusters.cache_slots'));
$start = microtime(true);
$next = $start + 1;
$ok = $failed = 0;
$errors = [];
for ($i = 0; microtime(true) - $start < $seconds; $i++) {
    try {
        $c = new RedisCluster(null, $seeds, 1.0, 1.0);
        $key = 'demo:counter:' . ($i % 16);
        $n = $c->incr($key);
        if (!is_int($n) || $c->get($key) != $n) {
            throw new RuntimeException('wrong value read back');
        }
        $ok++;
    } catch (Throwable $e) {
        $failed++;
        $errors[$e->getMessage()] = ($errors[$e->getMessage()] ?? 0) + 1;
    }
    unset($c);
    if (microtime(true) >= $next) {
        printf("t=%4.1fs  requests ok %5d  failed %3d  %s\n", microtime(true) - $start, $ok, $failed, cache_line());
        foreach ($errors as $msg => $count) {
            printf("          %d x %s\n", $count, $msg);
        }
        $errors = [];
        $next += 1;
    }
    usleep(2000);
}
printf("app: done, %d requests ok, %d failed\n", $ok, $failed);
