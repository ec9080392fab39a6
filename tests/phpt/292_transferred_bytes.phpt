--TEST--
gettransferredbytes(): exactly the bytes written and read since cleartransferredbytes(), counted without a system call of their own
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1, [0 => ['data' => ['k' => 'value']]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
[$tx, $rx] = $c->gettransferredbytes();
echo "construction counted: ", var_export($tx > 0 && $rx > 0, true), "\n";
$c->get('k');
var_dump($c->cleartransferredbytes());
var_dump($c->gettransferredbytes());
$c->get('k');
$c->get('missing');
$expect = [strlen("*2\r\n\$3\r\nGET\r\n\$1\r\nk\r\n") + strlen("*2\r\n\$3\r\nGET\r\n\$7\r\nmissing\r\n"),
    strlen("\$5\r\nvalue\r\n") + strlen("\$-1\r\n")];
var_dump($c->gettransferredbytes() === $expect, $expect);
fake_stop();
?>
--EXPECT--
construction counted: true
NULL
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(0)
}
bool(true)
array(2) {
  [0]=>
  int(46)
  [1]=>
  int(16)
}
