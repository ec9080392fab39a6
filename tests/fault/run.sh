#!/usr/bin/env bash
# Runs the fault tests (tests/fault/phpunit.xml) against one module and prints the
# "FAULT ..." result lines again at the end (also appended to build/fault-results.jsonl).
#   tests/fault/run.sh [ours|phpredis] [phpunit arguments, e.g. --testsuite fault --filter kill-master]
# ours: this repo's modules/redis.so (a private copy, so a rebuild during the run cannot
# pull the library from under the workers) without Debian's phpredis, as scripts/php.sh.
# phpredis: Debian's phpredis 5.3.7 via scripts/php-phpredis.sh (the baseline; expected to
# fail several cases: see tests/fault/README.md).
# Environment: FAULT_FAULTS, FAULT_VARIANTS, FAULT_FPM_CASES, FAULT_GRACE, FAULT_PORT_BASE,
# FAULT_RESULTS, FAULT_WORKER_INI, FAULT_VERBOSE (see README.md).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
module=${1:-ours}
[[ $# -gt 0 ]] && shift
log=$(mktemp "${TMPDIR:-/tmp}/fault-run.XXXXXX")
snap=""
cleanup() { rm -f "$log"; [[ -n $snap ]] && rm -rf "$snap"; return 0; }
trap cleanup EXIT

case $module in
    ours)
        so=$root/modules/redis.so
        [[ -f $so ]] || { echo "run.sh: $so is not built (make)" >&2; exit 1; }
        snap=$(mktemp -d "${TMPDIR:-/tmp}/rediscluster-fault-so.XXXXXX")
        cp "$so" "$snap/redis.so"
        mkdir "$snap/conf.d"
        for f in "${RC_PHP_CONF_D:-/etc/php/8.2/cli/conf.d}"/*.ini; do
            grep -Eq '^[[:space:]]*extension[[:space:]]*=[[:space:]]*"?([^"]*/)?redis(\.so)?"?[[:space:]]*$' "$f" && continue
            ln -s "$f" "$snap/conf.d/${f##*/}"
        done
        echo "extension=$snap/redis.so" >"$snap/conf.d/90-rediscluster.ini"
        php=(env PHP_INI_SCAN_DIR="$snap/conf.d" php8.2)
        ;;
    phpredis) php=(bash "$root/scripts/php-phpredis.sh") ;;
    *) echo "usage: $0 [ours|phpredis] [phpunit args]" >&2; exit 2 ;;
esac

rc=0
"${php[@]}" /usr/bin/phpunit -c "$root/tests/fault/phpunit.xml" "$@" 2>&1 | tee "$log" || rc=$?
echo
echo "== fault results ($module):"
grep -E '^(FAULT|      cache:)' "$log" || echo "(none)"
exit "$rc"
