--TEST--
mset, del, unlink, exists and touch across three slow nodes cost one round trip each, like mget (091)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* Every node answers these commands after 0.5 s: one round trip takes ~0.5 s, one
 * per node ~1.5 s. The built-in answer where the fake node has one; MSET and TOUCH
 * get a fixed one. */
$slow = fn($cmd, $reply = ['builtin' => true]) => ['cmd' => $cmd, 'reply' => $reply + ['sleep' => 0.5]];
$rules = [$slow(['DEL', 'UNLINK', 'EXISTS']), $slow('MSET', ['status' => 'OK']), $slow('TOUCH', ['int' => 1])];
$k = $u = $per_node = [];
foreach ([0, 1, 2] as $i) {
    $k[$i] = fake_key_on($i, 3);
    $u[$i] = fake_key_on($i, 3, 'u');
    $per_node[$i] = ['data' => [$k[$i] => "v$i", $u[$i] => "u$i"], 'rules' => $rules];
}
fake_cluster(3, $per_node);
$c = new RedisCluster(null, fake_seeds(), 2, 2);

$calls = [
    'MSET' => fn() => $c->mset(array_fill_keys($k, 'x')),
    'EXISTS' => fn() => $c->exists($k),
    'TOUCH' => fn() => $c->touch(...$k),
    'DEL' => fn() => $c->del(...$k),
    'UNLINK' => fn() => $c->unlink($u),
];
foreach ($calls as $name => $call) {
    $t0 = microtime(true);
    $r = $call();
    $elapsed = microtime(true) - $t0;
    /* when each node got the command: all before the first reply was due */
    $first = [];
    foreach ([0, 1, 2] as $i) {
        foreach (fake_log_entries($i) as $e) {
            if (strtoupper(strtok($e['cmd'], ' ')) === $name && $e['t'] >= $t0) {
                $first[$i] ??= $e['t'];
            }
        }
    }
    printf("%s: %s, %s, %s\n", $name, var_export($r, true),
        $elapsed < 1.2 ? 'one round trip' : "took $elapsed s",
        count($first) < 3 ? 'nodes asked: ' . implode(',', array_keys($first))
            : (max($first) - min($first) < 0.4 ? 'written together' : 'written one after another'));
}
fake_stop();
?>
--EXPECT--
MSET: true, one round trip, written together
EXISTS: 3, one round trip, written together
TOUCH: 3, one round trip, written together
DEL: 3, one round trip, written together
UNLINK: 3, one round trip, written together
