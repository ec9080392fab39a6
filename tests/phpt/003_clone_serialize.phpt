--TEST--
A RedisCluster object can be neither cloned nor serialized
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

try {
    $copy = clone $c;
    echo "clone succeeded\n";
} catch (Throwable $e) {
    echo fake_exc($e), "\n";
}
try {
    serialize($c);
    echo "serialize succeeded\n";
} catch (Throwable $e) {
    echo fake_exc($e), "\n";
}
try {
    unserialize('O:12:"RedisCluster":0:{}');
    echo "unserialize succeeded\n";
} catch (Throwable $e) {
    echo fake_exc($e), "\n";
}
fake_stop();
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class RedisCluster
Exception: Serialization of 'RedisCluster' is not allowed
Exception: Unserialization of 'RedisCluster' is not allowed
