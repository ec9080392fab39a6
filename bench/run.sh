#!/usr/bin/env bash
# The benchmark: this repo's RedisCluster and Redis against Debian's phpredis 5.3.7, side by
# side in one run (issues 4 and 10). Starts its own clusters (3 masters + 3 replicas; 24
# masters) and a standalone server, runs every scenario for both modules alternately
# (A/B/A/B over the repetitions, each measurement in its own process), prints a Markdown
# table of medians with the ratio ours/phpredis, writes it to build/bench-results.md, and
# stops the servers on exit.
#
#   bench/run.sh [--quick] [--reps N] [--docs]
#
# --docs: also writes the results into docs/benchmarks.md, between its "bench/run.sh
# --docs" markers (what the page shows is then exactly this run).
# --quick: one short repetition, only to check that everything runs (CI). Never fails on
# slowness; fails when a scenario errors (a wrong reply, an exception, a pool that does
# not answer). Environment (defaults in brackets):
#   BENCH_REPS [9; quick 1]            repetitions
#   BENCH_SECONDS [1.0; quick 0.05]    length of each timed loop, in seconds
#   BENCH_FPM_SECONDS [3; quick 0.3]   load duration per php-fpm pool
#   BENCH_PORT_BASE3 [7840]            first port of the 3+3 cluster (6 ports)
#   BENCH_PORT_BASE24 [7860]           first port of the 24-master cluster (24 ports)
#   BENCH_SINGLE_PORT [7885]           the standalone server of the Redis class's scenarios
#   BENCH_FPM_PORT [7890]              php-fpm pools listen here and on the next port
#   BENCH_FPM_CHILDREN [2]             static children per pool
#   BENCH_FPM_CONCURRENCY [4]          requests in flight from the FastCGI driver
#   BENCH_GET_N [20000; quick 300]     GETs for redis-benchmark, in three rounds
#   BENCH_OUT [build/bench-results.md] where the table goes
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

quick=0
docs=0
reps=${BENCH_REPS:-}
while (($#)); do
    case $1 in
        --quick) quick=1 ;;
        --reps) reps=$2; shift ;;
        --docs) docs=1 ;;
        *) echo "usage: bench/run.sh [--quick] [--reps N] [--docs]" >&2; exit 2 ;;
    esac
    shift
done
if ((quick)); then
    reps=${reps:-1}
    export BENCH_SECONDS=${BENCH_SECONDS:-0.05}
    fpm_seconds=${BENCH_FPM_SECONDS:-0.3}
    get_n=${BENCH_GET_N:-300}
else
    reps=${reps:-9}
    export BENCH_SECONDS=${BENCH_SECONDS:-1.0}
    fpm_seconds=${BENCH_FPM_SECONDS:-3}
    get_n=${BENCH_GET_N:-20000}
fi
export BENCH_QUICK=$quick
p3=${BENCH_PORT_BASE3:-7840}
p24=${BENCH_PORT_BASE24:-7860}
single_port=${BENCH_SINGLE_PORT:-7885}
fpm_port=${BENCH_FPM_PORT:-7890}
fpm_children=${BENCH_FPM_CHILDREN:-2}
fpm_conc=${BENCH_FPM_CONCURRENCY:-4}
out=${BENCH_OUT:-$root/build/bench-results.md}

die() { echo "bench: $*" >&2; exit 1; }
log() { echo "bench: $*" >&2; }

extdir=$(php8.2 -n -r 'echo PHP_EXTENSION_DIR;')
[[ -f $root/modules/redis.so ]] || die "modules/redis.so is not built: run make"
[[ -f $extdir/redis.so && -f $extdir/igbinary.so ]] || die "Debian's php8.2-redis and php8.2-igbinary are needed"
command -v redis-benchmark >/dev/null || die "redis-benchmark not found"
command -v php-fpm8.2 >/dev/null || die "php-fpm8.2 not found"

work=$(mktemp -d "${TMPDIR:-/tmp}/rediscluster-bench.XXXXXX")
started=()
fpm_pid=
single_pid=
cleanup() {
    local rc=$?
    if [[ -n $fpm_pid ]]; then kill "$fpm_pid" 2>/dev/null || true; wait "$fpm_pid" 2>/dev/null || true; fi
    if [[ -n $single_pid ]]; then kill "$single_pid" 2>/dev/null || true; wait "$single_pid" 2>/dev/null || true; fi
    for spec in ${started[@]+"${started[@]}"}; do
        read -r base nodes replicas <<<"$spec"
        RC_PORT_BASE=$base RC_NODES=$nodes RC_REPLICAS=$replicas bash scripts/cluster.sh stop || true
    done
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Our module is copied once: a rebuild during the run cannot change what is measured.
cp "$root/modules/redis.so" "$work/redis-ours.so"
ours_sha=$(sha256sum "$work/redis-ours.so" | cut -c1-12)
# Both modules load the same way: php -n plus igbinary, ffi (mallinfo2 for the memory
# scenarios) and one `redis`; nothing else differs between the two processes.
php_for() {
    local so
    case $1 in
        ours) so=$work/redis-ours.so ;;
        phpredis) so=$extdir/redis.so ;;
    esac
    echo "php8.2 -n -d extension=$extdir/igbinary.so -d extension=$extdir/ffi.so -d extension=$so"
}
for m in ours phpredis; do
    got=$($(php_for $m) -r 'echo (new ReflectionExtension("redis"))->getVersion(), class_exists("RedisCluster") ? "" : " no RedisCluster", class_exists("Redis") ? "" : " no Redis";')
    log "$m: redis $got"
    [[ $got != *" no "* ]] || die "$m: a class is missing"
done

# --- clusters ------------------------------------------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_base() {   # base nodes
    local base=$1 nodes=$2 p
    # scripts/cluster.sh start stops whatever it finds under its data dir first: never
    # point it at a base someone else is using.
    [[ ! -e ${TMPDIR:-/tmp}/rediscluster-$base ]] ||
        die "${TMPDIR:-/tmp}/rediscluster-$base exists: another cluster uses port base $base (stop it if it is yours, or set BENCH_PORT_BASE3/24)"
    for p in $(seq "$base" $((base + nodes - 1))); do
        if ! port_free "$p" || ! port_free $((p + 10000)); then
            die "port $p or $((p + 10000)) is taken: set BENCH_PORT_BASE3/BENCH_PORT_BASE24"
        fi
    done
}
start_cluster() {   # base nodes replicas; in the background
    RC_PORT_BASE=$1 RC_NODES=$2 RC_REPLICAS=$3 bash scripts/cluster.sh start >"$work/cluster-$1.log" 2>&1 ||
        { cat "$work/cluster-$1.log" >&2; return 1; }
}
((p24 >= p3 + 6 || p3 >= p24 + 24)) || die "BENCH_PORT_BASE3 and BENCH_PORT_BASE24 overlap"
for p in $single_port $fpm_port $((fpm_port + 1)); do
    ((p < p3 || p >= p3 + 6)) && ((p < p24 || p >= p24 + 24)) ||
        die "port $p (BENCH_SINGLE_PORT or BENCH_FPM_PORT) is one of a cluster's"
done
((single_port != fpm_port && single_port != fpm_port + 1)) || die "BENCH_SINGLE_PORT and BENCH_FPM_PORT overlap"
check_base "$p3" 6
check_base "$p24" 24
for p in $fpm_port $((fpm_port + 1)); do port_free "$p" || die "port $p is taken: set BENCH_FPM_PORT"; done
port_free "$single_port" || die "port $single_port is taken: set BENCH_SINGLE_PORT"
log "starting clusters at $p3 (3 masters + 3 replicas) and $p24 (24 masters)"
started=("$p3 6 1" "$p24 24 0")
start_cluster "$p3" 6 1 &
s3=$!
start_cluster "$p24" 24 0 &
s24=$!
ok3=0 ok24=0
wait "$s3" || ok3=$?
wait "$s24" || ok24=$?
((ok3 == 0)) || die "cluster at $p3 did not start"
((ok24 == 0)) || die "cluster at $p24 did not start"

# The standalone server of the Redis class's scenarios: no persistence, its files in $work.
mkdir -p "$work/single"
redis-server --port "$single_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work/single" \
    --logfile "$work/single/redis.log" >/dev/null 2>&1 &
single_pid=$!
for _ in $(seq 100); do
    [[ $(redis-cli -h 127.0.0.1 -p "$single_port" ping 2>/dev/null) == PONG ]] && break
    kill -0 "$single_pid" 2>/dev/null || { cat "$work/single/redis.log" >&2; die "redis-server at $single_port did not start"; }
    sleep 0.05
done
[[ $(redis-cli -h 127.0.0.1 -p "$single_port" ping 2>/dev/null) == PONG ]] || die "redis-server at $single_port does not answer"
export BENCH_SINGLE=127.0.0.1:$single_port

nodes3=$(seq -s, -f '127.0.0.1:%g' "$p3" $((p3 + 5)))
nodes24=$(seq -s, -f '127.0.0.1:%g' "$p24" $((p24 + 23)))
export BENCH_NODES3=$nodes3 BENCH_NODES24=$nodes24
# Three seeds for both clusters: construction cost must not depend on the seed count.
export BENCH_SEEDS3=127.0.0.1:$p3,127.0.0.1:$((p3 + 1)),127.0.0.1:$((p3 + 2))
export BENCH_SEEDS24=127.0.0.1:$p24,127.0.0.1:$((p24 + 1)),127.0.0.1:$((p24 + 2))

# Data the scenarios read (and check).
rcli() { redis-cli -c -h 127.0.0.1 -p "$1" "${@:2}" >/dev/null; }
rcli "$p3" set key:__rand_int__ xxx
rcli "$p24" set key:__rand_int__ xxx
for k in $(seq 0 9); do rcli "$p3" set "bench:req:$k" "value-$k"; done
# redis-benchmark -t get without -r reads the key "key:__rand_int__": run it against the
# master that owns that key's slot.
slot=$(redis-cli -h 127.0.0.1 -p "$p3" cluster keyslot key:__rand_int__)
rb_port=$(redis-cli -h 127.0.0.1 -p "$p3" cluster nodes | awk -v s="$slot" '
    $3 ~ /master/ { for (i = 9; i <= NF; i++) { n = split($i, r, "-"); lo = r[1]; hi = n > 1 ? r[2] : r[1]
        if (s >= lo && s <= hi) { a = $2; sub(/@.*/, "", a); sub(/.*:/, "", a); print a } } }')
[[ -n $rb_port ]] || die "no master owns slot $slot"
# The Redis class's data (bench/lib.php bench_single_setup() writes the same).
# shellcheck disable=SC2046
redis-cli -h 127.0.0.1 -p "$single_port" mset key:__rand_int__ xxx \
    $(for k in $(seq 0 99); do echo "bench:sp:$k sv-$k"; done) \
    $(for k in $(seq 0 7); do echo "bench:sreq:$k value-$k"; done) >/dev/null

# --- measurements --------------------------------------------------------------------
raw=$work/raw.jsonl
: >"$raw"
record() {   # rep module json
    [[ $3 == \{*\} && $3 != *$'\n'* ]] || die "$2: a scenario printed something else than one JSON line: $3"
    printf '{"rep":%d,"module":"%s","metrics":%s}\n' "$1" "$2" "$3" >>"$raw"
}
scenario() {   # rep module cache_slots args...
    local rep=$1 m=$2 cs=$3 res
    shift 3
    # PHP prints fatal errors on stdout: show what the scenario printed when it fails.
    res=$(BENCH_MODULE=$m $(php_for "$m") -d redis.clusters.cache_slots="$cs" bench/scenario.php "$@") ||
        { printf '%s\n' "$res" >&2; die "scenario '$*' (cache_slots=$cs) failed with $m"; }
    record "$rep" "$m" "$res"
}
redis_benchmark() {   # rep port: the cluster's master (µs/op) or the standalone server (ops/s)
    local csv rps
    csv=$(redis-benchmark -h 127.0.0.1 -p "$2" -c 1 -P 1 -t get -n $((get_n / 3)) --csv) || die "redis-benchmark failed"
    rps=$(awk -F'","' '/^"GET"/ { print $2 }' <<<"$csv")
    [[ -n $rps ]] || die "redis-benchmark printed no GET result: $csv"
    if (($2 == single_port)); then
        record "$1" limit "$(awk -v r="$rps" 'BEGIN { printf "{\"single_redis_benchmark\":%.1f}", r }')"
    else
        record "$1" limit "$(awk -v r="$rps" 'BEGIN { printf "{\"redis_benchmark_us\":%.4f}", 1e6 / r }')"
    fi
}

# php-fpm with exactly one of the two modules: -n -c <ini> -y <conf>; two pools, with
# cache_slots=0 and =1, each pm=static.
fpm_start() {   # module
    local m=$1 so d=$work/fpm-$1
    case $m in ours) so=$work/redis-ours.so ;; phpredis) so=$extdir/redis.so ;; esac
    mkdir -p "$d"
    cat >"$d/php.ini" <<INI
extension=$extdir/igbinary.so
extension=$so
zend_extension=$extdir/opcache.so
opcache.enable=1
log_errors=1
display_errors=0
error_log=$d/php-error.log
INI
    {
        printf '[global]\npid = %s/fpm.pid\nerror_log = %s/fpm.log\ndaemonize = no\n' "$d" "$d"
        for cs in 0 1; do
            cat <<POOL
[cs$cs]
listen = 127.0.0.1:$((fpm_port + cs))
listen.backlog = 128
pm = static
pm.max_children = $fpm_children
clear_env = yes
env[BENCH_SEEDS3] = $BENCH_SEEDS3
env[BENCH_SINGLE] = $BENCH_SINGLE
php_admin_value[redis.clusters.cache_slots] = $cs
POOL
        done
    } >"$d/fpm.conf"
    rm -f "$d/fpm.log"   # "ready" must come from this start, not the previous one
    php-fpm8.2 -n -c "$d/php.ini" -y "$d/fpm.conf" -R -F >"$d/stdout.log" 2>&1 &
    fpm_pid=$!
    for _ in $(seq 100); do
        grep -q 'ready to handle connections' "$d/fpm.log" 2>/dev/null && return 0
        kill -0 "$fpm_pid" 2>/dev/null || break
        sleep 0.05
    done
    cat "$d/fpm.log" "$d/stdout.log" >&2 2>/dev/null || true
    die "php-fpm with $m did not start"
}
fpm_stop() {
    kill -QUIT "$fpm_pid" 2>/dev/null || true
    wait "$fpm_pid" 2>/dev/null || true
    fpm_pid=
}

# CPU ticks (user + system) the php-fpm workers have used so far: how much CPU a request
# costs, beside the rate (which depends on how the 2 cores are shared at the time).
clk_tck=$(getconf CLK_TCK)
workers_cpu() {
    local t=0 p
    for p in $(cat "/proc/$fpm_pid/task/$fpm_pid/children" 2>/dev/null); do
        t=$((t + $(sed 's/.*) //' "/proc/$p/stat" | awk '{ print $12 + $13 }')))
    done
    echo "$t"
}
fpm_run() {   # rep module metric port script [query]: one load; its rate and CPU per request
    local rep=$1 m=$2 metric=$3 warm=$((quick ? 4 : 40)) res c0 n cpu
    c0=$(workers_cpu)
    res=$(php8.2 -n bench/fcgi.php "127.0.0.1:$4" "$root/bench/fpm/$5" "OK $m" "$fpm_conc" "$fpm_seconds" "$warm" "${6:-}") ||
        { cat "$work/fpm-$m/php-error.log" >&2 2>/dev/null || true; die "php-fpm $metric failed with $m"; }
    n=$(sed -E 's/.*"requests":([0-9]+).*/\1/' <<<"$res")
    cpu=$(awk -v t=$(($(workers_cpu) - c0)) -v hz="$clk_tck" -v n=$((n + warm)) 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
    record "$rep" "$m" "$(sed -E "s/\"rps\"/\"$metric\"/; s/\"requests\"/\"${metric}_requests\"/; s/\}\$/,\"${metric}_cpu_us\":$cpu}/" <<<"$res")"
}
fpm_load() {   # rep module
    local rep=$1 m=$2 cs mode
    fpm_start "$m"
    for cs in 0 1; do
        fpm_run "$rep" "$m" "fpm_cs$cs" $((fpm_port + cs)) app.php
    done
    # The Redis class, on the first pool (cache_slots does not apply to it).
    for mode in connect pconnect; do
        fpm_run "$rep" "$m" "fpm_single_$mode" "$fpm_port" single.php "mode=$mode"
    done
    fpm_stop
}

specs=("1 request" "0 request" "1 getloop" "1 multikey 3" "1 multikey 24" "1 pipeline 3" "1 pipeline 24" "1 construct 3"
    "1 construct 24" "0 memobj" "1 memobj" "1 memcache 3" "1 memcache 24" "1 single-getloop" "1 single-pipeline")
t0=$SECONDS
for rep in $(seq "$reps"); do
    log "repetition $rep/$reps"
    cut -d' ' -f1 /proc/loadavg >>"$work/load"
    for spec in "${specs[@]}"; do
        if [[ $spec == *getloop* ]]; then
            # Latency-bound and the noisiest: three short rounds of ours, phpredis and
            # redis-benchmark (against the same server) back to back (recorded as
            # repetitions rep*10+round).
            for round in 1 2 3; do
                for m in ours phpredis; do
                    # shellcheck disable=SC2086
                    BENCH_SECONDS=$(awk -v s="$BENCH_SECONDS" 'BEGIN { print s / 3 }') \
                        scenario $((rep * 10 + round)) "$m" $spec
                done
                redis_benchmark $((rep * 10 + round)) "$([[ $spec == *single-* ]] && echo "$single_port" || echo "$rb_port")"
            done
            continue
        fi
        for m in ours phpredis; do
            # shellcheck disable=SC2086
            scenario "$rep" "$m" $spec
        done
    done
    for m in ours phpredis; do fpm_load "$rep" "$m"; done
done
cut -d' ' -f1 /proc/loadavg >>"$work/load"
log "measured in $((SECONDS - t0)) s"

# --- report ----------------------------------------------------------------------------
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')
git -C "$root" diff --quiet HEAD -- '*.c' '*.h' 2>/dev/null || rev="$rev+uncommitted changes"
load=$(sort -n "$work/load" | sed -n '1p;$p' | paste -sd' ' | awk '{ print $1 "–" $2 }')
BENCH_META_MACHINE="$(nproc) CPUs, $cpu, $mem RAM, $(uname -sr); 1-min load average during the run $load (this run included)"
BENCH_META_VERSIONS="PHP $(php8.2 -n -r 'echo PHP_VERSION;'); $(redis-server --version | awk '{print $1, $2, $3}'); phpredis $($(php_for phpredis) -r 'echo phpversion("redis");') (Debian $(dpkg-query -W -f='${Version}' php8.2-redis 2>/dev/null)); igbinary $($(php_for ours) -r 'echo phpversion("igbinary");'); hiredis $(dpkg-query -W -f='${Version}' libhiredis0.14 2>/dev/null || echo '?'); ours $($(php_for ours) -r 'echo phpversion("redis");') (git $rev, redis.so sha256 $ours_sha)"
BENCH_META_COMMAND="bench/run.sh$( ((quick)) && echo ' --quick' || true)  (measured in $((SECONDS - t0)) s: reps $reps, loops ${BENCH_SECONDS} s, php-fpm $fpm_children static children x 2 pools, $fpm_conc in flight, ${fpm_seconds} s per pool)"
export BENCH_META_MACHINE BENCH_META_VERSIONS BENCH_META_COMMAND
mkdir -p "$(dirname "$out")"
php8.2 -n bench/report.php "$raw" >"$work/report.md" || die "report failed"
cp "$work/report.md" "$out"
cp "$raw" "${out%.md}.jsonl"
cat "$work/report.md"
log "table written to $out (raw values: ${out%.md}.jsonl)"
if ((docs)); then
    php8.2 -n bench/report.php --docs "$work/report.md" "$root/docs/benchmarks.md" || die "docs/benchmarks.md not updated"
    log "docs/benchmarks.md: the results block is this run's"
fi
