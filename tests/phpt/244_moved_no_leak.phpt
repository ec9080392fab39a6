--TEST--
MOVED replies do not leak: the slot's new owner is kept in a table that frees what it replaces
--DESCRIPTION--
Each MOVED stored a "host:port" string that the table's destructor did not
free (a pointer entry in a table of zvals): about 40 bytes per MOVED, lost.
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
/* node 0 owns the key in every map it gives, yet always sends it to node 1 */
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'reply' => ['err' => 'MOVED ' . fake_key_slot($k) . ' 127.0.0.1:{P1}']]]],
    1 => ['data' => [$k => 'there']],
]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$round = function (int $n) use ($c, $k) {
    for ($i = 0; $i < $n; $i++) {
        if ($c->get($k) !== 'there') {
            echo "wrong reply\n";
        }
    }
};
$round(50);
$before = memory_get_usage();
$round(600);
$grown = memory_get_usage() - $before;
echo $grown < 8000 ? "no growth\n" : "grew by $grown bytes over 600 MOVED\n";
fake_stop();
?>
--EXPECT--
no growth
