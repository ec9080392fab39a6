#!/usr/bin/env bash
# Runs the phpt suite under valgrind's memcheck (run-tests.php -m: USE_ZEND_ALLOC=0,
# ZEND_DONT_UNLOAD_MODULES=1) with full leak checking, and fails (scripts/valgrind-verdict.php)
# on:
#   - any invalid read or write, use of an uninitialised value, invalid or mismatched free,
#     whatever its frames: a refcount bug of ours can show with PHP's frames only;
#   - any leak (definitely, indirectly or possibly lost) with a frame in the extension:
#     redis.so, or one of this repository's C files (the build has debug info). Leaks of PHP
#     itself are counted, not failed (there are none in the suite today).
# The fake nodes (php -n fake_node.php: they do not load the extension) are not traced:
# their PHP, run without its allocator, reports thousands of start-up records. Records of
# libraries that are known and explained are suppressed in tests/valgrind.supp.
# Timing assertions may fail under valgrind's slowdown; those are reported, but only
# memory errors fail. The logs of tests with records are kept in a directory named at the end.
#   scripts/valgrind-phpt.sh [tests/phpt/040_moved.phpt ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v valgrind >/dev/null || { echo "valgrind-phpt.sh: valgrind is not installed" >&2; exit 1; }
run_tests=/usr/lib/php/20220829/build/run-tests.php
logs=$(mktemp -d "${TMPDIR:-/tmp}/valgrind-phpt.XXXXXX")
# run-tests.php writes a test's log next to it (<test>.mem) when valgrind said anything.
rm -f tests/phpt/*.mem
export VALGRIND_OPTS="--leak-check=full --show-leak-kinds=definite,indirect,possible --num-callers=40
    --trace-children-skip-by-arg=*fake_node.php* --suppressions=$PWD/tests/valgrind.supp
    ${VALGRIND_OPTS:-}"
# PCRE's JIT confuses memcheck (reads of uninitialised JIT code): run without it.
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php8.2) \
    php8.2 -n "$run_tests" -n -d "extension=$PWD/modules/redis.so" -d pcre.jit=0 -m -j2 -q "${@:-tests/phpt}" \
    >"$logs/run-tests.out" || true
grep -E '^(Tests|TEST .*(LEAK|FAIL))' "$logs/run-tests.out" || true
for mem in tests/phpt/*.mem; do
    [[ -e $mem ]] && mv "$mem" "$logs/"
done
sources=$(ls ./*.c ./*.h | xargs -n1 basename | paste -sd'|')
status=0
php8.2 -n scripts/valgrind-verdict.php "$sources" "$logs"/*.mem || status=$?
if compgen -G "$logs/*.mem" >/dev/null; then
    echo "valgrind-phpt: valgrind's logs in $logs"
else
    rm -rf "$logs"
fi
exit "$status"
