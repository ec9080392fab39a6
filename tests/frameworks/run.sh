#!/usr/bin/env bash
# Runs the framework suite (tests/frameworks/phpunit.xml) against one module: starts a
# cluster (scripts/cluster.sh on FW_PORT_BASE, 7900..7905) and a standalone redis-server
# (FW_REDIS_PORT, 7950), runs PHPUnit through the module's wrapper, and stops both on
# exit, whatever happened.
#   tests/frameworks/run.sh [ours|phpredis] [phpunit arguments, e.g. --filter Symfony]
# ours: scripts/php.sh (this repo's modules/redis.so); phpredis: scripts/php-phpredis.sh
# (Debian's phpredis 5.3.7, the oracle).
# FW_CLUSTER_SEEDS=host:port,... uses that cluster instead of starting one (its data is
# flushed by the tests).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
module=${1:-ours}
[[ $# -gt 0 ]] && shift
case $module in
    ours) php=$root/scripts/php.sh ;;
    phpredis) php=$root/scripts/php-phpredis.sh ;;
    *) echo "usage: $0 [ours|phpredis] [phpunit args]" >&2; exit 2 ;;
esac

base=${FW_PORT_BASE:-7900}
port=${FW_REDIS_PORT:-7950}
dir=${TMPDIR:-/tmp}/rediscluster-standalone-$port

standalone_stop() {
    local pid
    [[ -s $dir/redis.pid ]] || { rm -rf "$dir"; return 0; }
    pid=$(<"$dir/redis.pid")
    if [[ $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* ]]; then
        redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

standalone_start() {
    standalone_stop
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null &&
        { echo "run.sh: port $port is taken by another process; choose another with FW_REDIS_PORT" >&2; return 1; }
    mkdir -p "$dir"
    redis-server --port "$port" --bind 127.0.0.1 --protected-mode no --daemonize yes \
        --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --save '' --appendonly no
    for _ in $(seq 100); do
        redis-cli -h 127.0.0.1 -p "$port" ping >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "run.sh: redis-server on $port did not start; see $dir/redis.log" >&2
    return 1
}

own_cluster=0
cleanup() {
    ((own_cluster)) && { RC_PORT_BASE=$base RC_NODES=6 bash "$root/scripts/cluster.sh" stop || true; }
    standalone_stop || true
}
trap cleanup EXIT

if [[ -z ${FW_CLUSTER_SEEDS:-} ]]; then
    own_cluster=1
    RC_PORT_BASE=$base RC_NODES=6 bash "$root/scripts/cluster.sh" start
    FW_CLUSTER_SEEDS=$(seq -s, -f '127.0.0.1:%g' "$base" $((base + 5)))
fi
standalone_start
echo "standalone up: 127.0.0.1:$port"

FW_CLUSTER_SEEDS=$FW_CLUSTER_SEEDS FW_REDIS=127.0.0.1:$port \
    "$php" /usr/bin/phpunit -c "$root/tests/frameworks/phpunit.xml" "$@"
