--TEST--
Constructor arguments of the wrong type: TypeError
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

$cases = [
    'name array'        => fn() => new RedisCluster([]),
    'seeds string'      => fn() => new RedisCluster(null, '127.0.0.1:7000'),
    'timeout string'    => fn() => new RedisCluster(null, ['127.0.0.1:7000'], 'abc'),
    'read_timeout arr'  => fn() => new RedisCluster(null, ['127.0.0.1:7000'], 1, []),
    'persistent array'  => fn() => new RedisCluster(null, ['127.0.0.1:7000'], 1, 1, []),
];
foreach ($cases as $name => $fn) {
    try {
        $fn();
        echo "$name: no exception\n";
    } catch (Throwable $e) {
        preg_match('/Argument #\d+/', $e->getMessage(), $m);
        echo "$name: ", get_class($e), ' ', $m[0] ?? $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
name array: TypeError Argument #1
seeds string: TypeError Argument #2
timeout string: TypeError Argument #3
read_timeout arr: TypeError Argument #4
persistent array: TypeError Argument #5
