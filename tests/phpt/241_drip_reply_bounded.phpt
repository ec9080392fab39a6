--TEST--
A node that drips its reply a byte at a time: the read timeout bounds the whole reply, in a command and in the constructor
--DESCRIPTION--
Every recv() returns a byte well before the read timeout (1 s), so a timeout
per recv() never fires: the reply as a whole must be timed.
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$drip = ['bulk' => str_repeat('x', 100), 'drip' => 0.05];
$k = fake_key_on(0, 1);

/* a command: GET, and a multi-key command */
fake_cluster(1, [0 => ['data' => [$k => 'v'], 'rules' => [['cmd' => ['GET', 'MGET'], 'reply' => $drip]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
foreach (['get' => [$k], 'mget' => [[$k, $k . 'x']]] as $method => $args) {
    $t0 = microtime(true);
    try {
        var_dump($c->$method(...$args));
    } catch (RedisClusterException $e) {
        echo $method, ': ', fake_exc($e), "\n";
    }
    $elapsed = microtime(true) - $t0;
    echo $elapsed < 2.5 ? "bounded\n" : "took $elapsed s\n";
}

/* the constructor's CLUSTER SLOTS: each seed's answer is timed as a whole */
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'CLUSTER SLOTS', 'reply' => ['raw' => "*1\r\n*3\r\n:0\r\n:16383\r\n*2\r\n\$9\r\n127.0.0.1\r\n:1\r\n", 'drip' => 0.05]]]],
    1 => ['rules' => [['cmd' => 'CLUSTER SLOTS', 'reply' => ['raw' => "*1\r\n*3\r\n:0\r\n:16383\r\n*2\r\n\$9\r\n127.0.0.1\r\n:1\r\n", 'drip' => 0.05]]]],
]);
$t0 = microtime(true);
try {
    new RedisCluster(null, fake_seeds(), 1, 0.5);
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
$elapsed = microtime(true) - $t0;
echo $elapsed < 2.5 ? "bounded\n" : "took $elapsed s\n";
fake_stop();
?>
--EXPECTF--
get: RedisClusterException: Timed out reading from 127.0.0.1:%d
bounded
mget: RedisClusterException: Timed out %s
bounded
RedisClusterException: Couldn't map cluster keyspace using any provided seed (Timed out reading from 127.0.0.1:%d)
bounded
