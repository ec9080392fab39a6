#!/usr/bin/env bash
# Fuzzes the extension's reply handling: seeded cases, each a new RedisCluster against
# 1-3 fake nodes (tests/fuzz/fuzz_node.php) serving mutated replies and CLUSTER SLOTS
# maps, run in child PHP processes with the ASan + UBSan build (scripts/sanitize.sh).
# Fails on a sanitizer report, a signal, a hang, or a PHP fatal error; prints the seeds
# and, for each failure, the command that replays it. See tests/fuzz/README.md.
#   scripts/fuzz.sh --ci                  CI's short campaign: seeds 1 and 2 and the date's
#                                         seed, 100 cases each, 200 s at most
#   scripts/fuzz.sh --cases 20000         a long campaign (a random seed unless --seed)
#   scripts/fuzz.sh --seed S --case N     replay one case, showing every call, what the
#                                         nodes answered and any sanitizer report
# Options: --seed S (repeatable), --cases N (per seed, default 200), --time SECONDS (stop
# starting cases after that; 0 = no limit), --jobs N (cases at once, default 2),
# --timeout SECONDS (a case running longer is a hang, default 30), --allow-fatal (PHP
# fatal errors are reported but do not fail), --keep DIR (where failed cases' files go),
# --verbose (every call of every case into its files).
#   RC_FUZZ_MAX_ALLOC_MB  the largest allocation a case may make (default 32: every reply
#                         the nodes send is small, so more means a size was trusted)
#   RC_FUZZ_MODULE        fuzz another ASan build of the module (e.g. of an older commit,
#                         to see whether the fuzzer finds a bug that was fixed since)
#   RC_FUZZ_PLAIN=1       fuzz the normal build (modules/redis.so) without sanitizers and
#                         with PHP's allocator, so memory_limit (64M) is enforced: sizes a
#                         server announces show as "Allowed memory size exhausted"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
san_env() { RC_SAN_LOG_DIR=@DIR@ RC_SAN_MAX_ALLOC_MB=${RC_FUZZ_MAX_ALLOC_MB:-32} bash scripts/sanitize.sh env; }
if [[ ${RC_FUZZ_PLAIN:-0} == 1 ]]; then
    bash scripts/setup.sh >/dev/null
    FZ_MODULE=$PWD/modules/redis.so
    FZ_ENV=FZ_MEMORY_LIMIT=64M       # no sanitizer: PHP's allocator and memory_limit
    FZ_REPLAY="RC_FUZZ_PLAIN=1 "
elif [[ -n ${RC_FUZZ_MODULE:-} ]]; then
    FZ_MODULE=$RC_FUZZ_MODULE
    FZ_ENV=$(san_env)
    FZ_REPLAY="RC_FUZZ_MODULE=$RC_FUZZ_MODULE "
else
    bash scripts/sanitize.sh build >/dev/null
    FZ_MODULE=$PWD/build-asan/modules/redis.so
    FZ_ENV=$(san_env)
fi
# FZ_REPLAY: what a replay command needs in front of scripts/fuzz.sh for this build
export FZ_MODULE FZ_ENV FZ_REPLAY=${FZ_REPLAY:-}
exec php8.2 -n tests/fuzz/fuzz.php "$@"
