#!/usr/bin/env bash
# Cold start to the sign-in window: from exec of mws-workstation until its main window is
# shown ("main window shown" in its log), the program starting its private PostgreSQL
# cluster itself (stopped before each run). Run under a display, e.g.:
#   xvfb-run -a -s '-screen 0 1280x800x24' tests/bench/cold_start.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app="${MWS_BUILD_DIR:-$root/build}/workstation/app/mws-workstation"
mws="${MWS_BUILD_DIR:-$root/build}/workstation/cli/mws"
runs="${1:-10}"
dir=$(mktemp -d /tmp/mws-coldstart-XXXXXX); chmod 755 "$dir"
trap 'rm -rf "$dir"' EXIT
"$mws" --cluster-dir "$dir/cluster" db migrate >/dev/null   # made once, stopped again
times=()
for i in $(seq 1 "$runs"); do
  log="$dir/run.log"; : > "$log"
  start=$(date +%s%N)
  "$app" --cluster-dir "$dir/cluster" 2>"$log" &
  pid=$!
  until grep -q "main window shown" "$log"; do
    kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.002
  done
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  kill $pid; wait $pid 2>/dev/null || true
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
max=$(echo "$sorted" | tail -1)
printf '| measure | runs | median ms | max ms | target |\n|---|---|---|---|---|\n'
printf '| cold start to sign-in window (private cluster started) | %s | %s | %s | <= 1000 ms |\n' \
  "$runs" "$median" "$max"
