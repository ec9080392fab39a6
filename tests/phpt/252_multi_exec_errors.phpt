--TEST--
Errors at EXEC: a failed command is false in its place; EXECABORT is false with the error; a node that aborts while another applied is an exception, never success
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
$a = fake_tag_on(0, 2) . 'a';
$b = fake_tag_on(1, 2) . 'b';
/* QUEUED when it arrives, WRONGTYPE when EXEC runs it */
$wrongtype = ['cmd' => 'SET', 'replies' => [['status' => 'QUEUED'],
    ['err' => 'WRONGTYPE Operation against a key holding the wrong kind of value']]];
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['data' => [$b => 'B'], 'rules' => [$wrongtype]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

/* an error inside EXEC's reply: false in its place, the rest as usual */
$c->multi();
$c->get($a);
$c->set($b, 'x');
$c->get($b);
echo json_encode($c->exec()), "\n";

/* a command refused when queued: EXEC would abort, so it is DISCARDed everywhere */
$c->multi();
$c->get($a);
var_dump($c->rawcommand($a, 'NOSUCH'));
echo $c->getLastError(), "\n";
$c->get($b);
var_dump($c->exec(), $c->getLastError());
echo "node 0: ", fake_cmds(0), "\n";
echo "node 1: ", fake_cmds(1), "\n";

/* EXECABORT on the only node: false and the error */
fake_cluster(1, [0 => ['data' => [$a => 'A'], 'rules' => [
    ['cmd' => 'EXEC', 'reply' => ['err' => 'EXECABORT Transaction discarded because of previous errors.']]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->multi();
$c->get($a);
var_dump($c->exec(), $c->getLastError());

/* node 0 applies, node 1 aborts: not a success */
fake_cluster(2, [0 => ['data' => [$a => 'A']], 1 => ['rules' => [
    ['cmd' => 'EXEC', 'reply' => ['err' => 'EXECABORT Transaction discarded because of previous errors.']]]]]);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->multi();
$c->get($a);
$c->get($b);
try {
    var_dump($c->exec());
} catch (RedisClusterException $e) {
    echo fake_exc($e), "\n";
}
var_dump($c->getMode() === RedisCluster::ATOMIC);
fake_stop();
?>
--EXPECTF--
["A",false,"B"]
bool(false)
ERR unknown command 'NOSUCH'
bool(false)
string(28) "ERR unknown command 'NOSUCH'"
node 0: MULTI, GET %s, EXEC, MULTI, GET %s, NOSUCH, DISCARD
node 1: MULTI, SET %s x, GET %s, EXEC, MULTI, GET %s, DISCARD
bool(false)
string(59) "EXECABORT Transaction discarded because of previous errors."
RedisClusterException: EXEC ran on 1 of 2 nodes, 0 unknown (EXECABORT Transaction discarded because of previous errors.): the transaction was not applied whole
bool(true)
