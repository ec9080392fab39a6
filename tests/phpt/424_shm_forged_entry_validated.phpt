--TEST--
Shared topology: nothing read from the shared area is trusted. Entries forged with a valid checksum (what a buggy or hostile co-tenant could write) but holding a bad map, broken or hostile RESP, another cluster's key, a time in the future, a length beyond the buffer: each is rejected by the next worker, which fetches the map from the seeds
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
$p = fake_port(0);
$node = [FAKE_HOST, $p, fake_node_id(0)];
$hdr = fn($fetched = null, $k = null, $fmt = 1) => [$fmt, $k ?? $key, $fetched ?? shm_now_us(), 0, FAKE_HOST, $p];
$good = fn() => shm_resp([$hdr(), [[0, 16383, $node]]]);
$cases = [
    'slot range past 16383' => fn() => shm_resp([$hdr(), [[0, 20000, $node]]]),
    'port 0' => fn() => shm_resp([$hdr(), [[0, 16383, [FAKE_HOST, 0]]]]),
    'overlapping ranges' => fn() => shm_resp([$hdr(), [[0, 9000, $node], [8000, 16383, $node]]]),
    'no slot range' => fn() => shm_resp([$hdr(), []]),
    'truncated' => fn() => substr($good(), 0, -7),
    'trailing bytes' => fn() => $good() . ":1\r\n",
    "another cluster's key" => fn() => shm_resp([$hdr(null, '|10.0.0.1:6379'), [[0, 16383, $node]]]),
    'fetched in the future' => fn() => shm_resp([$hdr(shm_now_us() + 3600 * 1000000), [[0, 16383, $node]]]),
    'unknown format' => fn() => shm_resp([$hdr(null, null, 2), [[0, 16383, $node]]]),
    'array of a billion elements' => fn() => "*2\r\n" . shm_resp($hdr()) . "*1000000000\r\n*3\r\n:0\r\n:1\r\n",
    'nested 12 deep' => fn() => str_repeat("*1\r\n", 12) . ":1\r\n",
    'not RESP' => fn() => "\x00\xff hello",
];
foreach ($cases as $name => $make) {
    $at = shm_find_slot($key);
    shm_forge($at, $make());
    fake_in_child(function () use ($seeds, $k, $name) {
        try {
            $c = new RedisCluster(null, $seeds, 1, 1);
            $v = $c->get($k);
        } catch (Throwable $e) {
            $v = fake_exc($e);
        }
        $e = fake_cache_entry();
        printf("%-28s get=%s adopted=%d pool rejected=%d\n", $name, $v, $e['adopted'], $e['shared']['rejected']);
    });
}
/* A length field beyond the buffer, with a checksum over what it names. */
$at = shm_find_slot($key);
$gen = shm_forge($at, $good());
$buf = $at['slot'] + SHM_SLOT_HEAD + ($gen & 1) * $at['buf_size'];
shm_write($buf + SHM_BUF_LEN, pack('P', 1 << 40));
fake_in_child(function () use ($seeds, $k) {
    $c = new RedisCluster(null, $seeds, 1, 1);
    printf("%-28s get=%s adopted=%d\n", 'length beyond the buffer', $c->get($k), fake_cache_entry()['adopted']);
});
/* The same good map, forged: accepted (the area is trusted for routing, not for memory). */
$at = shm_find_slot($key);
shm_forge($at, shm_resp([$hdr(), [[0, 16383, [FAKE_HOST, fake_port(1), fake_node_id(1)]]]]));
fake_in_child(function () use ($seeds, $k) {
    $c = new RedisCluster(null, $seeds, 1, 1);
    printf("%-28s get=%s adopted=%d\n", 'a valid map', $c->get($k), fake_cache_entry()['adopted']);
});
fake_stop();
?>
--EXPECT--
slot range past 16383        get=on-1 adopted=0 pool rejected=1
port 0                       get=on-1 adopted=0 pool rejected=2
overlapping ranges           get=on-1 adopted=0 pool rejected=3
no slot range                get=on-1 adopted=0 pool rejected=4
truncated                    get=on-1 adopted=0 pool rejected=5
trailing bytes               get=on-1 adopted=0 pool rejected=6
another cluster's key        get=on-1 adopted=0 pool rejected=7
fetched in the future        get=on-1 adopted=0 pool rejected=8
unknown format               get=on-1 adopted=0 pool rejected=9
array of a billion elements  get=on-1 adopted=0 pool rejected=10
nested 12 deep               get=on-1 adopted=0 pool rejected=11
not RESP                     get=on-1 adopted=0 pool rejected=12
length beyond the buffer     get=on-1 adopted=0
a valid map                  get=on-1 adopted=1
