--TEST--
No seeds and no cluster name: RedisClusterException; an empty seed array: rejected
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
} catch (RedisClusterException | ValueError $e) {
    echo "empty seeds rejected\n";
}
?>
--EXPECT--
RedisClusterException: Must pass seeds
empty seeds rejected
