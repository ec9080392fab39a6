#!/usr/bin/env bash
# Installs the Debian packages the project needs (when any is missing) and builds the
# extension into modules/redis.so. Safe to run again: it only does what is left to do.
#   RC_SKIP_BUILD=1  install the packages only
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PACKAGES=(
    gcc make pkg-config
    php8.2-dev php8.2-cli php8.2-fpm php-parser phpunit
    php8.2-redis php8.2-igbinary php8.2-msgpack
    liblzf-dev libzstd-dev liblz4-dev
    libhiredis-dev redis-server redis-tools
    valgrind php-pear
    libasan8 libubsan1
    # tests/frameworks: Laravel 8 and Symfony 5.4 as Debian ships them (their autoloaders
    # under /usr/share/php; apt brings what they require)
    php-illuminate-redis php-illuminate-cache php-illuminate-queue php-illuminate-container
    php-symfony-cache php-symfony-lock php-symfony-http-foundation
    php-invoker
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=()
    ((EUID == 0)) || sudo=(sudo)
    echo "setup.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

[[ ${RC_SKIP_BUILD:-0} == 1 ]] && exit 0
[[ -f config.m4 ]] || { echo "setup.sh: no config.m4 in $PWD" >&2; exit 1; }

if [[ ! -f configure || config.m4 -nt configure ]]; then
    phpize8.2
fi
# gen_stub.php downloads PHP-Parser when a stub changed; offline, Debian's php-parser
# stands in for the version it asks for.
parser_version=$(sed -n 's/^ *\$version = "\([0-9.]*\)";.*/\1/p' build/gen_stub.php)
mkdir -p "build/PHP-Parser-$parser_version/lib"
ln -sfn /usr/share/php/PhpParser "build/PHP-Parser-$parser_version/lib/PhpParser"

if [[ ! -f Makefile || config.m4 -nt Makefile ]]; then
    ./configure --with-php-config="$(command -v php-config8.2)"
fi
make -j2
