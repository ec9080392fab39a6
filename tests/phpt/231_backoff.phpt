--TEST--
Backoff between retries follows OPT_BACKOFF_ALGORITHM, OPT_BACKOFF_BASE and OPT_BACKOFF_CAP
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
/* Each GET of bar is answered TRYAGAIN twice, then with its value. */
$tryagain = ['err' => 'TRYAGAIN Multiple keys request during rehashing of slot'];
fake_cluster(2, [
    0 => ['rules' => [['cmd' => 'GET', 'key' => 'bar', 'replies' => [$tryagain, $tryagain, 'v1', $tryagain, $tryagain, 'v2',
        $tryagain, $tryagain, 'v3']]]],
]);
$c = new RedisCluster(null, fake_seeds(), 3, 3);

/* The value, and whether the time taken is within [min, max] seconds (the machine may be
 * slow, never fast). */
function timed(RedisCluster $c, float $min, float $max): string
{
    $t = microtime(true);
    $v = $c->get('bar');
    $took = microtime(true) - $t;
    return $took >= $min && $took <= $max ? "$v in time" : sprintf('%s after %.2f s, not in [%.2f, %.2f]', $v, $took, $min, $max);
}

/* Constant: base each time, 2 waits of 0.3 s. */
var_dump($c->setOption(RedisCluster::OPT_BACKOFF_ALGORITHM, RedisCluster::BACKOFF_ALGORITHM_CONSTANT));
var_dump($c->setOption(RedisCluster::OPT_BACKOFF_BASE, 300));
echo timed($c, 0.6, 1.5), "\n";

/* Exponential: base then 2 x base, capped: 0.2 s + 0.25 s. */
$c->setOption(RedisCluster::OPT_BACKOFF_ALGORITHM, RedisCluster::BACKOFF_ALGORITHM_EXPONENTIAL);
$c->setOption(RedisCluster::OPT_BACKOFF_BASE, 200);
$c->setOption(RedisCluster::OPT_BACKOFF_CAP, 250);
echo timed($c, 0.45, 1.3), "\n";

/* No backoff at all. */
$c->setOption(RedisCluster::OPT_BACKOFF_BASE, 0);
echo timed($c, 0.0, 0.3), "\n";

var_dump($c->getOption(RedisCluster::OPT_BACKOFF_ALGORITHM), $c->getOption(RedisCluster::OPT_BACKOFF_BASE),
    $c->getOption(RedisCluster::OPT_BACKOFF_CAP));
var_dump($c->setOption(RedisCluster::OPT_BACKOFF_ALGORITHM, 99), $c->setOption(RedisCluster::OPT_BACKOFF_BASE, -1));
fake_stop();
?>
--EXPECT--
bool(true)
bool(true)
v1 in time
v2 in time
v3 in time
int(4)
int(0)
int(250)
bool(false)
bool(false)
