#!/usr/bin/env bash
# The log as a spreadsheet, timed: benchmarks/csv-export.sh JAR [JAR ...] (each jar in turn, in the order given)
#
# Needs the schema nanumteo_bench as benchmarks/load.sh leaves it (e.g. `benchmarks/load.sh --no-build --plain-jar
# --rates 2000 --seconds 15` writes about 100,000 decisions). Each jar is started on 127.0.0.1:18080 against that
# schema (no load.sh: the schema is kept), asked six times for GET /api/v1/decisions?format=csv with curl, and
# stopped; its last export is kept as target/csv-export-N.csv, so two builds' exports can be compared with diff.
# Loopback only; every start waits at most 90 s, every export at most 120 s.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: benchmarks/csv-export.sh JAR [JAR ...]" >&2; exit 2; }
export NANUMTEO_DB_SCHEMA=nanumteo_bench
PASSWORD="bench-$(date +%s)-auditor"
URL=http://127.0.0.1:18080
mkdir -p target
echo "decisions in nanumteo_bench: $(psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select count(*) from nanumteo_bench.decision')"
n=0
for jar in "$@"; do
  n=$((n + 1))
  java -jar "$jar" --server.address=127.0.0.1 --server.port=18080 \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=nanumteo_bench" \
    --spring.flyway.schemas=nanumteo_bench "--nanumteo.security.users.auditor.password=$PASSWORD" > "target/csv-export-$n.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 90); do
    curl -s -o /dev/null -f -u "auditor:$PASSWORD" "$URL/api/v1/decisions?size=1" && break
    kill -0 $pid 2>/dev/null || { echo "$jar did not start: target/csv-export-$n.log" >&2; exit 1; }
    sleep 1
  done
  echo "--- $n: $jar"
  for i in 1 2 3 4 5 6; do
    curl -s --max-time 120 -u "auditor:$PASSWORD" -o "target/csv-export-$n.csv" \
      -w "  export $i: %{http_code} %{size_download} bytes in %{time_total} s\n" "$URL/api/v1/decisions?format=csv"
  done
  echo "  lines in the export: $(wc -l < "target/csv-export-$n.csv")"
  kill $pid
  wait $pid 2>/dev/null || true
done
