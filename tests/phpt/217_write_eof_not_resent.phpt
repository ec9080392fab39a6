--TEST--
A write (SET) whose connection closes after the write, before the reply: RedisClusterException, the SET is not sent twice
--EXTENSIONS--
redis
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 2);
fake_cluster(2, [0 => ['rules' => [['cmd' => 'SET', 'reply' => ['close' => true]]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
usleep(150000); /* the cache was filled a while ago: past the refresh debounce */

try {
    var_dump($c->set($k, 'v'));
} catch (RedisClusterException $e) {
    echo get_class($e), "\n";
}
usleep(100000); /* a resend would be in a log by now */
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";
fake_stop();
?>
--EXPECT--
RedisClusterException
node 0: SET key2 v
node 1: -
