#!/usr/bin/env bash
# Sets up everything and runs every test: installs and builds (scripts/setup.sh), starts a
# local cluster and the standalone servers and sentinels of scripts/standalone.sh (both
# stopped again on exit), runs the phpt suite, then PHPUnit against the cluster and the
# Redis / RedisSentinel suite against the standalone servers, the security, framework and
# session suites (each with servers of its own), the phpt and PHPUnit suites again under
# ASan + UBSan, and a short fuzz campaign.
# Exits non-zero when any part fails.
#   RC_TEST_MODULE=phpredis   PHPUnit against Debian's phpredis (the oracle); no build, no phpt
#   RC_PORT_BASE, RC_NODES    where the cluster runs (scripts/cluster.sh)
#   RS_PORT_BASE              where the standalone servers and sentinels run (scripts/standalone.sh, 7500)
#   RC_VALGRIND=0             skip the phpt suite's valgrind run (scripts/valgrind-phpt.sh)
#   RC_SANITIZE=0             skip the ASan + UBSan stages (phpt, PHPUnit, fuzz)
#   SESSION_PORT_BASE (7400)  the session stage's own cluster and PHP-FPM pool (tests/session)
#   SESSION_REDIS_PORT (7280) the session stage's two standalone servers (this port and the next)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

module=${RC_TEST_MODULE:-ours}
case $module in
    ours) php=scripts/php.sh label="this project's module" ;;
    phpredis) php=scripts/php-phpredis.sh label="Debian's phpredis" ;;
    *) echo "test-all.sh: RC_TEST_MODULE is 'ours' or 'phpredis'" >&2; exit 2 ;;
esac

if [[ $module == phpredis ]]; then RC_SKIP_BUILD=1 bash scripts/setup.sh; else bash scripts/setup.sh; fi

if [[ $module == ours ]]; then
    # The stub is the only declaration of the API: the committed arginfo must be what
    # PHP 8.2's gen_stub.php makes of it.
    echo "== arginfo is generated from the stubs"
    fresh=$(mktemp -d)
    for stub in redis_cluster redis; do
        cp "$stub.stub.php" "$fresh/"
        php8.2 build/gen_stub.php -f "$fresh/$stub.stub.php" >/dev/null
        diff -u "${stub}_arginfo.h" "$fresh/${stub}_arginfo.h" ||
            { echo "test-all.sh: ${stub}_arginfo.h is stale: run php8.2 build/gen_stub.php -f $stub.stub.php" >&2; exit 1; }
    done
    rm -rf "$fresh"
    # The PECL package lists the tracked files: a file added without it fails here, not
    # at the end of CI in pecl-check.sh.
    echo "== package.xml lists the tracked files"
    php8.2 -n scripts/package-xml.php --check
fi

export RC_PORT_BASE=${RC_PORT_BASE:-7000} RC_NODES=${RC_NODES:-6}
if [[ -z ${REDIS_CLUSTER_SEEDS:-} ]]; then
    REDIS_CLUSTER_SEEDS=$(seq -s, -f '127.0.0.1:%g' "$RC_PORT_BASE" $((RC_PORT_BASE + RC_NODES - 1)))
    export REDIS_CLUSTER_SEEDS
fi
trap 'bash scripts/cluster.sh stop; bash scripts/standalone.sh stop; rm -rf "$counts"' EXIT
bash scripts/cluster.sh start
bash scripts/standalone.sh start

# Every stage's output is kept, to count its tests for the closing line.
counts=$(mktemp -d)
#   counted NAME CMD...: runs CMD, its output also into $counts/NAME.log
counted() {
    local name=$1
    shift
    "$@" 2>&1 | tee "$counts/$name.log"
}

phpt=skipped
if [[ $module == ours ]]; then
    phpt=passed
    run_tests=/usr/lib/php/20220829/build/run-tests.php
    [[ -f $run_tests ]] || run_tests=run-tests.php
    if ! compgen -G 'tests/phpt/*.phpt' >/dev/null; then
        echo "test-all.sh: no .phpt files in tests/phpt" >&2
        phpt=FAILED
    else
        echo "== phpt (tests/phpt)"
        NO_INTERACTION=1 REPORT_EXIT_STATUS=1 TEST_PHP_EXECUTABLE=$(command -v php8.2) \
            counted phpt php8.2 -n "$run_tests" -n -d "extension=$PWD/modules/redis.so" -q --show-diff tests/phpt ||
            phpt=FAILED
    fi
fi

# The phpt suite again under valgrind, failing on any invalid access or leak of the
# extension, while the cluster is up for the tests that use it. RC_VALGRIND=0 skips it
# (a quick local run); CI runs it, as this command does by default.
memcheck=skipped
if [[ $module == ours && ${RC_VALGRIND:-1} == 1 ]]; then
    echo "== phpt under valgrind"
    memcheck=passed
    counted valgrind bash scripts/valgrind-phpt.sh || memcheck=FAILED
fi

# The ASan + UBSan stages (scripts/sanitize.sh: a build of its own in build-asan/): any
# sanitizer report from any process the stage starts fails it. RC_SANITIZE=0 skips them.
#   san_stage RESULT_VAR TITLE CMD...
san_stage() {
    local -n result=$1
    result=skipped
    [[ $module == ours && ${RC_SANITIZE:-1} == 1 ]] || return 0
    echo "== $2"
    result=passed
    { bash scripts/sanitize.sh build && counted "$1" "${@:3}"; } || result=FAILED
}
san_stage asan_phpt "phpt under ASan+UBSan" bash scripts/sanitize.sh phpt
# CI's short fuzz campaign (tests/fuzz/README.md): fixed seeds plus the date's seed,
# printed with a replay command for each failure.
san_stage fuzz "fuzz (short) under ASan+UBSan" bash scripts/fuzz.sh --ci

echo "== PHPUnit (tests/phpunit) against $label"
phpunit=passed
counted phpunit "$php" /usr/bin/phpunit -c tests/phpunit/phpunit.xml || phpunit=FAILED

san_stage asan_phpunit "PHPUnit (tests/phpunit) under ASan+UBSan" bash scripts/sanitize.sh phpunit

# The single-node Redis and RedisSentinel classes: tests/phpunit-redis against the servers
# of scripts/standalone.sh, tests/security/phpunit-redis.xml against servers of its own on
# 7520-7549; the first again under ASan + UBSan.
echo "== PHPUnit (tests/phpunit-redis) against $label"
phpunit_redis=passed
counted phpunit_redis "$php" /usr/bin/phpunit -c tests/phpunit-redis/phpunit.xml || phpunit_redis=FAILED
echo "== security of Redis (tests/security/phpunit-redis.xml) against $label"
security_redis=passed
counted security_redis "$php" /usr/bin/phpunit -c tests/security/phpunit-redis.xml || security_redis=FAILED
san_stage asan_phpunit_redis "PHPUnit (tests/phpunit-redis) under ASan+UBSan" \
    bash scripts/sanitize.sh phpunit -c tests/phpunit-redis/phpunit.xml

# TLS, AUTH and pooling against clusters of their own (ports 7700-7799).
security=skipped
if [[ $module == ours ]]; then
    echo "== security (tests/security) against $label"
    security=passed
    counted security "$php" /usr/bin/phpunit -c tests/security/phpunit.xml || security=FAILED
fi

# Laravel 8 and Symfony 5.4 (Debian's packages, unchanged) against a cluster and a
# standalone server of their own (ports 7900-7905 and 7950, started and stopped by the
# stage), with either module: tests/frameworks/README.md.
echo "== frameworks (tests/frameworks) against $label"
frameworks=passed
fw_env=()
# A main cluster on the stage's ports is reused rather than started twice.
((RC_PORT_BASE == ${FW_PORT_BASE:-7900})) && fw_env=(FW_CLUSTER_SEEDS="$REDIS_CLUSTER_SEEDS")
counted frameworks env "${fw_env[@]}" bash tests/frameworks/run.sh "$module" || frameworks=FAILED

# The session handlers: rediscluster against the cluster above, redis against two
# standalone servers of its own (ports 7280-7281, SESSION_REDIS_PORT), both in a PHP-FPM
# pool (on a cluster of its own: ports 7400-7419, SESSION_PORT_BASE).
sessions=skipped
if [[ $module == ours ]]; then
    echo "== sessions (tests/session) against $label"
    sessions=passed
    counted sessions bash tests/session/run.sh || sessions=FAILED
fi

# The fault tests change real clusters of their own (ports 7300-7399, FAULT_PORT_BASE)
# under running workers and real PHP-FPM pools. Debian's phpredis runs beside ours in the
# hung-master runs (reported, never asserted: tests/fault/README.md, FAULT_COMPARE); the
# whole suite against phpredis is run by hand (tests/fault/run.sh phpredis).
fault=skipped
if [[ $module == ours && ${RC_FAULT:-1} == 1 ]]; then
    echo "== fault tests (tests/fault) against $label"
    fault=passed
    counted fault bash tests/fault/run.sh ours || fault=FAILED
fi

echo "== test-all: phpt $phpt, valgrind $memcheck, PHPUnit $phpunit, PHPUnit Redis $phpunit_redis, security $security, security Redis $security_redis, frameworks $frameworks, sessions $sessions, fault $fault, phpt ASan $asan_phpt, PHPUnit ASan $asan_phpunit, PHPUnit Redis ASan $asan_phpunit_redis, fuzz $fuzz ($label)"
# The counts, from each stage's own summary: run-tests.php's "Tests passed/failed",
# PHPUnit's "OK (N tests" or "Tests: N, ... Failures: F, Errors: E", the fuzzer's
# "N case(s) ...: ok K".
php8.2 -n scripts/test-counts.php "$counts"
[[ $phpt != FAILED && $memcheck != FAILED && $phpunit != FAILED && $security != FAILED && $frameworks != FAILED && $sessions != FAILED && $fault != FAILED ]]
[[ $phpunit_redis != FAILED && $security_redis != FAILED ]]
[[ $asan_phpt != FAILED && $asan_phpunit != FAILED && $asan_phpunit_redis != FAILED && $fuzz != FAILED ]]
