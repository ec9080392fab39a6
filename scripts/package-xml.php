<?php
/*
 * Writes package.xml, the PECL package description, from the files git tracks: the
 * sources and build files (role src), the docs and README (doc), the phpt suite (test).
 *   php8.2 -n scripts/package-xml.php            rewrites package.xml
 *   php8.2 -n scripts/package-xml.php --check    fails when package.xml is not what it writes
 * `pecl package` then makes redis-<version>.tgz, which `pecl install` builds and installs
 * (scripts/pecl-check.sh proves both in CI).
 */

declare(strict_types=1);

chdir(dirname(__DIR__));
$check = in_array('--check', $argv, true);

if (!preg_match('/#define PHP_REDIS_VERSION "([^"]+)"/', file_get_contents('php_redis.h'), $m)) {
    fwrite(STDERR, "package-xml.php: no PHP_REDIS_VERSION in php_redis.h\n");
    exit(1);
}
$version = $m[1];

exec('git ls-files', $files, $status);
if ($status !== 0) {
    fwrite(STDERR, "package-xml.php: git ls-files failed\n");
    exit(1);
}

/* The role of a tracked file in the package, or null when it is not shipped. */
function role(string $file): ?string
{
    if (preg_match('~^[a-z0-9_]+\.(c|h)$|^config\.(m4|w32)$|^[a-z_]+\.stub\.php$~', $file)) {
        return 'src';
    }
    if ($file === 'README.md' || preg_match('~^docs/[^/]+\.(md|svg)$~', $file)) {
        return 'doc';
    }
    if (preg_match('~^tests/phpt/[^/]+$~', $file)) {
        return 'test';
    }
    return null;
}

$entries = '';
foreach ($files as $file) {
    $role = role($file);
    if ($role !== null) {
        $entries .= sprintf("   <file name=\"%s\" role=\"%s\"/>\n", htmlspecialchars($file, ENT_XML1), $role);
    }
}

$xml = <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package packagerversion="1.10.13" version="2.0" xmlns="http://pear.php.net/dtd/package-2.0"
  xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.0 http://pear.php.net/dtd/package-2.0.xsd">
 <!-- Written by scripts/package-xml.php from the files git tracks: do not edit by hand. -->
 <name>redis</name>
 <channel>pecl.php.net</channel>
 <summary>Redis, RedisCluster and RedisSentinel: a drop-in for phpredis with a slot cache that follows the cluster</summary>
 <description>A replacement for phpredis (module redis: Redis, RedisCluster, RedisSentinel) written in C on hiredis and PHP streams: one command table and engine for every class, pipelines on a cluster, and a per-process slot cache invalidated and refreshed on MOVED, ASK, lost nodes, node ID changes and CLUSTERDOWN.</description>
 <lead>
  <name>The project's developers</name>
  <user>redis-cluster-cache</user>
  <email>dev@localhost</email>
  <active>yes</active>
 </lead>
 <date>2026-12-01</date>
 <version>
  <release>$version</release>
  <api>$version</api>
 </version>
 <stability>
  <release>beta</release>
  <api>beta</api>
 </stability>
 <license>PHP-3.01</license>
 <notes>See README.md and docs/.</notes>
 <contents>
  <dir name="/">
$entries  </dir>
 </contents>
 <dependencies>
  <required>
   <php>
    <min>8.2.0</min>
   </php>
   <pearinstaller>
    <min>1.10.0</min>
   </pearinstaller>
  </required>
 </dependencies>
 <providesextension>redis</providesextension>
 <!-- configure finds liblzf, libzstd and liblz4 by itself (each built in when found) -->
 <extsrcrelease/>
</package>

XML;

if ($check) {
    if (!is_file('package.xml') || file_get_contents('package.xml') !== $xml) {
        fwrite(STDERR, "package-xml.php: package.xml is stale: run php8.2 -n scripts/package-xml.php\n");
        exit(1);
    }
    exit(0);
}
file_put_contents('package.xml', $xml);
