#!/usr/bin/env bash
# Runs PHP with Debian's phpredis 5.3.7 (php8.2-redis), the baseline our RedisCluster is
# compared with: the system's ini set, untouched. Example:
#   scripts/php-phpredis.sh /usr/bin/phpunit -c tests/phpunit/phpunit.xml
set -euo pipefail
unset PHP_INI_SCAN_DIR
# The oracle is not what is tested: started by a test under scripts/sanitize.sh, it runs
# without the sanitizer, whose reports would be about phpredis (5.3.7 over-reads its JSON
# input by a byte, see CodecCompatTest).
unset LD_PRELOAD ASAN_OPTIONS UBSAN_OPTIONS USE_ZEND_ALLOC ZEND_DONT_UNLOAD_MODULES
exec php8.2 "$@"
