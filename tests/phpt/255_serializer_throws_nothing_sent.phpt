--TEST--
A value whose serializer throws: the exception, and nothing sent (no key written with an empty value), for one command, a split one and inside MULTI
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(2);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
$k = [fake_key_on(0, 2), fake_key_on(1, 2)];
$calls = [
    'set' => fn() => $c->set($k[0], fn() => 1),
    'mset' => fn() => $c->mset([$k[0] => 1, $k[1] => fn() => 1]),
    'multi set' => fn() => $c->multi()->set($k[0], fn() => 1),
];
foreach ($calls as $what => $call) {
    try {
        $call();
        echo "$what: no exception\n";
    } catch (Exception $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$c->discard();
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
set: Exception: Serialization of 'Closure' is not allowed
mset: Exception: Serialization of 'Closure' is not allowed
multi set: Exception: Serialization of 'Closure' is not allowed
node 0: -
node 1: -
