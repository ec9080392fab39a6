--TEST--
phpinfo() lists the serializers and compressors available, and setOption() accepts exactly those
--EXTENSIONS--
redis
--FILE--
<?php
require __DIR__ . '/fake_helper.inc';
fake_cluster(1);
$c = new RedisCluster(null, fake_seeds(), 1, 1);

ob_start();
phpinfo(INFO_MODULES);
$out = ob_get_clean();
preg_match('/^Available serializers => (.*)$/m', $out, $ser) || die("no serializers line\n");
preg_match('/^Available compression => (.*)$/m', $out, $cmp) || die("no compression line\n");
echo "serializers: $ser[1]\n";

$listed = $cmp[1] === 'none' ? [] : explode(', ', $cmp[1]);
$accepted = [];
foreach (['lzf' => RedisCluster::COMPRESSION_LZF, 'zstd' => RedisCluster::COMPRESSION_ZSTD,
          'lz4' => RedisCluster::COMPRESSION_LZ4] as $name => $cm) {
    if ($c->setOption(RedisCluster::OPT_COMPRESSION, $cm)) {
        $accepted[] = $name;
    }
}
echo $listed === $accepted ? "compressors listed = accepted\n" : "listed $cmp[1], accepted " . implode(', ', $accepted) . "\n";
/* an unknown compressor is refused and leaves the option as it was */
$before = $c->getOption(RedisCluster::OPT_COMPRESSION);
var_dump($c->setOption(RedisCluster::OPT_COMPRESSION, 4), $c->getOption(RedisCluster::OPT_COMPRESSION) === $before);
var_dump($c->setOption(RedisCluster::OPT_COMPRESSION, RedisCluster::COMPRESSION_NONE));

/* the serializers: php and json always; igbinary and msgpack when their extensions are loaded */
var_dump($c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_IGBINARY) === extension_loaded('igbinary'));
var_dump($c->setOption(RedisCluster::OPT_SERIALIZER, RedisCluster::SERIALIZER_MSGPACK) === extension_loaded('msgpack'));
fake_stop();
?>
--EXPECT--
serializers: php, json
compressors listed = accepted
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
