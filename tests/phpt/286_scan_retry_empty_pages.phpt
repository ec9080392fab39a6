--TEST--
SCAN_RETRY fetches empty pages again until one has elements; SCAN_NORETRY returns them; a node that only sends empty pages cannot hold SCAN_RETRY
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/pubsub.inc';
fake_cluster(1, [0 => ['rules' => [
    ['cmd' => 'SCAN', 'replies' => [
        ['raw' => resp_scan_page('5')], ['raw' => resp_scan_page('7')], ['raw' => resp_scan_page('0', 'k1')],
        ['raw' => resp_scan_page('5')], ['raw' => resp_scan_page('0')],
        ['raw' => resp_scan_page('9')],
    ]],
    ['cmd' => 'HSCAN', 'reply' => ['raw' => resp_scan_page('18446744073709551615', 'f', 'v')]],
]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$node = $c->_masters()[0];

$c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_RETRY);
$it = null;
var_dump($c->scan($it, $node), $it);
var_dump($c->scan($it, $node), $it);

$c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_NORETRY);
$it = null;
var_dump($c->scan($it, $node), $it);
var_dump($c->scan($it, $node), $it);
var_dump($c->scan($it, $node));

/* From here every page is empty with cursor 9. */
$c->setOption(RedisCluster::OPT_SCAN, RedisCluster::SCAN_RETRY);
$it = null;
$took = timed(function () use ($c, $node, &$it) { return $c->scan($it, $node, 'x*', 10); }, $r);
var_dump($r, $it);
echo $took < 3 ? "bounded\n" : "took $took\n";

/* A cursor beyond PHP_INT_MAX comes back as a string, as phpredis 6 gives it. */
$it = null;
var_dump($c->hscan('h', $it), $it);
echo implode(', ', array_slice(fake_log(0), 0, 6)), "\n";
fake_stop();
?>
--EXPECT--
array(1) {
  [0]=>
  string(2) "k1"
}
int(0)
bool(false)
int(0)
array(0) {
}
int(5)
array(0) {
}
int(0)
bool(false)
array(0) {
}
int(9)
bounded
array(1) {
  ["f"]=>
  string(1) "v"
}
string(20) "18446744073709551615"
SCAN 0, SCAN 5, SCAN 7, SCAN 0, SCAN 5, SCAN 0 COUNT 10 MATCH x*
