#!/usr/bin/env bash
# Runs PHP with Debian's phpredis 5.3.7 (php8.2-redis), the baseline our RedisCluster is
# compared with: the system's ini set, untouched. Example:
#   scripts/php-phpredis.sh /usr/bin/phpunit -c tests/phpunit/phpunit.xml
set -euo pipefail
unset PHP_INI_SCAN_DIR
exec php8.2 "$@"
