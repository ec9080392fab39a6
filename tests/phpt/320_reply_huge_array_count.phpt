--TEST--
A reply announcing more elements than memory_limit can hold (top-level or nested): exception, no abort, the object still works
--EXTENSIONS--
redis
--INI--
memory_limit=64M
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* Each count would need count * 16 bytes of zvals: far more than 64M. hiredis itself
 * refuses counts above INT_MAX ("Multi-bulk length out of range"). */
$cases = [
    'top' => "*2147483647\r\n",
    'nested' => "*1\r\n*2147483647\r\n",
    'deep' => "*2\r\n:1\r\n*1\r\n*1\r\n*268435455\r\n",
    'huge' => "*268435455\r\n",
];
$rules = [];
foreach ($cases as $key => $raw) {
    $rules[] = ['cmd' => 'SET', 'key' => $key, 'reply' => ['raw' => $raw]];
}
fake_cluster(1, [0 => ['data' => ['foo' => 'still works'], 'rules' => $rules]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
foreach (array_keys($cases) as $key) {
    $t0 = microtime(true);
    try {
        $c->set($key, 'v');
        echo "$key: no exception\n";
    } catch (RedisClusterException $e) {
        echo "$key: ", $e->getMessage(), "\n";
    }
    $elapsed = microtime(true) - $t0;
    echo $elapsed < 0.5 ? "at once\n" : "took $elapsed s\n";
}
var_dump($c->get('foo'));
printf("peak under 16 MiB: %s\n", memory_get_peak_usage() < 16 << 20 ? 'yes' : 'no');
fake_stop();
?>
--EXPECTF--
top: Protocol error from 127.0.0.1:%d: reply of 2147483647 elements exceeds the memory left by memory_limit (%d bytes)
at once
nested: Protocol error from 127.0.0.1:%d: reply of 2147483647 elements exceeds the memory left by memory_limit (%d bytes)
at once
deep: Protocol error from 127.0.0.1:%d: reply of 268435455 elements exceeds the memory left by memory_limit (%d bytes)
at once
huge: Protocol error from 127.0.0.1:%d: reply of 268435455 elements exceeds the memory left by memory_limit (%d bytes)
at once
string(11) "still works"
peak under 16 MiB: yes
