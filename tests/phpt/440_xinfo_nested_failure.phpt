--TEST--
An XINFO reply whose nested map is malformed (a nil without a name, at any depth) is false: the nested map was released twice (a segfault)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'XINFO', 'replies' => [
        ['name', [null]],            // a nil with no name, one level down
        ['a', [[null]]],             // two levels down
        ['a', ['b', [1, [null]]]],   // three levels down, under names
        ['a', ['b', 'c']],           // well formed: still read
    ]],
    ['cmd' => 'GET', 'reply' => 'still in step'],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
for ($i = 0; $i < 4; $i++) {
    echo json_encode($c->xinfo('STREAM', 's')), "\n";
}
var_dump($c->get('k'));
?>
--EXPECT--
false
false
false
{"a":{"b":"c"}}
string(13) "still in step"
