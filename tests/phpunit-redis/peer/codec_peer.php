<?php
/*
 * The other side of CodecCompatTest, run in a process of its own with the other module
 * loaded (scripts/php-phpredis.sh or scripts/php.sh): both are the extension "redis" and
 * never load together.
 *
 * Reads one job as JSON on stdin:
 *   {"port": n, "serializer": n, "compression": n, "level": n,
 *    "mode": "write" | "read", "values": {key: base64(serialize(value)), ...}}
 * and writes each value under its key with Redis::set(), or reads each key with
 * Redis::get(). A module without the Redis class (this project's, until it has one) does
 * the same with its codec: RedisCluster's _pack() / _unpack() (a RedisCluster made without
 * its constructor connects nowhere) and the bytes stored or fetched over a plain socket.
 * Prints {"module": phpversion('redis'), "via": "Redis" | "RedisCluster codec",
 *         "results": {key: true | base64(serialize(value))}}
 */

declare(strict_types=1);

require __DIR__ . '/../../lib/RespClient.php';

error_reporting(E_ALL);
set_error_handler(function (int $no, string $msg): bool {
    fwrite(STDERR, "codec_peer: $msg\n");
    exit(3);
});

$job = json_decode(stream_get_contents(STDIN), true, 16, JSON_THROW_ON_ERROR);
if (class_exists('Redis', false)) {
    $via = 'Redis';
    $c = new Redis();
    $c->connect('127.0.0.1', $job['port'], 2.0, null, 0, 2.0);
    $ok = $c->setOption(Redis::OPT_SERIALIZER, $job['serializer']) && $c->setOption(Redis::OPT_COMPRESSION, $job['compression'])
        && $c->setOption(Redis::OPT_COMPRESSION_LEVEL, $job['level']);
    $set = fn (string $k, mixed $v) => $c->set($k, $v);
    $get = fn (string $k) => $c->get($k);
} else {
    $via = 'RedisCluster codec';
    $c = (new ReflectionClass(RedisCluster::class))->newInstanceWithoutConstructor();
    $ok = $c->setOption(RedisCluster::OPT_SERIALIZER, $job['serializer'])
        && $c->setOption(RedisCluster::OPT_COMPRESSION, $job['compression'])
        && $c->setOption(RedisCluster::OPT_COMPRESSION_LEVEL, $job['level']);
    $sock = new RedisClusterTestLib\RespClient('127.0.0.1', $job['port']);
    $set = fn (string $k, mixed $v) => $sock->ok('SET', $k, $c->_pack($v)) === 'OK';
    $get = function (string $k) use ($sock, $c) {
        $raw = $sock->ok('GET', $k);
        return $raw === null ? false : $c->_unpack($raw);
    };
}
if (!$ok) {
    fwrite(STDERR, "codec_peer: options refused\n");
    exit(2);
}
$results = [];
foreach ($job['values'] as $key => $encoded) {
    $results[$key] = $job['mode'] === 'write' ? $set((string)$key, unserialize(base64_decode($encoded)))
        : base64_encode(serialize($get((string)$key)));
}
echo json_encode(['module' => phpversion('redis'), 'via' => $via, 'results' => $results], JSON_THROW_ON_ERROR);
