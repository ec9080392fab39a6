#!/usr/bin/env bash
# The extension under AddressSanitizer + UBSan, apart from the normal build.
#   scripts/sanitize.sh build            copy the sources into build-asan/ and build
#                                        build-asan/modules/redis.so and the LD_PRELOAD shim
#   scripts/sanitize.sh run CMD [ARG...] run CMD with the sanitizer environment; fails when
#                                        CMD fails or any process it started (run-tests.php's
#                                        children, fake nodes) wrote a sanitizer report
#   scripts/sanitize.sh php [ARG...]     php8.2 -n with the ASan module loaded, under `run`
#   scripts/sanitize.sh phpt [TEST...]   the phpt suite (default tests/phpt) under `run`
#   scripts/sanitize.sh phpunit [ARG...] the PHPUnit suite (needs the local cluster, see
#                                        scripts/test-all.sh) under `run`
#   scripts/sanitize.sh env              print the environment `run` uses (for a shell: eval)
# Debian's php8.2 is not instrumented: gcc's libasan is preloaded, with a shim
# (tests/sanitize/no_deepbind.c) that drops RTLD_DEEPBIND from PHP's dlopen(), which ASan
# refuses. USE_ZEND_ALLOC=0 sends emalloc() to malloc(), so ASan checks PHP's heap too
# (and memory_limit is not enforced: ASan's max_allocation_size_mb bounds one allocation).
# Leak detection (LSan) is on: with USE_ZEND_ALLOC=0 a PHP CLI process frees what it
# allocated, the phpt suite and the fuzzer run clean, and a leak of the extension's (a
# zend_string per MOVED, issue 7) is reported. It is off for PHPUnit: every PHPUnit run
# leaks a few hundred bytes of PHP objects (zend_objects_new from PHP code, no frame of
# ours, in every test file alike, ConstantsTest included); scripts/valgrind-phpt.sh
# covers the extension's leaks too. A leak's stack stops at PHP's allocator (Debian's
# PHP has no frame pointers): RC_SAN_EXTRA=fast_unwind_on_malloc=0 gives the whole stack,
# about 3 times slower. The phpt fake nodes run without the leak check (fake_helper.inc:
# their SIGTERM exit() leaks), Debian's phpredis (scripts/php-phpredis.sh, a test's peer)
# without the sanitizer: neither is what is tested.
#   RC_SAN_LOG_DIR       where reports go (default: a fresh temporary directory, removed
#                        when it stays empty)
#   RC_SAN_MAX_ALLOC_MB  the largest single allocation, in MiB, before ASan reports it (512)
#   RC_SAN_LEAKS         1 or 0: leak detection (default 1, and 0 for `phpunit`)
#   RC_SAN_EXTRA         more ASAN_OPTIONS, e.g. fast_unwind_on_malloc=0
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=$root/build-asan
so=$out/modules/redis.so
shim=$out/no_deepbind.so
run_tests=/usr/lib/php/20220829/build/run-tests.php

die() { echo "sanitize.sh: $*" >&2; exit 1; }

build() {
    command -v phpize8.2 >/dev/null || die "phpize8.2 not found: run scripts/setup.sh"
    mkdir -p "$out"
    # cp -p keeps the sources' times, so make rebuilds only what changed in the tree.
    cp -p config.m4 ./*.c ./*.h ./*.stub.php "$out"/
    gcc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$shim" tests/sanitize/no_deepbind.c -ldl
    (
        cd "$out"
        [[ -f configure && configure -nt config.m4 ]] || phpize8.2 >/dev/null 2>&1 || phpize8.2
        if [[ ! -f Makefile || Makefile -ot configure ]]; then
            # -Wno-error: warnings that -O1 and the sanitizers bring are the normal build's
            # business (config.m4 has -Werror); this build is for finding memory errors.
            ./configure --with-php-config="$(command -v php-config8.2)" -q \
                CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g -O1 -Wno-error" \
                LDFLAGS="-fsanitize=address,undefined"
        fi
        make -s -j2 >/dev/null
    )
    echo "sanitize.sh: built $so"
}

# The environment of a sanitized PHP, reports going to $1.
san_env() {
    local libasan libubsan
    libasan=$(gcc -print-file-name=libasan.so)
    libubsan=$(gcc -print-file-name=libubsan.so)
    [[ -f $libasan && -f $libubsan ]] || die "gcc's libasan/libubsan not found (packages libasan8, libubsan1)"
    # The shim comes first: its dlopen() must be the one PHP calls; ASan's dlopen() (next
    # in line) would refuse RTLD_DEEPBIND. ASan then is not the first library, which it
    # only checks to warn about malloc interposers; the shim is none.
    echo "LD_PRELOAD=$shim $libasan $libubsan"
    echo "USE_ZEND_ALLOC=0"
    echo "ZEND_DONT_UNLOAD_MODULES=1"
    # One log_path for both: the runtimes share it, and the one parsed last wins. gcc's
    # libubsan writes its own message to stderr whatever log_path says, so UBSan aborts
    # (abort_on_error) and ASan's SIGABRT handler writes the report with its stack there.
    echo "ASAN_OPTIONS=log_path=$1/san:halt_on_error=1:abort_on_error=0:exitcode=86:detect_leaks=${RC_SAN_LEAKS:-1}:verify_asan_link_order=0:max_allocation_size_mb=${RC_SAN_MAX_ALLOC_MB:-512}:allocator_may_return_null=0:handle_abort=1:handle_segv=1:detect_stack_use_after_return=0${RC_SAN_EXTRA:+:$RC_SAN_EXTRA}"
    echo "UBSAN_OPTIONS=log_path=$1/san:halt_on_error=1:abort_on_error=1:print_stacktrace=1:report_error_type=1"
}

# Prints every report under $1 and returns 1 when there is one.
check_reports() {
    local f found=0
    for f in "$1"/san.*; do
        [[ -e $f ]] || continue
        found=$((found + 1))
        echo "==== sanitizer report $f" >&2
        head -c 20000 "$f" >&2
    done
    ((found == 0)) || { echo "sanitize.sh: $found sanitizer report(s) in $1" >&2; return 1; }
}

run() {
    [[ -f $so && -f $shim ]] || die "no ASan build: run scripts/sanitize.sh build"
    local logs=${RC_SAN_LOG_DIR:-} own=0 status=0 line
    if [[ -z $logs ]]; then logs=$(mktemp -d "${TMPDIR:-/tmp}/rc-san.XXXXXX"); own=1; fi
    mkdir -p "$logs"
    local vars=()
    while IFS= read -r line; do vars+=("$line"); done < <(san_env "$logs")
    env "${vars[@]}" "$@" || status=$?
    check_reports "$logs" || status=1
    ((own == 0)) || rmdir "$logs" 2>/dev/null || true
    return "$status"
}

php_san() {
    run php8.2 -n -d "extension=$so" "$@"
}

phpt() {
    # run-tests.php starts every test's PHP (and the fake nodes they start) with our
    # environment, so LD_PRELOAD and ASAN_OPTIONS reach each of them. -n keeps Debian's
    # phpredis (also "redis") out; the ASan module is the only extension loaded.
    NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=$(command -v php8.2) \
        run php8.2 -n "$run_tests" -n -d "extension=$so" -q --show-diff "${@:-tests/phpt}"
}

phpunit() {
    # Every system extension PHPUnit and the suite use (igbinary...), but with the ASan
    # module in place of phpredis: scripts/php.sh builds that ini scan directory.
    # The cluster suite unless the arguments name a configuration (-c FILE).
    local conf=(-c tests/phpunit/phpunit.xml)
    [[ ${1:-} == -c ]] && conf=()
    RC_SAN_LEAKS=${RC_SAN_LEAKS:-0} RC_MODULE=$so run bash scripts/php.sh -d memory_limit=-1 /usr/bin/phpunit "${conf[@]}" "$@"
}

case ${1:-} in
    build) build ;;
    run) shift; (($#)) || die "run: no command"; run "$@" ;;
    php) shift; php_san "$@" ;;
    phpt) shift; phpt "$@" ;;
    phpunit) shift; phpunit "$@" ;;
    env) san_env "${RC_SAN_LOG_DIR:-/tmp}" ;;
    *) echo "usage: $0 build|run CMD...|php ARG...|phpt [TEST...]|phpunit [ARG...]|env" >&2; exit 2 ;;
esac
