#!/usr/bin/env bash
# Runs the session handlers' tests (tests/session/phpunit.xml) with this repo's module
# (scripts/php.sh: without Debian's phpredis, which the compatibility tests start in peer
# processes of their own through scripts/php-phpredis.sh).
#   tests/session/run.sh [phpunit arguments, e.g. --testsuite fpm, --filter Lock]
# The "cluster" suite uses the cluster at REDIS_CLUSTER_SEEDS (scripts/cluster.sh start);
# the "redis" suite starts two standalone redis-servers of its own on SESSION_REDIS_PORT
# (7280) and +1; the "fpm" suite starts a cluster and a PHP-FPM pool of its own on
# SESSION_PORT_BASE (7400) .. +19, cluster bus ports +10000, and uses the first
# standalone server. See tests/session/README.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec bash "$root/scripts/php.sh" /usr/bin/phpunit -c "$root/tests/session/phpunit.xml" "$@"
