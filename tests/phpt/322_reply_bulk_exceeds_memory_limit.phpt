--TEST--
A bulk length larger than memory_limit leaves, then a fast stream: refused at its header, memory stays bounded; a big value that fits is read whole; memory_limit=-1 still refuses what no machine holds
--EXTENSIONS--
redis
--INI--
memory_limit=64M
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

/* Peak resident memory of this process (hiredis's buffer is malloc'd: memory_get_*
 * does not see it). */
function hwm(): int
{
    preg_match('/^VmHWM:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $m);
    return (int)$m[1] * 1024;
}

$value = str_repeat('v', 8 << 20);
fake_cluster(1, [0 => [
    'data' => ['big' => $value, 'foo' => 'still works'],
    'rules' => [['cmd' => 'SET', 'key' => 'bar',
                 'reply' => ['raw' => "\$1000000000000\r\n", 'flood' => 128 << 20]],
                ['cmd' => 'SET', 'key' => 'baz', 'reply' => ['raw' => "\$9223372036854775807\r\n"]]],
]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

$hwm = hwm();
$t0 = microtime(true);
try {
    $c->set('bar', 'x');
    echo "no exception\n";
} catch (RedisClusterException $e) {
    echo $e->getMessage(), "\n";
}
$elapsed = microtime(true) - $t0;
$grew = hwm() - $hwm;
echo $elapsed < 0.5 ? "at once\n" : "took $elapsed s\n";
echo $grew < 32 << 20 ? "memory bounded\n" : "resident memory grew by $grew bytes\n";

/* 8 MiB, many reads long, fits in what 64M leaves: no false alarm. */
echo $c->get('big') === $value ? "8 MiB value read whole\n" : "8 MiB value wrong\n";
var_dump($c->get('foo'));

/* Without memory_limit, what no machine here could hold is still refused. */
ini_set('memory_limit', '-1');
try {
    $c->set('baz', 'x');
    echo "no exception\n";
} catch (RedisClusterException $e) {
    echo $e->getMessage(), "\n";
}
fake_stop();
?>
--EXPECTF--
Protocol error from 127.0.0.1:%d: reply of 1000000000000 bytes exceeds the memory left by memory_limit (%d bytes)
at once
memory bounded
8 MiB value read whole
string(11) "still works"
Protocol error from 127.0.0.1:%d: reply of 9223372036854775807 bytes exceeds the physical memory (%d bytes)
