#!/usr/bin/env bash
# Start-up, measured N times: benchmarks/startup.sh [N (default 10)] [load.sh options, e.g. --plain-jar or --jar X]
#
# Each start is one `benchmarks/load.sh --no-build --rates ""` (launch → first 200 answer, the first requests,
# the heap after a full GC; the schema dropped and made again each time, so every start migrates an empty
# schema, as a fresh machine does). Every start's own output is printed, then min, median and max, so a
# figure in docs/benchmarks.md can be checked against the lines it came from. Loopback only, as load.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-10}
[ $# -gt 0 ] && shift
TIMES=()
for i in $(seq 1 "$N"); do
  echo "--- start $i of $N, $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  # Captured, then printed: tee to /dev/stderr would reopen a redirected output file and truncate it each start.
  OUT=$(benchmarks/load.sh --no-build --rates "" "$@" 2>&1 || true)
  echo "$OUT"
  LINE=$(echo "$OUT" | grep '^start-up:' || true)
  MS=$(echo "$LINE" | sed -n 's/^start-up: first 200 answer \([0-9]*\) ms.*/\1/p')
  [ -n "$MS" ] || { echo "start $i gave no start-up line" >&2; exit 1; }
  TIMES+=("$MS")
done 2>&1
SORTED=$(printf '%s\n' "${TIMES[@]}" | sort -n)
MEDIAN=$(echo "$SORTED" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "first 200 answer over $N starts (ms): $(echo "$SORTED" | tr '\n' ' ')"
echo "min $(echo "$SORTED" | head -1) ms, median $MEDIAN ms, max $(echo "$SORTED" | tail -1) ms"
