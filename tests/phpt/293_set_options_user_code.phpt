--TEST--
set(): a serializer that replaces the strings of the options array (through a reference) while the value is serialized; the options are sent as they were read (run-tests -m: no read of freed memory)
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
class Swapper
{
    public function __serialize(): array
    {
        /* Frees the option strings read before the value is serialized. */
        $GLOBALS['flag'] = str_repeat('z', 64);
        $GLOBALS['when'] = str_repeat('y', 64);
        return [];
    }
}
fake_cluster(1);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_PHP);
$opts = [strtolower('NX'), 'ex' => 0];
$opts['ex'] = (int)'7';
$flag = &$opts[0];
$c->set('k', new Swapper(), $opts);
echo fake_cmds(0), "\n";
var_dump($flag);
fake_stop();
?>
--EXPECT--
SET k O:7:"Swapper":0:{} ex 7 nx
string(64) "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
