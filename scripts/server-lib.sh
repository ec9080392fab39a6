# Sourced by scripts/cluster.sh and scripts/standalone.sh: what stopping local servers needs.

# Waits up to 5 s for the processes $@ (already asked to shut down) to be gone, then kills
# what is left. A zombie counts as gone: its parent may not reap it while we wait.
wait_gone_or_kill() {
    local pid alive
    for _ in $(seq 50); do
        alive=0
        for pid in "$@"; do
            [[ -e /proc/$pid ]] && ! grep -q '^State:.*Z' "/proc/$pid/status" 2>/dev/null && alive=1
        done
        ((alive)) || break
        sleep 0.1
    done
    for pid in "$@"; do kill -9 "$pid" 2>/dev/null || true; done
}
