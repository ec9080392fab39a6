--TEST--
A command directed at a node ([host, port]) keeps going to that address when the map changes under it: the node leaving the map while the command is retried (it segfaulted: its index pointed past the new map) is a clear exception at once; a map the pool published between queueing and exec() that orders the nodes differently still sends each command to the node it names, and so does a command whose argument's __toString() ran another command that took such a map
--EXTENSIONS--
redis
pcntl
--INI--
redis.clusters.cache_slots=1
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$two = fake_slots(2);
/* Node 2 drops the connection at INFO and the cluster's map, from then on, has two nodes. */
fake_cluster(3, [2 => ['rules' => [['cmd' => 'INFO', 'reply' => ['close' => true], 'set_slots' => $two]]]]);
$seeds = fake_seeds([0]);
$c = new RedisCluster(null, $seeds, 1, 1);
$t = microtime(true);
try {
    var_dump($c->info([FAKE_HOST, fake_port(2)]));
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
echo microtime(true) - $t < 0.5 ? "at once" : "after the budget", "\n";
var_dump($c->ping([FAKE_HOST, fake_port(1)]));
fake_stop();

echo "-- a map published by another worker between queueing and exec()\n";
fake_cluster(3);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
var_dump($c->ping([FAKE_HOST, fake_port(2)]));
$pings = fn() => array_map(fn($i) => count(array_filter(fake_log($i, true),
    fn($cmd) => $cmd === 'PING')), [0, 1, 2]);
$before = $pings();
$c->pipeline();
$c->ping([FAKE_HOST, fake_port(2)]);
$c->ping([FAKE_HOST, fake_port(1)]);
/* Node 0 leaves, node 1 takes its slots: the nodes' indices in the new map are not the
 * ones the commands were queued with (one of them is past its end). */
$without0 = fake_slots(3);
$without0[0][2] = $without0[1][2];
fake_set_slots($without0);
fake_in_child(function () use ($seeds) {
    (new RedisCluster(null, $seeds, 1, 1))->refreshSlots();
});
var_dump($c->exec());
$after = $pings();
printf("PINGs by node: 0 +%d, 1 +%d, 2 +%d\n", $after[0] - $before[0], $after[1] - $before[1], $after[2] - $before[2]);
echo "adopted: ", fake_cache_entry()['shared']['adopted'] > 0 ? "yes" : "no", "\n";
fake_stop();

echo "-- the map replaced by user code while the command's arguments are converted\n";
fake_cluster(3);
$seeds = fake_seeds();
$c = new RedisCluster(null, $seeds, 1, 1);
$k = fake_key_on(1, 3);
var_dump($c->get($k));
$without0 = fake_slots(3);
$without0[0][2] = $without0[1][2];
fake_set_slots($without0);
fake_in_child(function () use ($seeds) {
    (new RedisCluster(null, $seeds, 1, 1))->refreshSlots();
});
$msg = new class ($c, $k) {
    public function __construct(private RedisCluster $c, private string $k) {}
    public function __toString(): string
    {
        /* Runs before the ECHO is sent: this command takes the map the pool published. */
        $this->c->get($this->k);
        echo "masters now: ", count($this->c->_masters()), "\n";
        return 'hello';
    }
};
var_dump($c->echo([FAKE_HOST, fake_port(2)], $msg));
echo "node 2 got: ", implode(', ', array_filter(fake_log(2, true), fn($cmd) => str_starts_with($cmd, 'ECHO'))), "\n";
fake_stop();
?>
--EXPECTF--
RedisClusterException: Node 127.0.0.1:%d is no longer in the cluster
at once
bool(true)
-- a map published by another worker between queueing and exec()
bool(true)
array(2) {
  [0]=>
  bool(true)
  [1]=>
  bool(true)
}
PINGs by node: 0 +0, 1 +1, 2 +1
adopted: yes
-- the map replaced by user code while the command's arguments are converted
bool(false)
masters now: 2
string(5) "hello"
node 2 got: ECHO hello
