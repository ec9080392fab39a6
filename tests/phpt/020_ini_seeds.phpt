--TEST--
redis.clusters.* INI settings: new RedisCluster('mycluster') uses their seeds and AUTH
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$k0 = fake_key_on(0, 2);
$k1 = fake_key_on(1, 2);
fake_cluster(2, [
    0 => ['password' => 'secret', 'data' => [$k0 => 'v0']],
    1 => ['password' => 'secret', 'data' => [$k1 => 'v1']],
]);
[$s0, $s1] = fake_seeds();

$settings = [
    'redis.clusters.seeds' => "mycluster[]=$s0&mycluster[]=$s1",
    'redis.clusters.timeout' => 'mycluster=2',
    'redis.clusters.read_timeout' => 'mycluster=2',
    'redis.clusters.persistent' => 'mycluster=1',
    'redis.clusters.auth' => 'mycluster=secret',
];
foreach ($settings as $name => $value) {
    echo $name, ': ', ini_set($name, $value) === false ? 'not set' : 'set', "\n";
}

$c = new RedisCluster('mycluster');
var_dump($c->get($k0), $c->get($k1));

foreach ([0, 1] as $i) {
    /* every connection authenticates before anything else */
    $first = [];
    foreach (fake_log_entries($i) as $e) {
        $first[$e['conn']] ??= $e['cmd'];
    }
    $auth = array_unique(array_values($first));
    echo "node $i: first command of each connection: ", implode(', ', $auth), "\n";
    $gets = preg_grep('/^GET /', fake_log($i));
    echo "node $i: ", implode(', ', $gets), "\n";
}
fake_stop();
?>
--EXPECTF--
redis.clusters.seeds: set
redis.clusters.timeout: set
redis.clusters.read_timeout: set
redis.clusters.persistent: set
redis.clusters.auth: set
string(2) "v0"
string(2) "v1"
node 0: first command of each connection: AUTH secret
node 0: GET key%d
node 1: first command of each connection: AUTH secret
node 1: GET key%d
