--TEST--
CLUSTER SLOTS with port 70000: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_try_slots([[0, 16383, [FAKE_HOST, 70000]]]);
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
