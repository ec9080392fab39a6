--TEST--
CLUSTER SLOTS with a node entry of fewer than 2 elements: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_try_slots([[0, 16383, [FAKE_HOST]]]);
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
