--TEST--
__construct() called again on a live object is refused: the first call's seeds, credentials and connections stay as they were
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k = fake_key_on(0, 1);
fake_cluster(1, [0 => ['data' => [$k => 'v'], 'password' => 'secret-one']]);
$c = new RedisCluster(null, fake_seeds(), 1, 1, false, 'secret-one');
foreach ([[null, fake_seeds()], [null, array_fill(0, 64, fake_addr(0))], ['nope']] as $args) {
    try {
        $c->__construct(...$args);
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
var_dump($c->get($k));

/* an object whose construction threw may not be constructed again either */
try {
    $d = new RedisCluster(null, ['127.0.0.1:1'], 0.2, 0.2);
} catch (RedisClusterException $e) {
    echo "first: ", fake_exc($e, FAKE_PREFIX), "\n";
}
$d = (new ReflectionClass(RedisCluster::class))->newInstanceWithoutConstructor();
try {
    $d->__construct(null, ['127.0.0.1:1'], 0.2, 0.2);
} catch (RedisClusterException $e) {
    echo "first: ", fake_exc($e, FAKE_PREFIX), "\n";
}
try {
    $d->__construct(null, fake_seeds(), 1, 1, false, 'secret-one');
} catch (Error $e) {
    echo "again: ", get_class($e), ': ', $e->getMessage(), "\n";
}
fake_stop();
?>
--EXPECT--
Error: RedisCluster::__construct() cannot be called twice on one object
Error: RedisCluster::__construct() cannot be called twice on one object
Error: RedisCluster::__construct() cannot be called twice on one object
string(1) "v"
first: RedisClusterException: Couldn't map cluster keyspace using any provided seed...
first: RedisClusterException: Couldn't map cluster keyspace using any provided seed...
again: Error: RedisCluster::__construct() cannot be called twice on one object
