#!/usr/bin/env bash
# User-space instructions per operation, ours against phpredis, counted by valgrind's
# callgrind (perf has no hardware counters in this VM). Each module runs the operation N
# and 2N times; the difference divided by N is the cost of one operation, without start-up.
# Kernel time (the syscalls, the round trip itself) is not in these counts.
#   bench/instr.sh [get|request|mget|construct|pipeline|floor|seq100] [N]
#   bench/instr.sh [single-get|single-pipeline|single-request|single-prequest] [N]
# pipeline: the batch of 100 mixed commands of bench/scenario.php pipeline, through
# pipeline() (ours only: phpredis's RedisCluster has none); floor: a pipeline of one GET
# to each master (ours only); seq100: the same 100 commands one by one. For pipeline and
# seq100 the cost per command (÷ 100) is printed too.
# Needs a running 3+3 cluster with the bench data: BENCH_SEEDS3 (h:p,...), the key
# key:__rand_int__ = xxx and bench:req:0..9 = value-0..9, as bench/run.sh sets up.
# cache_slots=1 (BENCH_CACHE_SLOTS=0 to change). BENCH_MODULES (default "ours phpredis")
# picks the modules. BENCH_ANNOTATE=1 also prints, per operation, the top functions by
# inclusive cost (BENCH_ANNOTATE=self: by their own cost), from callgrind_annotate of the
# N and 2N runs, differenced: a function's line is what one operation spends in it.
# BENCH_TOP (40) is how many lines. BENCH_OURS_SO (modules/redis.so) is the build measured
# as ours: another build's, to compare two in the same cluster state.
# The Redis class's ops (single-*) need a standalone server, BENCH_SINGLE (h:p); they
# write their own data.
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
cp "${BENCH_OURS_SO:-$root/modules/redis.so}" "$work/redis-ours.so"
annotate=${BENCH_ANNOTATE:-0}

# so count -> the callgrind output's name on stdout; exit 3: the module lacks the op
ir() {
    local f=$work/cg.$RANDOM rc=0
    USE_ZEND_ALLOC=1 valgrind --tool=callgrind --callgrind-out-file="$f" \
        php8.2 -n -d extension="$extdir/igbinary.so" -d extension="$1" -d redis.clusters.cache_slots="${BENCH_CACHE_SLOTS:-1}" \
        "$root/bench/instr.php" "$op" "$2" >/dev/null 2>"$f.err" || rc=$?
    ((rc == 3)) && return 3
    ((rc == 0)) || { cat "$f.err" >&2; exit 1; }
    echo "$f"
}
total() { awk '/^summary:|^totals:/ { print $2; exit }' "$1"; }
# Per-function counts of a callgrind file: "count<TAB>function" lines. callgrind_annotate
# names a function once per source file it has lines from ("???:" where it has no debug
# information): a function's own cost is the sum of its lines, its inclusive cost the
# largest (each includes the callees). Its "<counts for unidentified lines>" entries
# repeat what the functions hold (the module's lines are not resolved): left out.
functions() {
    local incl=yes
    [[ $annotate == self ]] && incl=no
    callgrind_annotate --inclusive=$incl --threshold=100 "$1" 2>/dev/null \
        | sed -n 's/^ *\([0-9,][0-9,]*\) ([ 0-9.]*%)  *\(.*\)$/\1\t\2/p' | tr -d , \
        | awk -F '\t' -v incl=$incl '$2 !~ /^<counts/ { f = $2; sub(/ \[.*\]$/, "", f); sub(/^.*:/, "", f)
            if (incl == "no") c[f] += $1; else if ($1 > c[f]) c[f] = $1 }
            END { for (f in c) printf "%d\t%s\n", c[f], f }'
}
# The functions' cost per operation: (2N run - N run) / N, highest first.
per_op_functions() {
    join -t $'\t' -1 2 -2 2 -a 2 -e 0 -o 0,1.1,2.1 \
        <(functions "$1" | sort -t $'\t' -k2,2) <(functions "$2" | sort -t $'\t' -k2,2) \
        | awk -F '\t' -v n="$n" '{ d = ($3 - $2) / n; if (d >= 1) printf "%10.0f  %s\n", d, $1 }' \
        | sort -rn | head -n "${BENCH_TOP:-40}"
}
per=1
[[ $op == pipeline || $op == seq100 ]] && per=100
for m in ${BENCH_MODULES:-ours phpredis}; do
    so=$work/redis-ours.so
    [[ $m == phpredis ]] && so=$extdir/redis.so
    rc=0
    a=$(ir "$so" "$n") || rc=$?
    if ((rc == 3)); then
        echo "$m $op: n/a (no RedisCluster::pipeline)"
        continue
    fi
    b=$(ir "$so" $((2 * n)))
    d=$(( ($(total "$b") - $(total "$a")) / n ))
    if ((per > 1)); then
        echo "$m $op: $d instructions per operation (user space), $((d / per)) per command"
    else
        echo "$m $op: $d instructions per operation (user space)"
    fi
    if [[ $annotate != 0 ]]; then
        per_op_functions "$a" "$b"
    fi
done
