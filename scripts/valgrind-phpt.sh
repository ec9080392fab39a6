#!/usr/bin/env bash
# Runs the phpt suite under valgrind (run-tests.php -m, USE_ZEND_ALLOC=0) and fails when
# valgrind reports an invalid access or a leak in any test. Timing assertions may fail
# under valgrind's slowdown; those are reported but only memory errors fail this script.
#   scripts/valgrind-phpt.sh [tests/phpt/040_moved.phpt ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v valgrind >/dev/null || { echo "valgrind-phpt.sh: valgrind is not installed" >&2; exit 1; }
run_tests=/usr/lib/php/20220829/build/run-tests.php
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# PCRE's JIT confuses memcheck (reads of uninitialised JIT code): run without it.
NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$(command -v php8.2) \
    php8.2 -n "$run_tests" -n -d "extension=$PWD/modules/redis.so" -d pcre.jit=0 -m -j2 -q "${@:-tests/phpt}" \
    | tee "$out" | grep -E '^(Tests|TEST .*(LEAK|FAIL))' || true
leaks=$(grep -c 'LEAK' "$out" || true)
echo "valgrind-phpt: $leaks test(s) with memory errors"
((leaks == 0))
