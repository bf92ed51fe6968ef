#!/usr/bin/env bash
# HTTP load on the packaged service, loopback only, bounded in time; see docs/benchmarks.md.
#
#   benchmarks/load.sh [--no-build] [--plain-jar | --jar rules-service/target/rules-service-exec.jar]
#                      [--rates "1000 2500 5000 7500"] [--seconds 20] [--warmup 5] [--jit-warmup 60]
#                      [--connections 64]
#
# Builds the jars (unless --no-build), starts the service on 127.0.0.1:$PORT with PostgreSQL in a schema of
# its own (nanumteo_bench, dropped first) — as README runs it, through rules-service/run.sh (extracted jar
# and class-data-sharing archive, prepared before the clock starts), or with `java -jar` for --plain-jar
# and --jar (any earlier build) — measures start-up (launch → first 200 answer), the
# first requests, and the heap after start (after a full GC, by jcmd); then, for each rate, an open-loop
# load of --seconds (after 5 s of warm-up at that rate) against POST /api/v1/eligibility/dual-income.
# Afterwards it checks in PostgreSQL that every 200 answer's decisionId is in the decision log, stops the
# service and prints a summary. Nothing is sent anywhere but 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1
PLAIN=0
WARMUP=5
JIT_WARMUP=60
JAR=rules-service/target/rules-service-exec.jar
RATES="1000 2500 5000 7500"
SECONDS_PER_RATE=20
CONNECTIONS=64
PORT=${PORT:-18080}
SCHEMA=${SCHEMA:-nanumteo_bench}
JAVA_OPTS=${JAVA_OPTS:-}
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --jar) JAR="$2"; BUILD=0; PLAIN=1; shift 2 ;;
    --plain-jar) PLAIN=1; shift ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --jit-warmup) JIT_WARMUP="$2"; shift 2 ;;
    --rates) RATES="$2"; shift 2 ;;
    --seconds) SECONDS_PER_RATE="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

OUT=${OUT:-benchmarks/target/load}
mkdir -p "$OUT"
IDS="$OUT/decision-ids.txt"
: > "$IDS"
URL="http://127.0.0.1:$PORT/api/v1/eligibility/dual-income"
PSQL=(psql -h 127.0.0.1 -U postgres -d postgres -q -t -A -v ON_ERROR_STOP=1)

if [ "$BUILD" = 1 ]; then
  ./mvnw -q -B -DskipTests package
fi

echo "service: $JAR"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other builds may share the cores)"
"${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade"

# The intake account, with a password made for this run (the service requires HTTP Basic).
BENCH_PASSWORD="bench-$(date +%s%N)"
AUTH="Basic $(printf 'intake:%s' "$BENCH_PASSWORD" | base64 -w0)"

# The schema is one setting (NANUMTEO_DB_SCHEMA), for the service's connections and Flyway alike. Builds
# before it (--jar) read the schema from the URL and spring.flyway.schemas instead; the same schema named
# there too is accepted by the later builds, which refuse only a schema that differs.
export NANUMTEO_DB_SCHEMA="$SCHEMA"
SERVICE_ARGS=(--server.address=127.0.0.1 --server.port="$PORT"
  "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA"
  "--spring.flyway.schemas=$SCHEMA" "--nanumteo.security.users.intake.password=$BENCH_PASSWORD")
if [ "$PLAIN" = 1 ]; then
  LAUNCH=(java $JAVA_OPTS -jar "$JAR")
  echo "launch: java -jar $JAR"
else
  # Extracting and the archive are made once per build, before the clock starts, as a real start finds them.
  rules-service/run.sh --no-build --prepare-only "${SERVICE_ARGS[@]}"
  LAUNCH=(rules-service/run.sh --no-build)
  echo "launch: rules-service/run.sh (extracted jar, class-data-sharing archive)"
fi
START_NS=$(date +%s%N)
JAVA_OPTS="$JAVA_OPTS" "${LAUNCH[@]}" "${SERVICE_ARGS[@]}" > "$OUT/service.log" 2>&1 &
PID=$!
stop() { kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true; }
trap stop EXIT

BODY=$(cat <<'JSON'
{"applicationId":"bench-first","asOf":"2024-03-04","singleParent":false,"guardians":[
 {"relation":"MOTHER","activity":"EMPLOYED","dailyHours":8,"monthlyDays":21,"shift":"DAY","documents":["EMPLOYMENT_CERTIFICATE"]},
 {"relation":"FATHER","activity":"EMPLOYED","dailyHours":5,"monthlyDays":22,"shift":"EVENING","documents":[]}]}
JSON
)
post() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$URL" -H "Authorization: $AUTH" -H 'Content-Type: application/json' -d "$BODY"; }

# Start-up: launch → the first 200 answer from the endpoint (polled every 20 ms, at most 60 s).
FIRST=""
for _ in $(seq 1 3000); do
  if ! kill -0 "$PID" 2>/dev/null; then echo "the service stopped; see $OUT/service.log" >&2; exit 1; fi
  FIRST=$(post 2>/dev/null || true)
  case "$FIRST" in 200*) break ;; esac
  sleep 0.02
done
READY_NS=$(date +%s%N)
case "$FIRST" in 200*) ;; *) echo "no 200 answer within 60 s; see $OUT/service.log" >&2; exit 1 ;; esac
STARTUP_MS=$(( (READY_NS - START_NS) / 1000000 ))
echo "start-up: first 200 answer ${STARTUP_MS} ms after launch ($(grep -o 'Started Application in [0-9.]* seconds[^)]*)' "$OUT/service.log" || true)); $(grep -o 'rule packs warmed in [0-9]* ms' "$OUT/service.log" || true); $(grep -o '[0-9]* rule packs compiled[^)]*)\?\( in [0-9]* ms\)\?' "$OUT/service.log" || true)"
FIRSTS="first request ${FIRST#200 }s"
for i in 2 3 4 5; do FIRSTS="$FIRSTS, #$i $(post | cut -d' ' -f2)s"; done
echo "first requests (curl, new connection each): $FIRSTS"

jcmd "$PID" GC.run > /dev/null
sleep 0.5
HEAP=$(jcmd "$PID" GC.heap_info)
echo "heap after start and a full GC (jcmd GC.heap_info): $(echo "$HEAP" | grep -m1 -o 'total [0-9]*K, used [0-9]*K')"
echo "$HEAP" > "$OUT/heap-after-start.txt"

CLIENT=(java -Xms256m -Xmx256m -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar kr.nanumteo.rules.bench.LoadClient)
# CPU seconds (user + system) a process has used, from /proc: the service's own, and all of PostgreSQL's
# (which other engineers' tests may share).
cpu_of() { awk '{ s += $14 + $15 } END { printf "%.2f", s / '"$(getconf CLK_TCK)"' }' "$@" 2>/dev/null; }
pg_cpu() { cpu_of $(for p in $(pgrep -u postgres); do echo /proc/$p/stat; done); }
# JIT warm-up before any measured rate: on two cores the JIT compilers need about a minute of traffic
# (some 18,000 methods, 100 s of compiler CPU), and a rate measured while they work measures them.
if [ -n "$RATES" ] && [ "$JIT_WARMUP" != 0 ]; then
  echo "JIT warm-up: ${JIT_WARMUP} s at 1000/s (not measured)"
  "${CLIENT[@]}" --url "$URL" --rate 1000 --seconds "$JIT_WARMUP" --warmup 0 --connections "$CONNECTIONS" --ids "$IDS" --authorization "$AUTH" \
    | sed 's/^/  /' | grep -v '^  *$' | sed 's/measured/warm-up only/'
fi
for RATE in $RATES; do
  echo "load: $RATE/s for ${SECONDS_PER_RATE} s after ${WARMUP} s warm-up, $CONNECTIONS connections, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  S0=$(cpu_of /proc/$PID/stat); P0=$(pg_cpu); N0=$(wc -l < "$IDS")
  "${CLIENT[@]}" --url "$URL" --rate "$RATE" --seconds "$SECONDS_PER_RATE" --warmup "$WARMUP" --connections "$CONNECTIONS" --ids "$IDS" --authorization "$AUTH" \
    | sed 's/^/  /'
  S1=$(cpu_of /proc/$PID/stat); P1=$(pg_cpu); N1=$(wc -l < "$IDS")
  awk -v s="$(echo "$S1 - $S0" | bc)" -v p="$(echo "$P1 - $P0" | bc)" -v n="$((N1 - N0))" 'BEGIN {
    if (n > 0) printf "  CPU per answered request (warm-up included): service %.0f us, PostgreSQL %.0f us (%d answers)\n", s * 1e6 / n, p * 1e6 / n, n }'
done

# Every 200 answer is in the decision log: the ids the client received, against the table.
OK_ANSWERS=$(wc -l < "$IDS")
ROWS=$("${PSQL[@]}" -c "select count(*) from $SCHEMA.decision")
"${PSQL[@]}" -c "create table $SCHEMA.bench_answered (id uuid)"
"${PSQL[@]}" -c "\\copy $SCHEMA.bench_answered from '$IDS'"
MISSING=$("${PSQL[@]}" -c "select count(*) from $SCHEMA.bench_answered a where not exists (select 1 from $SCHEMA.decision d where d.id = a.id)")
echo "decision log: $ROWS rows; the load client got $OK_ANSWERS answers with 200 (plus 5 from curl above); answered but not recorded: $MISSING"
[ "$MISSING" = 0 ] || { echo "RECORDING GUARANTEE BROKEN: $MISSING answered decisions are not in the log" >&2; exit 1; }
