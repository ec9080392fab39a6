--TEST--
RedisCluster and RedisClusterException exist; the exception is a RuntimeException
--EXTENSIONS--
redis
--FILE--
<?php
var_dump(class_exists('RedisCluster'));
var_dump(class_exists('RedisClusterException'));
var_dump(is_subclass_of('RedisClusterException', 'RuntimeException'));
var_dump(is_subclass_of('RedisClusterException', 'Exception'));

$e = new RedisClusterException('boom', 7);
var_dump($e->getMessage(), $e->getCode());
try {
    throw $e;
} catch (RuntimeException $caught) {
    echo "caught as RuntimeException\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "boom"
int(7)
caught as RuntimeException
