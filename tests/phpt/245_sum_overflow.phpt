--TEST--
del/exists/unlink/touch over several nodes: counts no server can have saturate instead of overflowing
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = [fake_key_on(0, 3), fake_key_on(1, 3), fake_key_on(2, 3)];
$huge = ['cmd' => ['DEL', 'EXISTS', 'UNLINK', 'TOUCH'], 'reply' => ['int' => PHP_INT_MAX]];
$small = ['cmd' => ['DEL', 'EXISTS', 'UNLINK', 'TOUCH'], 'reply' => ['int' => 5]];
fake_cluster(3, [0 => ['rules' => [$huge]], 1 => ['rules' => [$huge]], 2 => ['rules' => [$small]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
foreach (['del', 'exists', 'unlink', 'touch'] as $m) {
    echo $m, ': ', var_export($c->$m($k), true), ' ', var_export($c->$m([$k[2], $k[0]]), true), "\n";
}
fake_stop();
?>
--EXPECT--
del: 9223372036854775807 9223372036854775807
exists: 9223372036854775807 9223372036854775807
unlink: 9223372036854775807 9223372036854775807
touch: 9223372036854775807 9223372036854775807
