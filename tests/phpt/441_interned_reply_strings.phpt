--TEST--
One-byte strings in XCLAIM JUSTID and XAUTOCLAIM replies (interned: not refcounted) are kept without touching a refcount they do not have (UBSan: unreachable in Z_ADDREF_P)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'XCLAIM', 'reply' => ['a', '', 'bc']],
    ['cmd' => 'XAUTOCLAIM', 'reply' => ['0', ['x', ''], ['y']]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
for ($i = 0; $i < 2; $i++) {
    echo json_encode($c->xclaim('s', 'g', 'c', 0, ['1-0'], ['JUSTID'])), "\n";
    echo json_encode($c->xautoclaim('s', 'g', 'c', 0, '0', -1, true)), "\n";
}
?>
--EXPECT--
["a","","bc"]
["0",["x",""],["y"]]
["a","","bc"]
["0",["x",""],["y"]]
