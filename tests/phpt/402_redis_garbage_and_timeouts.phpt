--TEST--
Redis: garbage, a hung server and a drip-fed reply end the command with RedisException in bounded time; the object goes on with a new connection
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';

[$port] = fake_start([['data' => ['ok' => 'v'], 'rules' => [
    ['cmd' => 'GET', 'key' => 'garbage', 'reply' => ['raw' => "?what\r\n"]],
    ['cmd' => 'GET', 'key' => 'huge', 'reply' => ['raw' => "*2147483647\r\n:1\r\n"]],
    ['cmd' => 'GET', 'key' => 'hang', 'reply' => ['hang' => true]],
    ['cmd' => 'GET', 'key' => 'drip', 'reply' => ['bulk' => str_repeat('x', 100), 'drip' => 0.05]],
]]]);
$r = new Redis();
$r->connect(FAKE_HOST, $port, 1, null, 0, 0.5);
foreach (['garbage', 'huge', 'hang', 'drip'] as $key) {
    $t0 = microtime(true);
    try {
        var_dump($r->get($key));
    } catch (RedisException $e) {
        echo $key, ': ', fake_exc($e), "\n";
    }
    $took = microtime(true) - $t0;
    echo $took < 2 ? "bounded\n" : "took $took s\n";
    var_dump($r->get('ok'));
}
fake_stop();
?>
--EXPECTF--
garbage: RedisException: %s
bounded
string(1) "v"
huge: RedisException: %s
bounded
string(1) "v"
hang: RedisException: Timed out reading from 127.0.0.1:%d
bounded
string(1) "v"
drip: RedisException: Timed out reading from 127.0.0.1:%d
bounded
string(1) "v"
