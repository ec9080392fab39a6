--TEST--
Seeds as frameworks write them: "host:port?query" (Laravel), tcp://, tls:// and ssl:// prefixes; a database other than 0 is refused
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 1);
fake_cluster(1, [0 => ['data' => [$k => 'v']]]);
$s = fake_addr(0);

function attempt(array $seeds): void
{
    try {
        $c = new RedisCluster(null, $seeds, 1, 1);
        echo $c->get($GLOBALS['k']), "\n";
    } catch (RedisClusterException $e) {
        echo fake_exc($e, "Couldn't map cluster keyspace using any provided seed (Can't connect to"), "\n";
    }
}

foreach (["$s?database=0", "$s?database=0&password=x&prefix=p%3A&read_timeout=1.5", "$s?", "$s?prefix=x",
          "tcp://$s", "TCP://$s?database=00", "$s?database=+0&database=0"] as $seed) {
    echo "$seed: ";
    attempt([$seed]);
}
/* A database other than 0 is an exception, whatever the other seeds say. */
foreach (["$s?database=1", "$s?database=", "$s?x=1&database=abc", "tcp://$s?database=-0x"] as $seed) {
    echo "$seed: ";
    attempt([$s, $seed]);
}
/* A query alone does not make a seed. */
echo "?database=0: ";
attempt(['?database=0', "$s?database=0"]);

/* tls:// and ssl:// ask for TLS: the plain fake node cannot complete a handshake. */
foreach (["tls://$s?database=0", "ssl://$s"] as $seed) {
    echo "$seed: ";
    attempt([$seed]);
}

/* The INI seeds are parsed the same way (the query's '&' must be escaped inside one). */
ini_set('redis.clusters.seeds', "app[]=$s%3Fdatabase%3D0%26password%3Dx&bad[]=$s%3Fdatabase%3D3");
echo "app: ", (new RedisCluster('app'))->get($k), "\n";
try {
    new RedisCluster('bad');
} catch (RedisClusterException $e) {
    echo "bad: ", fake_exc($e), "\n";
}
/* what the node got: the GETs, and a TLS ClientHello (a handshake record, 0x16 0x03) per TLS seed */
$log = fake_log(0);
echo 'GETs: ', count(preg_grep('/^GET /', $log)), ', TLS hellos: ', count(preg_grep('/^\\\\026\\\\003/', $log)), "\n";
fake_stop();
?>
--EXPECTF--
127.0.0.1:%d?database=0: v
127.0.0.1:%d?database=0&password=x&prefix=p%3A&read_timeout=1.5: v
127.0.0.1:%d?: v
127.0.0.1:%d?prefix=x: v
tcp://127.0.0.1:%d: v
TCP://127.0.0.1:%d?database=00: v
127.0.0.1:%d?database=+0&database=0: v
127.0.0.1:%d?database=1: RedisClusterException: Invalid seed "127.0.0.1:%d?database=1": a cluster has only database 0
127.0.0.1:%d?database=: RedisClusterException: Invalid seed "127.0.0.1:%d?database=": a cluster has only database 0
127.0.0.1:%d?x=1&database=abc: RedisClusterException: Invalid seed "127.0.0.1:%d?x=1&database=abc": a cluster has only database 0
tcp://127.0.0.1:%d?database=-0x: RedisClusterException: Invalid seed "tcp://127.0.0.1:%d?database=-0x": a cluster has only database 0
?database=0: 
Warning: RedisCluster::__construct(): Invalid seed "?database=0": expected "host:port" in %s on line %d
v
tls://127.0.0.1:%d?database=0: RedisClusterException: Couldn't map cluster keyspace using any provided seed (Can't connect to...
ssl://127.0.0.1:%d: RedisClusterException: Couldn't map cluster keyspace using any provided seed (Can't connect to...
app: v
bad: RedisClusterException: Invalid seed "127.0.0.1:%d?database=3": a cluster has only database 0
GETs: 9, TLS hellos: 2
