#!/usr/bin/env bash
# Runs PHP with this repo's modules/redis.so and without Debian's phpredis (both are the
# module "redis": they must never load together). Example:
#   scripts/php.sh /usr/bin/phpunit -c tests/phpunit/phpunit.xml
#   RC_MODULE   another build of the module to load (scripts/sanitize.sh: the ASan build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
so=${RC_MODULE:-$root/modules/redis.so}
conf=${RC_PHP_CONF_D:-/etc/php/8.2/cli/conf.d}
[[ -f $so ]] || { echo "php.sh: $so is not built: run scripts/setup.sh" >&2; exit 1; }

# A private scan dir: every system ini but phpredis's, plus ours after igbinary. It is
# named after what it holds and built aside, then renamed: concurrent runs never see
# half of one.
id=$( { echo "$so"; ls -l "$conf"/; } | cksum | cut -d' ' -f1)
dir=${TMPDIR:-/tmp}/rediscluster-php-ini-$UID-$id
if [[ ! -d $dir ]]; then
    tmp=$(mktemp -d "$dir.XXXXXX")
    for f in "$conf"/*.ini; do
        grep -Eq '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?([^"]*/)?redis(\.so)?"?[[:space:]]*$' "$f" && continue
        ln -s "$f" "$tmp/${f##*/}"
    done
    echo "extension=$so" >"$tmp/90-rediscluster.ini"
    mv -T "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"
fi
PHP_INI_SCAN_DIR=$dir exec php8.2 "$@"
