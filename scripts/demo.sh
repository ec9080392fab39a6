#!/usr/bin/env bash
# The main job, shown: sets up everything (Debian packages, the build), starts a local
# cluster (3 masters + 3 replicas on 127.0.0.1), runs an application that builds a new
# RedisCluster per request with redis.clusters.cache_slots=1, replaces one master under it
# by a new node on a new port (the old one shut down and forgotten, as a managed service
# does), and prints the application's requests and the slot cache's counters throughout.
#   RC_DEMO_BASE (7600): the cluster's first port; RC_DEMO_SECONDS (20): how long the app runs
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

base=${RC_DEMO_BASE:-7600}
seconds=${RC_DEMO_SECONDS:-20}
ctl=(php8.2 tests/fault/cluster-ctl.php "--base=$base" --ports=20 --masters=3 --replicas=1)

bash scripts/setup.sh
trap '"${ctl[@]}" stop >/dev/null 2>&1 || true' EXIT
echo "== starting a local cluster"
"${ctl[@]}" start
seeds=$("${ctl[@]}" seeds)

echo "== the application, with the slot cache on"
bash scripts/php.sh -d redis.clusters.cache_slots=1 scripts/demo-app.php "$seeds" "$seconds" &
app=$!
sleep 5
echo "== replacing a master by a new node on a new port (the old one is shut down and forgotten)"
"${ctl[@]}" replace-new-port
echo "== cluster now (as one node sees it):"
"${ctl[@]}" status | awk '/^--- / { n++ } n == 1 && !/^--- / { print "   " $0 }'
wait "$app"
