--TEST--
CLUSTER SLOTS answering -ERR: rejected
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_try_slots(['err' => 'ERR This instance has cluster support disabled']);
?>
--EXPECT--
RedisClusterException: Couldn't map cluster keyspace using any provided seed...
bounded
node got: -
