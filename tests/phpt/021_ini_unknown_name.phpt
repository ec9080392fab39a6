--TEST--
A cluster name with no seeds in redis.clusters.seeds: RedisClusterException
--EXTENSIONS--
redis
--INI--
redis.clusters.seeds="other[]=127.0.0.1:1&other[]=127.0.0.1:2"
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
try {
    new RedisCluster('mycluster');
    echo "no exception\n";
} catch (Throwable $e) {
    echo fake_exc($e, "Couldn't find seeds for cluster"), "\n";
}
?>
--EXPECT--
RedisClusterException: Couldn't find seeds for cluster...
