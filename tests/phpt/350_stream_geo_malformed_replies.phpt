--TEST--
Stream and geo replies of an unexpected shape are false (or kept as sent), never a crash, and the connection stays in step
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'XRANGE', 'replies' => [
        5,                                  // not an array
        [5],                                // an entry that is not [id, fields]
        [['1-0']],                          // no fields
        [[7, ['f', 'v']]],                  // an id that is not a string
        [['1-0', 9]],                       // fields that are not an array
        [['1-0', ['f', 'v', 'odd']], ['2-0', null]], // an odd field list; a deleted entry
    ]],
    ['cmd' => 'XREAD', 'replies' => [
        [['s']],                            // a stream with no entries element
        [[3, []]],                          // a stream name that is not a string
        [['s', [[1]]]],                     // a malformed entry inside
        ['raw' => "*1\r\n*2\r\n\$1\r\ns\r\n*-1\r\n"], // a nil entry list
    ]],
    ['cmd' => 'XCLAIM', 'replies' => [[5], [['1-0', ['f', 'v']], '2-0']]],
    ['cmd' => 'XAUTOCLAIM', 'replies' => [5, [7, []], ['0-0', 5], ['0-0', ['1-0']]]],
    ['cmd' => 'XPENDING', 'replies' => [['x', 1, 2, null], [0, null, null, null]]],
    ['cmd' => 'XINFO', 'replies' => [[null], [1, 2, 'k'], ['a', [[['deep', 1]]], [1, 2]]]],
    ['cmd' => 'GEOPOS', 'reply' => [5, null, ['1', '2']]],
    ['cmd' => 'GEOHASH', 'reply' => [null, 'h']],
    ['cmd' => 'GEOSEARCH', 'replies' => [[[5, '1.5'], 'm', ['n', '2.5', 7, ['1', '2']]], 5]],
    ['cmd' => 'GET', 'reply' => 'still in step'],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

echo "xrange\n";
for ($i = 0; $i < 6; $i++) {
    echo json_encode($c->xrange('s', '-', '+')), "\n";
}
echo "xread\n";
for ($i = 0; $i < 4; $i++) {
    echo json_encode($c->xread(['s' => '0'])), "\n";
}
echo "xclaim\n";
echo json_encode($c->xclaim('s', 'g', 'c', 0, ['1-0'], [])), "\n";
echo json_encode($c->xclaim('s', 'g', 'c', 0, ['1-0'], [])), "\n";
echo "xautoclaim\n";
for ($i = 0; $i < 4; $i++) {
    echo json_encode($c->xautoclaim('s', 'g', 'c', 0, '0')), "\n";
}
echo "xpending\n";
echo json_encode($c->xpending('s', 'g')), "\n";
echo json_encode($c->xpending('s', 'g')), "\n";
echo "xinfo\n";
for ($i = 0; $i < 3; $i++) {
    echo json_encode($c->xinfo('STREAM', 's')), "\n";
}
echo "geo\n";
echo json_encode($c->geopos('g', 'a', 'b', 'c')), "\n";
echo json_encode($c->geohash('g', 'a', 'b')), "\n";
echo json_encode($c->geosearch('g', 'a', 1, 'km', ['withdist'])), "\n";
echo json_encode($c->geosearch('g', 'a', 1, 'km')), "\n";
var_dump($c->get('k'));
fake_stop();
?>
--EXPECT--
xrange
false
false
false
false
false
{"1-0":{"f":"v"},"2-0":null}
xread
false
false
false
false
xclaim
false
{"1-0":{"f":"v"},"0":"2-0"}
xautoclaim
false
false
false
["0-0",["1-0"],[]]
xpending
["x",1,2,null]
[0,null,null,[]]
xinfo
false
{"1":2}
{"a":[[{"deep":1}]],"0":{"1":2}}
geo
[5,[],["1","2"]]
[false,"h"]
{"0":[5,"1.5"],"1":"m","n":[2.5,7,[1,2]]}
false
string(13) "still in step"
