--TEST--
OPT_MAX_RETRIES bounds the attempts of a read after lost connections: 0 means one attempt; the default (10) keeps trying within the budget
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
/* Node 0 drops the connection at every GET. */
fake_cluster(2, [0 => ['data' => [$k => 'v0'], 'rules' => [['cmd' => 'GET', 'replies' => [['close' => true]]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
var_dump($c->getOption(RedisCluster::OPT_MAX_RETRIES));

var_dump($c->setOption(RedisCluster::OPT_MAX_RETRIES, 0));
try {
    $c->get($k);
    echo "no exception\n";
} catch (RedisClusterException $e) {
    echo fake_exc($e, 'Error reading from'), "\n";
}
echo "GETs with OPT_MAX_RETRIES=0: ", substr_count(fake_cmds(0), 'GET'), "\n";

var_dump($c->setOption(RedisCluster::OPT_MAX_RETRIES, 2));
$before = substr_count(fake_cmds(0), 'GET');
try {
    $c->get($k);
    echo "no exception\n";
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
echo "GETs with OPT_MAX_RETRIES=2: ", substr_count(fake_cmds(0), 'GET') - $before, "\n";
var_dump($c->setOption(RedisCluster::OPT_MAX_RETRIES, -1));
fake_stop();
?>
--EXPECT--
int(10)
bool(true)
RedisClusterException: Error reading from...
GETs with OPT_MAX_RETRIES=0: 1
bool(true)
RedisClusterException
GETs with OPT_MAX_RETRIES=2: 3
bool(false)
