--TEST--
CLUSTER SLOTS with a string where the range start should be: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$node = [FAKE_HOST, '{P0}', fake_node_id(0)];
fake_try_slots([['abc', 16383, $node]]);
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
