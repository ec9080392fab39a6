<?php
/*
 * The other side of CodecCompatTest, run in a process of its own with the other module
 * loaded (scripts/php-phpredis.sh or scripts/php.sh): the two are both the extension
 * "redis" and never load together.
 *
 * Reads one job as JSON on stdin:
 *   {"seeds": [...], "serializer": n, "compression": n, "level": n,
 *    "mode": "write" | "read", "values": {key: base64(serialize(value)), ...}}
 * writes each value under its key with set(), or reads each key with get(), and prints
 *   {"module": phpversion('redis'), "results": {key: true | base64(serialize(value))}}
 */

declare(strict_types=1);

error_reporting(E_ALL);
set_error_handler(function (int $no, string $msg): bool {
    fwrite(STDERR, "codec_peer: $msg\n");
    exit(3);
});

$job = json_decode(stream_get_contents(STDIN), true, 16, JSON_THROW_ON_ERROR);
$c = new RedisCluster(null, $job['seeds'], 2.0, 2.0);
$ok = $c->setOption(RedisCluster::OPT_SERIALIZER, $job['serializer'])
    && $c->setOption(RedisCluster::OPT_COMPRESSION, $job['compression'])
    && $c->setOption(RedisCluster::OPT_COMPRESSION_LEVEL, $job['level']);
if (!$ok) {
    fwrite(STDERR, "codec_peer: options refused\n");
    exit(2);
}
$results = [];
foreach ($job['values'] as $key => $encoded) {
    if ($job['mode'] === 'write') {
        $results[$key] = $c->set((string)$key, unserialize(base64_decode($encoded)));
    } else {
        $results[$key] = base64_encode(serialize($c->get((string)$key)));
    }
}
echo json_encode(['module' => phpversion('redis'), 'results' => $results], JSON_THROW_ON_ERROR);
