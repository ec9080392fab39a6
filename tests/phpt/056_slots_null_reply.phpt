--TEST--
CLUSTER SLOTS answering a NULL array: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_try_slots(['raw' => "*-1\r\n"]);
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
