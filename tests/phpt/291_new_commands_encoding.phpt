--TEST--
The new commands' option arrays as phpredis 6.1 encodes them: set, getex, decrbyfloat, bits, lcs, copy, sort, object, expire modes, lpos, hrandfield, zrange's 6.2 forms, zrangestore, zrandmember, weights
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1);
$c = new RedisCluster(null, fake_seeds(), 1, 1);
$calls = [
    fn () => $c->set('k', 'v', 10),
    fn () => $c->set('k', 'v', '20'),
    fn () => $c->set('k', 'v', ['nx', 'EX' => 5, 'get', 'bogus']),
    fn () => $c->set('k', 'v', ['xx', 'keepttl', 'nx']),
    fn () => $c->getex('k', ['PX' => 5, 'persist' => true]),
    fn () => $c->getex('k', ['exat' => 99]),
    fn () => $c->decrbyfloat('k', 1.5),
    fn () => $c->bitcount('k'),
    fn () => $c->bitcount('k', 1, 2, true),
    fn () => $c->bitpos('k', true),
    fn () => $c->bitpos('k', false, 3),
    fn () => $c->bitop('XOR', '{t}d', '{t}a', '{t}b'),
    fn () => $c->lcs('{t}a', '{t}b', ['IDX', 'MINMATCHLEN' => 3, 'withmatchlen' => true]),
    fn () => $c->copy('{t}a', '{t}b', ['REPLACE' => true, 'db' => 0]),
    fn () => $c->sort('{t}a', ['limit' => [1, 2], 'sort' => 'desc', 'ALPHA' => true, 'store' => '{t}o']),
    fn () => $c->sort_ro('k'),
    fn () => $c->object('encoding', 'k'),
    fn () => $c->expire('k', 5, 'gt'),
    fn () => $c->pexpireat('k', 5, null),
    fn () => $c->lpos('k', 'v', ['maxlen' => 9, 'RANK' => -1, 'COUNT' => 0]),
    fn () => $c->hrandfield('k', ['count' => 3, 'withvalues' => true]),
    fn () => $c->zrange('k', 0, 5, ['BYSCORE', 'REV', 'LIMIT' => [0, 1], 'withscores' => true]),
    fn () => $c->zrange('k', '[a', '(c', ['bylex' => true, 'byscore' => false]),
    fn () => $c->zrangestore('{t}d', '{t}s', 1, 2, ['byscore' => true]),
    fn () => $c->zrandmember('k', ['count' => 2, 'withscores' => true]),
    fn () => $c->zinterstore('{t}d', ['{t}a', '{t}b'], [1, '+inf'], 'max'),
    fn () => $c->zunion(['{t}a', '{t}b'], [2.5, 1], ['aggregate' => 'min', 'withscores' => true]),
    fn () => $c->zdiff(['{t}a', '{t}b']),
    fn () => $c->zdiffstore('{t}d', ['{t}a']),
    fn () => $c->sintercard(['{t}a', '{t}b'], 3),
    fn () => $c->zintercard(['{t}a']),
    fn () => $c->smismember('k', 'a', 'b'),
    fn () => $c->zmscore('k', 'a'),
    fn () => $c->saddarray('k', ['a', 'b']),
    fn () => $c->msetnx(['{t}a' => 1, '{t}b' => 2]),
    fn () => $c->zrevrangebylex('k', '+', '-', 0, 3),
];
/* Entries that are references, as arrays built with & hold them. */
$store = '{t}o'; $w = 3; $k2 = '{t}b';
$opts = ['store' => &$store]; $weights = [1, &$w]; $keys = ['{t}a', &$k2];
$calls[] = fn () => $c->sort('{t}a', $opts);
$calls[] = fn () => $c->zinterstore('{t}d', $keys, $weights);
$calls[] = fn () => $c->sintercard($keys);
foreach ($calls as $call) {
    $call();
}
foreach (fake_log(0) as $line) {
    echo $line, "\n";
}
fake_stop();
?>
--EXPECT--
SETEX k 10 v
SETEX k 20 v
SET k v EX 5 nx GET
SET k v nx KEEPTTL
GETEX k PERSIST
GETEX k exat 99
INCRBYFLOAT k -1.5
BITCOUNT k 0 -1
BITCOUNT k 1 2 BIT
BITPOS k 1
BITPOS k 0 3 -1
BITOP XOR {t}d {t}a {t}b
LCS {t}a {t}b IDX WITHMATCHLEN MINMATCHLEN 3
COPY {t}a {t}b DB 0 REPLACE
SORT {t}a LIMIT 1 2 desc ALPHA STORE {t}o
SORT_RO k
OBJECT encoding k
EXPIRE k 5 gt
PEXPIREAT k 5
LPOS k v RANK -1 COUNT 0 MAXLEN 9
HRANDFIELD k 3 WITHVALUES
ZRANGE k 0 5 BYSCORE REV LIMIT 0 1 WITHSCORES
ZRANGE k [a (c BYLEX
ZRANGESTORE {t}d {t}s 1 2 BYSCORE
ZRANDMEMBER k 2 WITHSCORES
ZINTERSTORE {t}d 2 {t}a {t}b WEIGHTS 1 +inf AGGREGATE max
ZUNION 2 {t}a {t}b WEIGHTS 2.5 1 AGGREGATE min WITHSCORES
ZDIFF 2 {t}a {t}b
ZDIFFSTORE {t}d 1 {t}a
SINTERCARD 2 {t}a {t}b LIMIT 3
ZINTERCARD 1 {t}a
SMISMEMBER k a b
ZMSCORE k a
SADD k a b
MSETNX {t}a 1 {t}b 2
ZREVRANGEBYLEX k + - LIMIT 0 3
SORT {t}a STORE {t}o
ZINTERSTORE {t}d 2 {t}a {t}b WEIGHTS 1 3
SINTERCARD 2 {t}a {t}b
