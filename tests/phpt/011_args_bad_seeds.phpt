--TEST--
Seeds that are not host:port are rejected quickly (RedisClusterException or ValueError)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

$t0 = microtime(true);
foreach (['nope', '127.0.0.1:0', '127.0.0.1:99999', '127.0.0.1:', ':7000', '127.0.0.1:-5'] as $seed) {
    try {
        @new RedisCluster(null, [$seed], 1, 1);
        echo "$seed: accepted\n";
    } catch (RedisClusterException | ValueError $e) {
        echo "$seed: rejected\n";
    } catch (Throwable $e) {
        echo "$seed: ", fake_exc($e), "\n";
    }
}
$elapsed = microtime(true) - $t0;
echo $elapsed < 3 ? "fast\n" : "slow: $elapsed s\n";
?>
--EXPECT--
nope: rejected
127.0.0.1:0: rejected
127.0.0.1:99999: rejected
127.0.0.1:: rejected
:7000: rejected
127.0.0.1:-5: rejected
fast
