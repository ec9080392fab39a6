--TEST--
CLUSTER SLOTS answering a bulk string: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_try_slots('not an array');
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
