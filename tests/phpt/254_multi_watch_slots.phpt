--TEST--
WATCH per slot's node; inside MULTI, a command outside the watched slots, or a second slot on one node, abandons the transaction; refreshSlots() inside MULTI asks on a connection of its own
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$t0 = fake_tag_on(0, 2);
$t1 = fake_tag_on(1, 2);
fake_cluster(2, [0 => ['data' => ["{$t0}a" => 'A']], 1 => []]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

var_dump($c->watch("{$t0}a", "{$t1}b"));
$c->multi();
$c->get("{$t0}a");
$c->set("{$t1}b", 'B');
echo json_encode($c->exec()), "\n";
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";

/* outside the watched slot */
$c->watch("{$t0}a");
$c->multi();
$c->get("{$t0}a");
try {
    $c->get(fake_key_on(0, 2, 'other'));
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
/* the transaction is over: commands run at once again */
var_dump($c->getMode() === RedisCluster::ATOMIC, $c->get("{$t0}a"));

/* two slots on one node, no WATCH */
$k = [fake_key_on(0, 2, 'p'), fake_key_on(0, 2, 'q')];
if (fake_key_slot($k[0]) === fake_key_slot($k[1])) {
    die("test keys share a slot\n");
}
$c->multi();
$c->get($k[0]);
try {
    $c->get($k[1]);
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
var_dump($c->getMode() === RedisCluster::ATOMIC);

/* WATCH inside MULTI is Redis's error */
$c->multi();
var_dump($c->watch("{$t0}a"));
/* a refresh while a node is inside MULTI: CLUSTER SLOTS is not queued there */
$c->get("{$t0}a");
$c->get("{$t1}b");
var_dump($c->refreshSlots());
echo json_encode($c->exec()), "\n";
$in_multi = [];
$queued = 0;
foreach (array_merge(fake_log_entries(0, true), fake_log_entries(1, true)) as $e) {
    if ($e['cmd'] === 'MULTI') {
        $in_multi[$e['conn']] = true;
    } elseif ($e['cmd'] === 'EXEC' || $e['cmd'] === 'DISCARD') {
        unset($in_multi[$e['conn']]);
    } elseif ($e['cmd'] === 'CLUSTER SLOTS') {
        $queued += isset($in_multi[$e['conn']]);
    }
}
echo $queued === 0 ? "CLUSTER SLOTS never on a connection in MULTI\n" : "CLUSTER SLOTS queued in MULTI\n";
fake_stop();
?>
--EXPECTF--
bool(true)
["A",true]
node 0: WATCH {t%d}a, MULTI, GET {t%d}a, EXEC
node 1: WATCH {t%d}b, MULTI, SET {t%d}b B, EXEC
RedisClusterException: Keys in another slot than the keys WATCHed: the transaction was discarded (slot %d is not a watched slot)
bool(true)
string(1) "A"
RedisClusterException: Keys of one node's transaction in two slots: the transaction was discarded (slots %d and %d on 127.0.0.1:%d)
bool(true)

Warning: RedisCluster::watch(): WATCH command not allowed in MULTI mode in %s on line %d
bool(false)
bool(true)
["A","B"]
CLUSTER SLOTS never on a connection in MULTI
