--TEST--
CLUSTER SLOTS range bounds at the edge: a range ending at 16383 is accepted, one ending at 16384 is refused
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$node = [FAKE_HOST, '{P0}', fake_node_id(0)];
echo "ends at 16383:\n";
fake_try_slots([[0, 16383, $node]]);
echo "ends at 16384:\n";
fake_try_slots([[0, 16384, $node]]);
echo "the last slot alone:\n";
fake_try_slots([[0, 16382, $node], [16383, 16383, $node]]);
echo "slot 16384 alone:\n";
fake_try_slots([[0, 16383, $node], [16384, 16384, $node]]);
?>
--EXPECT--
ends at 16383:
get: 'bar'
bounded
node got: GET foo
ends at 16384:
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
the last slot alone:
get: 'bar'
bounded
node got: GET foo
slot 16384 alone:
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
