--TEST--
No seeds and no cluster name, or an empty seed array: RedisClusterException with phpredis's messages
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

try {
    new RedisCluster(null);
    echo "no exception\n";
} catch (Throwable $e) {
    echo fake_exc($e), "\n";
}
try {
    new RedisCluster(null, []);
    echo "no exception\n";
} catch (Throwable $e) {
    echo fake_exc($e), "\n";
}
?>
--EXPECT--
RedisClusterException: Couldn't find seeds for cluster
RedisClusterException: No valid seeds detected
