#!/usr/bin/env bash
# User-space instructions per operation, ours against phpredis, counted by valgrind's
# callgrind (perf has no hardware counters in this VM). Each module runs the operation N
# and 2N times; the difference divided by N is the cost of one operation, without start-up.
# Kernel time (the syscalls, the round trip itself) is not in these counts.
#   bench/instr.sh [get|request|mget|construct] [N]
# Needs a running 3+3 cluster with the bench data: BENCH_SEEDS3 (h:p,...) and key
# key:__rand_int__ = xxx, as bench/run.sh sets up. cache_slots=1 (BENCH_CACHE_SLOTS=0 to change). With BENCH_ANNOTATE=1,
# also prints the top functions of the 2N run (callgrind_annotate, inclusive).
# BENCH_MODULES: which to count (default "ours phpredis"); BENCH_INI: more settings for
# both, space-separated k=v (e.g. "redis.clusters.shm_size=0").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
op=${1:-get}
n=${2:-2000}
: "${BENCH_SEEDS3:?set BENCH_SEEDS3, e.g. 127.0.0.1:7840,127.0.0.1:7841,127.0.0.1:7842}"
export BENCH_SEEDS3
extdir=$(php8.2 -n -r 'echo PHP_EXTENSION_DIR;')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/modules/redis.so" "$work/redis-ours.so"
ini=()
for kv in ${BENCH_INI:-}; do ini+=(-d "$kv"); done
ir() {   # so count -> total Ir
    local f=$work/cg.$RANDOM
    USE_ZEND_ALLOC=1 valgrind --tool=callgrind --callgrind-out-file="$f" \
        php8.2 -n -d extension="$extdir/igbinary.so" -d extension="$1" -d redis.clusters.cache_slots="${BENCH_CACHE_SLOTS:-1}" ${ini[@]+"${ini[@]}"} \
        "$root/bench/instr.php" "$op" "$2" >/dev/null 2>"$f.err" || { cat "$f.err" >&2; exit 1; }
    if [[ ${BENCH_ANNOTATE:-0} == 1 && $2 == $((2 * n)) ]]; then
        callgrind_annotate --inclusive=yes "$f" 2>/dev/null | sed -n '1,40p' | grep -v '^--' >&2
    fi
    awk '/^summary:|^totals:/ { print $2; exit }' "$f"
}
for m in ${BENCH_MODULES:-ours phpredis}; do
    so=$work/redis-ours.so
    [[ $m == phpredis ]] && so=$extdir/redis.so
    a=$(ir "$so" "$n")
    b=$(ir "$so" $((2 * n)))
    echo "$m $op: $(( (b - a) / n )) instructions per operation (user space)"
done
