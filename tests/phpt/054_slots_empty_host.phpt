--TEST--
CLUSTER SLOTS with an empty host means the node asked: valid
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_try_slots([[0, 16383, ['', '{P0}', fake_node_id(0)]]]);
?>
--EXPECT--
get: 'bar'
bounded
node got: GET foo
