#!/usr/bin/env bash
# The standalone servers the Redis and RedisSentinel tests use, on 127.0.0.1:
#   scripts/standalone.sh start|stop|status|restart
#   base      (7500)  master, also on the unix socket <dir>/redis.sock
#   base + 1  (7501)  its replica
#   base + 2  (7502)  a second, unrelated master: MIGRATE's target
#   base + 3  (7503)  a master with requirepass (RS_PASSWORD): AUTH <password>, MIGRATE ... AUTH
#   base + 10..12 (7510-7512)  redis-sentinel, watching the master as "mymaster", quorum 2
# RS_PORT_BASE (7500) moves them all. Data lives in ${TMPDIR:-/tmp}/redis-standalone-<base>.
# Debian's redis-sentinel package is only a link to redis-server, which runs as a
# sentinel with --sentinel: that is what is used when redis-sentinel is not installed.
# start waits until every sentinel sees the master, its replica and the other sentinels.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/server-lib.sh"

BASE=${RS_PORT_BASE:-7500}
WAIT=${RS_WAIT_SECONDS:-60}
DIR=${TMPDIR:-/tmp}/redis-standalone-$BASE
PASSWORD=${RS_PASSWORD:-Pw-standalone-S3cr3t}
MASTER=$BASE REPLICA=$((BASE + 1)) SECOND=$((BASE + 2)) LOCKED=$((BASE + 3))
SERVERS="$MASTER $REPLICA $SECOND $LOCKED"
SENTINELS="$((BASE + 10)) $((BASE + 11)) $((BASE + 12))"

# redis-cli to port $1 (with the password where it is required)
cli() {
    local auth=()
    [[ $1 == "$LOCKED" ]] && auth=(--no-auth-warning -a "$PASSWORD")
    redis-cli -h 127.0.0.1 -p "$1" ${auth[@]+"${auth[@]}"} "${@:2}"
}
die() { echo "standalone.sh: $*" >&2; exit 1; }

# The pid of our process on port $1 when it runs: a redis-server (sentinels are
# redis-server processes too) started from our directory.
proc_pid() {
    local f=$DIR/$1/redis.pid pid
    [[ -s $f ]] || return 1
    pid=$(<"$f")
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == redis-* ]] || return 1
    [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$DIR/$1" ]] || return 1
    echo "$pid"
}

stop() {
    local port pid pids=()
    for port in $SENTINELS $SERVERS; do
        pid=$(proc_pid "$port") || continue
        pids+=("$pid")
        kill -TERM "$pid" 2>/dev/null || true
    done
    wait_gone_or_kill ${pids[@]+"${pids[@]}"}
    rm -rf "$DIR"
}

# redis.conf of the server on port $1 (lines after the common ones in $2...).
server_conf() {
    local port=$1
    shift
    mkdir -p "$DIR/$port"
    {
        cat <<CONF
port $port
bind 127.0.0.1
protected-mode no
daemonize yes
dir $DIR/$port
pidfile $DIR/$port/redis.pid
logfile $DIR/$port/redis.log
appendonly no
save ""
enable-debug-command local
repl-diskless-sync yes
repl-diskless-sync-delay 0
CONF
        printf '%s\n' "$@"
    } >"$DIR/$port/redis.conf"
}

sentinel_conf() {
    local port=$1
    mkdir -p "$DIR/$port"
    cat >"$DIR/$port/sentinel.conf" <<CONF
port $port
bind 127.0.0.1
protected-mode no
daemonize yes
dir $DIR/$port
pidfile $DIR/$port/redis.pid
logfile $DIR/$port/sentinel.log
sentinel monitor mymaster 127.0.0.1 $MASTER 2
sentinel down-after-milliseconds mymaster ${RS_DOWN_AFTER_MS:-3000}
sentinel failover-timeout mymaster ${RS_FAILOVER_TIMEOUT_MS:-10000}
sentinel parallel-syncs mymaster 1
CONF
}

wait_ping() {
    local port=$1
    for _ in $(seq 100); do cli "$port" ping 2>/dev/null | grep -q PONG && return 0; sleep 0.1; done
    die "server $port did not start; see $DIR/$port/*.log"
}

# field $2 of the flat key/value reply of "SENTINEL $3 mymaster" on sentinel $1
sentinel_field() {
    cli "$1" sentinel "$3" mymaster 2>/dev/null | awk -v k="$2" 'NR % 2 == 1 { key = $0; next } key == k { print; exit }'
}

# Healthy: the master has its replica online, and every sentinel sees the master (flags
# exactly "master"), the replica (flags exactly "slave", link up) and the two others.
healthy() {
    local port
    for port in $SERVERS; do cli "$port" ping >/dev/null 2>&1 || return 1; done
    cli "$MASTER" info replication | tr -d '\r' | grep -q "^slave0:ip=127.0.0.1,port=$REPLICA,state=online" || return 1
    cli "$REPLICA" info replication | tr -d '\r' | grep -q '^master_link_status:up' || return 1
    for port in $SENTINELS; do
        [[ $(sentinel_field "$port" flags master) == master ]] || return 1
        [[ $(sentinel_field "$port" port master) == "$MASTER" ]] || return 1
        [[ $(sentinel_field "$port" num-slaves master) == 1 ]] || return 1
        [[ $(sentinel_field "$port" num-other-sentinels master) == 2 ]] || return 1
        [[ $(sentinel_field "$port" flags replicas) == slave ]] || return 1
        [[ $(sentinel_field "$port" master-link-status replicas) == ok ]] || return 1
    done
}

start() {
    command -v redis-server >/dev/null || die "redis-server not found: run scripts/setup.sh"
    stop
    local port
    for port in $SERVERS $SENTINELS; do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null &&
            die "port $port is taken by another process; choose other ports with RS_PORT_BASE"
    done
    server_conf "$MASTER" "unixsocket $DIR/redis.sock" "unixsocketperm 700"
    server_conf "$REPLICA" "replicaof 127.0.0.1 $MASTER"
    server_conf "$SECOND"
    server_conf "$LOCKED" "requirepass $PASSWORD"
    for port in $SERVERS; do redis-server "$DIR/$port/redis.conf"; done
    for port in $SERVERS; do wait_ping "$port"; done
    local sentinel=(redis-server)
    command -v redis-sentinel >/dev/null && sentinel=(redis-sentinel)
    for port in $SENTINELS; do
        sentinel_conf "$port"
        if [[ ${sentinel[0]} == redis-sentinel ]]; then
            redis-sentinel "$DIR/$port/sentinel.conf"
        else
            redis-server "$DIR/$port/sentinel.conf" --sentinel
        fi
    done
    for port in $SENTINELS; do wait_ping "$port"; done
    local deadline=$((SECONDS + WAIT))
    until healthy; do
        ((SECONDS < deadline)) || { status >&2 || true; die "not healthy after ${WAIT}s (logs in $DIR)"; }
        sleep 0.2
    done
    echo "standalone up: master 127.0.0.1:$MASTER (unix $DIR/redis.sock), replica $REPLICA," \
        "second $SECOND, password $LOCKED, sentinels ${SENTINELS// /,}"
}

status() {
    local port
    for port in $SERVERS $SENTINELS; do
        if proc_pid "$port" >/dev/null; then
            echo "$port pid $(proc_pid "$port") $(cli "$port" info server 2>/dev/null | tr -d '\r' | grep '^redis_mode:')" \
                "$(cli "$port" info replication 2>/dev/null | tr -d '\r' | grep '^role:')"
        else
            echo "$port down"
        fi
    done
    healthy && echo "healthy" || { echo "not healthy"; return 1; }
}

case ${1:-} in
    start | restart) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
