#!/usr/bin/env bash
# A local Redis Cluster on 127.0.0.1 for the tests.
#   scripts/cluster.sh start|stop|status|restart
# RC_PORT_BASE (7000) is the first port, RC_NODES (6) the node count, RC_REPLICAS (1)
# the replicas per master. Data lives in ${TMPDIR:-/tmp}/rediscluster-<base port>.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/server-lib.sh"

BASE=${RC_PORT_BASE:-7000}
NODES=${RC_NODES:-6}
REPLICAS=${RC_REPLICAS:-1}
WAIT=${RC_WAIT_SECONDS:-60}
DIR=${TMPDIR:-/tmp}/rediscluster-$BASE
PORTS=$(seq "$BASE" $((BASE + NODES - 1)))

cli() { redis-cli -h 127.0.0.1 -p "$1" "${@:2}"; }
die() { echo "cluster.sh: $*" >&2; exit 1; }

# The pid of our node on port $1, when it runs.
node_pid() {
    local f=$DIR/$1/redis.pid pid
    [[ -s $f ]] || return 1
    pid=$(<"$f")
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* ]] || return 1
    echo "$pid"
}

stop() {
    local port pid pids=()
    for port in $PORTS; do
        pid=$(node_pid "$port") || continue
        pids+=("$pid")
        cli "$port" shutdown nosave >/dev/null 2>&1 || true
    done
    wait_gone_or_kill ${pids[@]+"${pids[@]}"}
    rm -rf "$DIR"
}

# One line per node as node $1 sees the cluster: address, role, master's address, slots.
# Nodes that agree print the same lines.
view() {
    cli "$1" cluster nodes | awk '
        { id[$1] = $1; addr[$1] = $2; sub(/@.*/, "", addr[$1]); flags[$1] = $3; master[$1] = $4
          s = ""; for (i = 9; i <= NF; i++) s = s " " $i; slots[$1] = s }
        END { for (n in id) {
                role = flags[n] ~ /master/ ? "master" : "replica"
                bad = flags[n] ~ /fail|handshake|noaddr/ ? " BAD" : ""
                m = master[n] in addr ? addr[master[n]] : "-"
                print addr[n], role, m, slots[n], bad } }' | sort
}

# Healthy: every node is up with cluster_state:ok, all print the same view with every
# node in it, every node's CLUSTER SLOTS lists every node, all 16384 slots are assigned,
# and each master has its replicas online.
healthy() {
    local port first="" v masters=0 replicas=0 info
    for port in $PORTS; do
        cli "$port" cluster info 2>/dev/null | grep -q '^cluster_state:ok' || return 1
        v=$(view "$port") || return 1
        [[ $v != *BAD* && $(wc -l <<<"$v") -eq $NODES ]] || return 1
        if [[ -z $first ]]; then first=$v; elif [[ $v != "$first" ]]; then return 1; fi
        # Redis 7 leaves out of CLUSTER SLOTS the replicas it has no replication offset
        # for yet; clients see only what CLUSTER SLOTS shows.
        [[ $(cli "$port" cluster slots | grep -E '^[0-9a-f]{40}$' | sort -u | wc -l) -eq $NODES ]] || return 1
    done
    cli "$BASE" cluster info | grep -q '^cluster_slots_assigned:16384' || return 1
    for port in $PORTS; do
        info=$(cli "$port" info replication | tr -d '\r')
        if grep -q '^role:master' <<<"$info"; then
            masters=$((masters + 1))
            replicas=$((replicas + $(grep -c '^slave[0-9]*:.*state=online' <<<"$info" || true)))
        else
            grep -q '^master_link_status:up' <<<"$info" || return 1
        fi
    done
    ((masters == NODES / (REPLICAS + 1) && replicas == NODES - masters))
}

start() {
    command -v redis-server >/dev/null || die "redis-server not found: run scripts/setup.sh"
    stop
    local port addrs=()
    for port in $PORTS; do
        # Each node also listens on its cluster bus port, port + 10000.
        for p in "$port" $((port + 10000)); do
            (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null &&
                die "port $p is taken by another process; choose other ports with RC_PORT_BASE"
        done
    done
    for port in $PORTS; do
        mkdir -p "$DIR/$port"
        cat >"$DIR/$port/redis.conf" <<CONF
port $port
bind 127.0.0.1
protected-mode no
daemonize yes
dir $DIR/$port
pidfile $DIR/$port/redis.pid
logfile $DIR/$port/redis.log
cluster-enabled yes
cluster-config-file nodes.conf
cluster-node-timeout ${RC_NODE_TIMEOUT:-2000}
appendonly no
save ""
CONF
        redis-server "$DIR/$port/redis.conf"
        addrs+=("127.0.0.1:$port")
    done
    for port in $PORTS; do
        for _ in $(seq 100); do cli "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
        cli "$port" ping >/dev/null 2>&1 || die "node $port did not start; see $DIR/$port/redis.log"
    done
    redis-cli --cluster create "${addrs[@]}" --cluster-replicas "$REPLICAS" --cluster-yes \
        >"$DIR/create.log" 2>&1 || { cat "$DIR/create.log" >&2; die "cluster create failed"; }
    local deadline=$((SECONDS + WAIT))
    until healthy; do
        ((SECONDS < deadline)) || { status >&2 || true; die "cluster not healthy after ${WAIT}s (logs in $DIR)"; }
        sleep 0.2
    done
    echo "cluster up: ${addrs[*]}"
}

status() {
    local port
    for port in $PORTS; do
        if node_pid "$port" >/dev/null; then
            echo "$port pid $(node_pid "$port") $(cli "$port" info replication | tr -d '\r' | grep '^role:') $(cli "$port" cluster info | tr -d '\r' | grep '^cluster_state:')"
        else
            echo "$port down"
        fi
    done
    healthy && echo "healthy" || { echo "not healthy"; return 1; }
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    restart) start ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
