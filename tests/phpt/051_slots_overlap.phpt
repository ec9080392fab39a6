--TEST--
CLUSTER SLOTS with overlapping ranges: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$node = [FAKE_HOST, '{P0}', fake_node_id(0)];
fake_try_slots([[0, 10000, $node], [5000, 16383, $node]]);
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
