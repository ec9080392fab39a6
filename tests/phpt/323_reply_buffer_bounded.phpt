--TEST--
A status line that never ends, streamed fast: hiredis's buffer stays within what memory_limit leaves, then an exception
--EXTENSIONS--
redis
--INI--
memory_limit=8M
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

fake_cluster(1, [0 => [
    'data' => ['foo' => 'still works'],
    'rules' => [['cmd' => 'SET', 'key' => 'bar', 'reply' => ['raw' => '+', 'flood' => 32 << 20]]],
]], ['idle' => 30, 'lifetime' => 60]); /* hiredis rescans the line at every read: slow under valgrind */
/* The whole reply must arrive within the read timeout, and hiredis rescans an unfinished
 * line at every read: give a slow machine room to reach the memory bound first. */
$c = new RedisCluster(null, fake_seeds(), 1, 10);

$hwm = hwm();
try {
    $c->set('bar', 'x');
    echo "no exception\n";
} catch (RedisClusterException $e) {
    echo $e->getMessage(), "\n";
}
$grew = hwm() - $hwm;
/* Under valgrind (USE_ZEND_ALLOC=0) its quarantine of freed blocks swells the process. */
echo $grew < 16 << 20 || getenv('USE_ZEND_ALLOC') === '0' ? "memory bounded\n" : "resident memory grew by $grew bytes\n";
var_dump($c->get('foo'));
fake_stop();
?>
--EXPECTF--
Protocol error from 127.0.0.1:%d: reply of over %d bytes exceeds the memory left by memory_limit (%d bytes)
memory bounded
string(11) "still works"
