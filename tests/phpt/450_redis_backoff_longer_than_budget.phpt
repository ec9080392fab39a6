--TEST--
Redis: a backoff longer than the time budget still reconnects once within it (the wait is cut), never sleeps the budget away and declares a reachable server gone
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

[$port] = fake_start([['data' => ['k' => 'v'], 'rules' => [
    /* each SET is answered, then the connection closed: the next command reconnects */
    ['cmd' => 'SET', 'reply' => ['status' => 'OK', 'close' => true]],
]]]);
$r = new Redis();
/* a budget of 1 s (the connect timeout); the first wait after a lost connection is 2 s */
$r->connect(FAKE_HOST, $port, 1, null, 0, 1);
$r->setOption(Redis::OPT_MAX_RETRIES, 3);
$r->setOption(Redis::OPT_BACKOFF_ALGORITHM, Redis::BACKOFF_ALGORITHM_EXPONENTIAL);
$r->setOption(Redis::OPT_BACKOFF_BASE, 2000);
$r->setOption(Redis::OPT_BACKOFF_CAP, 4000);
foreach (['set n 1', 'set n 2', 'get k'] as $i => $what) {
    $t0 = microtime(true);
    try {
        $v = $i < 2 ? $r->set('n', (string)($i + 1)) : $r->get('k');
        echo "$what: ", var_export($v, true);
    } catch (RedisException $e) {
        echo "$what: ", fake_exc($e);
    }
    echo microtime(true) - $t0 < 1.5 ? ", within the budget\n" : ", took too long\n";
    usleep(100000);
}
echo implode(', ', fake_log(0, true)), "\n";
fake_stop();
?>
--EXPECT--
set n 1: true, within the budget
set n 2: true, within the budget
get k: 'v', within the budget
#OPEN, SET n 1, #CLOSE, #OPEN, SET n 2, #CLOSE, #OPEN, GET k
