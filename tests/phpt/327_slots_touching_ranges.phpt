--TEST--
CLUSTER SLOTS ranges at the edge: two touching ranges (0-100, 101-16383) are accepted, two sharing one slot (0-100, 100-16383) are refused
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$node = [FAKE_HOST, '{P0}', fake_node_id(0)];
echo "touching:\n";
fake_try_slots([[0, 100, $node], [101, 16383, $node]]);
echo "sharing slot 100:\n";
fake_try_slots([[0, 100, $node], [100, 16383, $node]]);
echo "sharing slot 100, listed in reverse:\n";
fake_try_slots([[100, 16383, $node], [0, 100, $node]]);
echo "one-slot range inside another:\n";
fake_try_slots([[0, 16383, $node], [100, 100, $node]]);
?>
--EXPECT--
touching:
get: 'bar'
bounded
node got: GET foo
sharing slot 100:
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
sharing slot 100, listed in reverse:
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
one-slot range inside another:
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
