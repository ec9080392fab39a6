#!/usr/bin/env bash
# User-space instructions per operation, ours against phpredis, counted by valgrind's
# callgrind (perf has no hardware counters in this VM). Each module runs the operation N
# and 2N times; the difference divided by N is the cost of one operation, without start-up.
# Kernel time (the syscalls, the round trip itself) is not in these counts.
#   bench/instr.sh [get|request|mget|construct] [N]
#   bench/instr.sh [single-get|single-pipeline|single-request|single-prequest] [N]
# The cluster ops need a running 3+3 cluster with the bench data: BENCH_SEEDS3 (h:p,...) and
# key key:__rand_int__ = xxx, as bench/run.sh sets up. cache_slots=1 (BENCH_CACHE_SLOTS=0 to
# change). The Redis class's ops (single-*) need a standalone server, BENCH_SINGLE (h:p);
# they write their own data. With BENCH_ANNOTATE=1, also prints the top functions of the
# 2N run (callgrind_annotate, inclusive).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
op=${1:-get}
n=${2:-2000}
if [[ $op == single-* ]]; then
    : "${BENCH_SINGLE:?set BENCH_SINGLE, e.g. 127.0.0.1:7885}"
    export BENCH_SINGLE
else
    : "${BENCH_SEEDS3:?set BENCH_SEEDS3, e.g. 127.0.0.1:7840,127.0.0.1:7841,127.0.0.1:7842}"
    export BENCH_SEEDS3
fi
extdir=$(php8.2 -n -r 'echo PHP_EXTENSION_DIR;')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/modules/redis.so" "$work/redis-ours.so"
ir() {   # so count -> total Ir
    local f=$work/cg.$RANDOM
    USE_ZEND_ALLOC=1 valgrind --tool=callgrind --callgrind-out-file="$f" \
        php8.2 -n -d extension="$extdir/igbinary.so" -d extension="$1" -d redis.clusters.cache_slots="${BENCH_CACHE_SLOTS:-1}" \
        "$root/bench/instr.php" "$op" "$2" >/dev/null 2>"$f.err" || { cat "$f.err" >&2; exit 1; }
    if [[ ${BENCH_ANNOTATE:-0} == 1 && $2 == $((2 * n)) ]]; then
        callgrind_annotate --inclusive=yes "$f" 2>/dev/null | sed -n '1,40p' | grep -v '^--' >&2
    fi
    awk '/^summary:|^totals:/ { print $2; exit }' "$f"
}
for m in ours phpredis; do
    so=$work/redis-ours.so
    [[ $m == phpredis ]] && so=$extdir/redis.so
    a=$(ir "$so" "$n")
    b=$(ir "$so" $((2 * n)))
    echo "$m $op: $(( (b - a) / n )) instructions per operation (user space)"
done
