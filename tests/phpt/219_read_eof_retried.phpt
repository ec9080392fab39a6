--TEST--
A read (GET) whose connection closes before the reply: 'connection' counted, one refresh, the GET retried and answered
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
fake_cluster(2, [0 => ['data' => [$k => 'v0'],
    'rules' => [['cmd' => 'GET', 'replies' => [['close' => true], ['builtin' => true]]]]]], ['redirects' => true]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */
$before = fake_count('CLUSTER SLOTS');

var_dump($c->get($k));
echo "node 0: ", fake_cmds(0), "\n";
echo "CLUSTER SLOTS after the command: ", fake_count('CLUSTER SLOTS') - $before, "\n";
echo fake_cache_summary(), "\n";
fake_stop();
?>
--EXPECT--
string(2) "v0"
node 0: GET key2, GET key2
CLUSTER SLOTS after the command: 1
cached=yes stale=no hits=0 misses=1 refreshes=1 inv: connection=1
