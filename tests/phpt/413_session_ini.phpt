--TEST--
redis.session.* settings: phpredis's names and defaults; values that make no sense are refused
--EXTENSIONS--
redis
--FILE--
<?php
foreach (['compression', 'compression_level', 'early_refresh', 'locking_enabled', 'lock_expire', 'lock_retries',
          'lock_wait_time'] as $name) {
    echo "redis.session.$name = ", var_export(ini_get("redis.session.$name"), true), "\n";
}
$tries = [
    'compression' => ['lzf', 'ZSTD', 'lz4', '', 'none', 'gzip', 'lz4hc'],
    'lock_retries' => ['-1', '0', '5', '-2'],
    'lock_wait_time' => ['0', '1000', '-1'],
    'lock_expire' => ['0', '30', '-5'],
];
foreach ($tries as $name => $values) {
    foreach ($values as $v) {
        echo "$name=$v: ", ini_set("redis.session.$name", $v) === false ? 'refused' : 'taken', "\n";
    }
}
?>
--EXPECT--
redis.session.compression = 'none'
redis.session.compression_level = '3'
redis.session.early_refresh = '0'
redis.session.locking_enabled = '0'
redis.session.lock_expire = '0'
redis.session.lock_retries = '100'
redis.session.lock_wait_time = '20000'
compression=lzf: taken
compression=ZSTD: taken
compression=lz4: taken
compression=: taken
compression=none: taken
compression=gzip: refused
compression=lz4hc: refused
lock_retries=-1: taken
lock_retries=0: taken
lock_retries=5: taken
lock_retries=-2: refused
lock_wait_time=0: taken
lock_wait_time=1000: taken
lock_wait_time=-1: refused
lock_expire=0: taken
lock_expire=30: taken
lock_expire=-5: refused
