#!/usr/bin/env bash
# The PECL package, proven: package.xml is what scripts/package-xml.php writes from the
# tracked files, `pecl package` makes the tarball from a copy of them, `pecl install` of
# the tarball builds and installs the module into PHP's extension directory, and the
# installed module loads with its classes; then Debian's phpredis is put back. CI runs it
# last, alone: while it runs, `extension=redis.so` is this module.
#   scripts/pecl-check.sh        (needs php-pear: scripts/setup.sh installs it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v pecl >/dev/null || { echo "pecl-check.sh: pecl is not installed (php-pear)" >&2; exit 1; }

php8.2 -n scripts/package-xml.php --check
work=$(mktemp -d "${TMPDIR:-/tmp}/pecl-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/src"
git ls-files -z | xargs -0 cp --parents -t "$work/src"
(cd "$work/src" && pecl package package.xml) | tail -n 3
tarball=$(ls "$work"/src/redis-*.tgz)
echo "pecl-check.sh: built $(basename "$tarball")"
# `pecl install` puts redis.so in PHP's extension directory, where Debian's phpredis (the
# tests' oracle) has its own: that one is kept aside and put back, whatever happens.
target=$(php-config8.2 --extension-dir)/redis.so
backup=
if [[ -e $target ]]; then
    backup=$work/redis.so.before
    cp -p "$target" "$backup"
fi
restore() {
    PHP_INI_SCAN_DIR=${scan:-} pecl uninstall redis >/dev/null 2>&1 || true
    if [[ -n $backup ]]; then cp -p "$backup" "$target"; else rm -f "$target"; fi
    rm -rf "$work"
}
trap restore EXIT
# pecl is PHP: run with the system's ini files but phpredis's, or it would have the very
# redis.so mapped that it overwrites (and crash on its way out).
scan=$work/conf.d
mkdir "$scan"
for f in /etc/php/8.2/cli/conf.d/*.ini; do
    grep -Eq '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?([^"]*/)?redis(\.so)?"?[[:space:]]*$' "$f" || ln -s "$f" "$scan/"
done
# pecl runs phpize, configure and make in its temporary directory, then installs. Its
# exit status says nothing (1 after a good install, for want of a php_ini setting): its
# "install ok" line does.
PHP_INI_SCAN_DIR=$scan pecl install --nodeps --force "$tarball" >"$work/install.log" 2>&1 || true
grep -q '^install ok: channel://pecl.php.net/redis-' "$work/install.log" ||
    { tail -n 40 "$work/install.log"; echo "pecl-check.sh: pecl install failed" >&2; exit 1; }
grep -E '^(Build process completed|Installing|install ok)' "$work/install.log" || true
so=$target
php8.2 -n -d "extension=$so" -r '
    foreach (["Redis", "RedisCluster", "RedisSentinel", "RedisException", "RedisClusterException"] as $class) {
        if (!class_exists($class)) { fwrite(STDERR, "pecl-check.sh: $class is missing\n"); exit(1); }
    }
    echo "pecl-check.sh: the installed module ", phpversion("redis"), " loads: Redis, RedisCluster, RedisSentinel\n";'
