--TEST--
phpversion('redis') is the phpredis API the module implements, which frameworks branch on; phpinfo() also names this implementation
--EXTENSIONS--
redis
--FILE--
<?php
$v = phpversion('redis');
echo $v, "\n";
/* Laravel 8's PhpRedisConnector and PacksPhpRedisValues take their full paths from these */
foreach (['3.1.3', '4.3.0', '5.3.2', '5.3.5', '6.0.0'] as $at) {
    echo $at, ': ', version_compare($v, $at, '>=') ? 'yes' : 'no', "\n";
}
ob_start();
phpinfo(INFO_MODULES);
$out = ob_get_clean();
echo preg_match('/^Implementation => rediscluster \d+\.\d+\.\d+$/m', $out) ? "implementation named\n" : "no implementation line\n";
?>
--EXPECT--
6.1.0
3.1.3: yes
4.3.0: yes
5.3.2: yes
5.3.5: yes
6.0.0: yes
implementation named
