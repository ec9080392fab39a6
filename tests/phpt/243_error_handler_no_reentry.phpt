--TEST--
A host that does not resolve raises no PHP warning from inside a command: a user error handler cannot close or refresh the object under the engine
--DESCRIPTION--
The map names a master at a host that does not resolve. PHP's stream layer
reports that as an E_WARNING from deep inside the connect; a user error
handler calling close() then freed a connection already grouped for an MGET,
and one calling refreshSlots() released the snapshot a refresh was walking.
The connect is quiet now: the warning's text is the cause in the engine's
error, and no user code runs while the engine holds its pointers.
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$slots = fake_slots(2);
$slots[1][2] = ['no-such-host.invalid', 6379, fake_node_id(1), []];
$k0 = [fake_key_on(0, 2, 'a'), fake_key_on(0, 2, 'b')];
$k1 = fake_key_on(1, 2);
fake_start([['id' => fake_node_id(0), 'slots' => $slots, 'data' => [$k0[0] => 'x', $k0[1] => 'y']]]);
$c = new RedisCluster(null, fake_seeds(), 0.5, 0.5);

$calls = 0;
set_error_handler(function ($no, $msg) use ($c, &$calls) {
    $calls++;
    echo "handler: $msg\n";
    $c->close();
    try {
        $c->refreshSlots();
    } catch (RedisClusterException $e) {
    }
    return true;
});

foreach (['mget' => fn() => $c->mget([$k0[0], $k1, $k0[1]]), 'get' => fn() => $c->get($k1),
          'refreshSlots' => fn() => $c->refreshSlots()] as $what => $call) {
    try {
        var_dump($call());
    } catch (RedisClusterException $e) {
        echo "$what: ", fake_exc($e), "\n";
    }
}
echo "error handler calls: $calls\n";
/* the object is whole */
var_dump($c->get($k0[0]));
fake_stop();
?>
--EXPECTF--
mget: RedisClusterException: Timed out attempting to find data in the correct node! (last error: Can't connect to no-such-host.invalid:6379: php_network_getaddresses: getaddrinfo for no-such-host.invalid failed: %s)
get: RedisClusterException: Timed out attempting to find data in the correct node! (last error: Can't connect to no-such-host.invalid:6379: php_network_getaddresses: getaddrinfo for no-such-host.invalid failed: %s)
bool(true)
error handler calls: 0
string(1) "x"
