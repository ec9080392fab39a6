<?php
/*
 * Drives a local fault-test cluster from a shell (the same helpers the tests use).
 *   php tests/fault/cluster-ctl.php [--base=7300] [--ports=20] [--masters=3] [--replicas=1] CMD [ARG]
 * CMD: start | stop | status | seeds | add-replicas | kill-master [port] | hang-master [port]
 *      | failover [replica port]
 *      | replace-new-port [port] | replace-same-port [port] | replace-all | migrate-slot [slot]
 *      | add-shard | remove-shard [port]
 * Ports base..base+ports-1 (and +10000 for the cluster bus) belong to the cluster; data in
 * ${TMPDIR:-/tmp}/rediscluster-fault-<base>. Each fault returns once the cluster converged.
 */

declare(strict_types=1);

require __DIR__ . '/../lib/RespClient.php';
require __DIR__ . '/lib/Slots.php';
require __DIR__ . '/lib/Registry.php';
require __DIR__ . '/lib/LocalCluster.php';

use FaultTest\LocalCluster;

$opt = ['base' => 7300, 'ports' => 20, 'masters' => 3, 'replicas' => 1, 'node-timeout' => 1000];
$args = [];
foreach (array_slice($argv, 1) as $a) {
    if (preg_match('/^--([a-z-]+)=(.*)$/', $a, $m) && isset($opt[$m[1]])) {
        $opt[$m[1]] = (int)$m[2];
    } else {
        $args[] = $a;
    }
}
$cmd = $args[0] ?? 'status';
$arg = isset($args[1]) ? (int)$args[1] : null;
$base = $opt['base'];

try {
    if ($cmd === 'start') {
        $c = LocalCluster::create($base, $base + $opt['ports'] - 1, $opt['masters'], $opt['replicas'], $opt['node-timeout']);
        // Leave the nodes running: this process only built the cluster.
        FaultTest\Registry::remove($c);
        echo 'cluster up: ', implode(',', $c->seeds()), "\n";
        exit(0);
    }
    $c = LocalCluster::load($base);
    $t = microtime(true);
    $result = match ($cmd) {
        'stop' => $c->stopAll(),
        'status' => ($c->notConverged() ?? 'converged') . "\n" . $c->describe(),
        'seeds' => implode(',', $c->seeds()),
        'add-replicas' => $c->addReplicas(),
        'kill-master' => $c->killMaster($arg),
        'hang-master' => $c->hangMaster($arg),
        'failover' => $c->manualFailover($arg),
        'replace-new-port' => $c->replaceNodeNewPort($arg),
        'replace-same-port' => $c->replaceNodeSamePort($arg),
        'replace-all' => $c->replaceAll(),
        'migrate-slot' => $c->migrateSlot($arg),
        'add-shard' => $c->addShard(),
        'remove-shard' => $c->removeShard($arg),
        default => throw new InvalidArgumentException("unknown command $cmd"),
    };
    $c->save();
    if ($result !== null) {
        echo $result, "\n";
    }
    if (!in_array($cmd, ['stop', 'status', 'seeds'], true)) {
        printf("%s done in %.2fs\n", $cmd, microtime(true) - $t);
    }
} catch (Throwable $e) {
    fwrite(STDERR, "cluster-ctl: " . $e->getMessage() . "\n");
    exit(1);
}
