--TEST--
Reads on replicas: READONLY once per replica connection, pipelined; FAILOVER_ERROR falls back on a replica when the master is gone, FAILOVER_NONE does not; writes stay on the master
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$slots = [[0, 16383, [FAKE_HOST, '{P0}', fake_node_id(0)], [FAKE_HOST, '{P1}', fake_node_id(1)]]];
fake_start([
    ['id' => fake_node_id(0), 'data' => ['foo' => 'from-master']],
    ['id' => fake_node_id(1), 'data' => ['foo' => 'from-replica']],
], $slots);
$c = new RedisCluster(null, fake_seeds([0]), 1, 1);

$c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, RedisCluster::FAILOVER_DISTRIBUTE_SLAVES);
var_dump($c->get('foo'), $c->get('foo'), $c->get('foo'));
var_dump($c->set('bar', 'x'));
$replica = array_column(fake_log_entries(1, true), 'cmd');
$readonly = array_values(array_filter($replica, fn ($cmd) => str_starts_with($cmd, 'READONLY')));
echo "replica: READONLY x", count($readonly), ", then ", implode(', ', array_filter($replica,
    fn ($cmd) => str_starts_with($cmd, 'GET') || str_starts_with($cmd, 'SET'))), "\n";
/* READONLY went out in the same read batch as the first GET: no extra round trip. */
$entries = array_values(array_filter(fake_log_entries(1, true), fn ($e) => !str_starts_with($e['cmd'], '#')));
$first = array_search('READONLY', array_column($entries, 'cmd'));
echo $entries[$first]['batch'] === $entries[$first + 1]['batch'] ? "pipelined\n" : "separate round trip\n";
echo "master: ", fake_cmds(0), "\n";

/* The master goes away: FAILOVER_ERROR reads from its replica. */
fake_kill(0);
$c->setOption(RedisCluster::OPT_SLAVE_FAILOVER, RedisCluster::FAILOVER_ERROR);
$c->close();
var_dump($c->get('foo'));

/* FAILOVER_NONE keeps reading from the master, which is gone. */
$d = new RedisCluster(null, fake_seeds([1]), 0.5, 0.5);
try {
    var_dump($d->get('foo'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
fake_stop();
?>
--EXPECT--
string(12) "from-replica"
string(12) "from-replica"
string(12) "from-replica"
bool(true)
replica: READONLY x1, then GET foo, GET foo, GET foo
pipelined
master: SET bar x
string(12) "from-replica"
RedisClusterException
