--TEST--
refresh order (docs/slot-cache.md): known masters in random order, then the replicas, and the seeds only after every known node failed
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* Nodes 0-2: masters, 3-5: their replicas, 6-7: seeds that are not in the map (7
 * always fails). Every known node fails CLUSTER SLOTS for the first ROUNDS refreshes;
 * then replica 4 answers (one more round), then master 1 too. */
const ROUNDS = 12;
$map = [];
foreach ([0, 1, 2] as $i) {
    $map[] = [$i * 5461, $i === 2 ? 16383 : $i * 5461 + 5460,
        [FAKE_HOST, "{P$i}", fake_node_id($i), []], [FAKE_HOST, '{P' . ($i + 3) . '}', fake_node_id($i + 3), []]];
}
$fails = fn(int $times) => ['cmd' => 'CLUSTER SLOTS',
    'replies' => array_merge(array_fill(0, $times, ['err' => 'ERR not now']), [['builtin' => true]])];
$nodes = [];
for ($i = 0; $i < 6; $i++) {
    $nodes[] = ['id' => fake_node_id($i), 'slots' => $map,
        'rules' => [$fails($i === 4 ? ROUNDS : ($i === 1 ? ROUNDS + 1 : 1000))]];
}
$nodes[] = ['id' => fake_node_id(6), 'slots' => $map];
$nodes[] = ['id' => fake_node_id(7), 'rules' => [$fails(1000)]];
fake_start($nodes);
$c = new RedisCluster(null, fake_seeds([6, 7]), 1, 1);

/* Who was asked CLUSTER SLOTS during $fn, in order: M (master), R (replica), S (seed). */
function asked(callable $fn): array
{
    $t0 = microtime(true);
    $fn();
    $seq = [];
    foreach (range(0, 7) as $i) {
        foreach (fake_log_entries($i, true) as $e) {
            if ($e['cmd'] === 'CLUSTER SLOTS' && $e['t'] >= $t0) {
                $seq[sprintf('%.6f-%d', $e['t'], $i)] = $i;
            }
        }
    }
    ksort($seq);
    $seq = array_values($seq);
    return [implode('', array_map(fn($i) => $i < 3 ? 'M' : ($i < 6 ? 'R' : 'S'), $seq)), $seq];
}

$shapes = $orders = [];
for ($r = 0; $r < ROUNDS; $r++) {
    [$shape, $seq] = asked(fn() => $c->refreshSlots());
    $known = array_slice($seq, 0, 6);
    sort($known);
    $shapes[preg_match('/^MMMRRRS{1,2}$/', $shape) && $known === range(0, 5) ? 'every known node once, masters first, then the seeds'
        : "asked $shape (" . implode(',', $seq) . ')'] = true;
    $orders[implode(',', array_slice($seq, 0, 3))] = true;
}
echo implode("\n", array_keys($shapes)), "\n";
echo count($orders) > 1 ? "masters in random order\n" : "the masters always in the same order\n";

/* a replica answers: no seed is asked */
[$shape, $seq] = asked(fn() => $c->refreshSlots());
echo preg_match('/^MMMR{1,3}$/', $shape) && end($seq) === 4 ? "replica 4 answered, no seed asked\n" : "asked $shape\n";
/* a master answers: neither a replica nor a seed is asked */
[$shape, $seq] = asked(fn() => $c->refreshSlots());
echo preg_match('/^M{1,3}$/', $shape) && end($seq) === 1 ? "master 1 answered, nothing else asked\n" : "asked $shape\n";
fake_stop();
?>
--EXPECT--
every known node once, masters first, then the seeds
masters in random order
replica 4 answered, no seed asked
master 1 answered, nothing else asked
