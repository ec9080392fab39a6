<?php
/*
 * The application of tests/fault/FpmPoolTest.php: what a PHP-FPM request does with the
 * cluster. A new RedisCluster per request (the slot cache, when on, is what survives
 * between requests), a SET and a GET on keys spread over every master, then JSON:
 * {"pid":..,"ok":bool,"err":..,"cache":RedisCluster::getSlotCacheInfo() when available}.
 * FastCGI params: REDIS_SEEDS ("host:port,..."), FAULT_TAGS ("tag,tag,..."); ?sleep=ms
 * holds the child after the work so concurrent requests spread over the children.
 */

declare(strict_types=1);

$seeds = array_values(array_filter(explode(',', (string)($_SERVER['REDIS_SEEDS'] ?? ''))));
$tags = array_values(array_filter(explode(',', (string)($_SERVER['FAULT_TAGS'] ?? 'a,b,c'))));
$out = ['pid' => getmypid(), 'ok' => false, 'err' => null, 't0' => microtime(true)];
try {
    $c = new RedisCluster(null, $seeds, 1.0, 1.0);
    $v = getmypid() . ':' . $out['t0'];
    foreach ($tags as $t) {
        $k = "fpm:{{$t}}:" . getmypid();
        if ($c->set($k, $v) !== true) {
            throw new UnexpectedValueException("SET $k failed: " . $c->getLastError());
        }
        if (($r = $c->get($k)) !== $v) {
            throw new UnexpectedValueException("GET $k returned " . var_export($r, true));
        }
    }
    $out['ok'] = true;
} catch (Throwable $e) {
    $out['err'] = get_class($e) . ': ' . $e->getMessage();
}
$c = null;
$out['t1'] = microtime(true);
if (method_exists('RedisCluster', 'getSlotCacheInfo')) {
    $out['cache'] = RedisCluster::getSlotCacheInfo();
}
$out['cache_slots'] = ini_get('redis.clusters.cache_slots');
$out['module'] = phpversion('redis');
if (($ms = (int)($_GET['sleep'] ?? 0)) > 0) {
    usleep(min($ms, 2000) * 1000);
}
header('Content-Type: application/json');
echo json_encode($out, JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE);
