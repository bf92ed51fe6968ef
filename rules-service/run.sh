#!/usr/bin/env bash
# Runs the service the way that starts fastest (docs/benchmarks.md, "Start-up"):
#
#   rules-service/run.sh [--no-build] [--prepare-only] [service arguments, e.g. --server.port=9090]
#
# 1. builds the runnable jar (unless --no-build);
# 2. extracts it to rules-service/target/app (Spring Boot's `-Djarmode=tools extract`): classes load from
#    plain jars instead of jars nested in a jar;
# 3. once per build, makes a class-data-sharing archive (rules-service/target/app/service.jsa) from a
#    training start that stops as soon as the service is ready (`spring.context.exit=onRefresh`, on a
#    free port, with the same arguments — so it needs the database the service needs);
# 4. starts the service (`exec java`) with that archive.
#
# JAVA_OPTS is passed to java. If the archive cannot be made, the service starts without it, a second or
# two slower, and says so. `java -jar rules-service/target/rules-service-exec.jar` runs the same service.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1
PREPARE_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --prepare-only) PREPARE_ONLY=1; shift ;;
    *) break ;;
  esac
done
JAVA_OPTS=${JAVA_OPTS:-}
JAR=rules-service/target/rules-service-exec.jar
# Absolute: the archive records the class path it was made with, and is used only with the same one.
APP="$PWD/rules-service/target/app"
ARCHIVE="$APP/service.jsa"

if [ "$BUILD" = 1 ]; then
  ./mvnw -q -B -DskipTests package
fi
if [ ! -f "$JAR" ]; then
  echo "$JAR is missing: build it with ./mvnw -DskipTests package (or run this script without --no-build)" >&2
  exit 1
fi

# .extracted is touched after extracting: the extracted files keep the times recorded in the jar.
if [ ! -f "$APP/.extracted" ] || [ "$JAR" -nt "$APP/.extracted" ]; then
  rm -rf "$APP"
  java -Djarmode=tools -jar "$JAR" extract --destination "$APP" > /dev/null
  touch "$APP/.extracted"
fi

if [ ! -f "$ARCHIVE" ]; then
  echo "run.sh: making the class-data-sharing archive (once per build, 15–20 s)" >&2
  # The JDK here (17.0.15) crashes dumping a dynamic archive (lambda proxies); a static archive from the
  # list of loaded classes, without the lambda-proxy lines, dumps cleanly.
  TRAINING_ARGS=()
  for a in "$@"; do
    case "$a" in --server.port=*) ;; *) TRAINING_ARGS+=("$a") ;; esac
  done
  # shellcheck disable=SC2086
  if java $JAVA_OPTS -XX:DumpLoadedClassList="$APP/classes.lst" -Dspring.context.exit=onRefresh \
        -jar "$APP/rules-service-exec.jar" "${TRAINING_ARGS[@]}" --server.port=0 > "$APP/cds-training.log" 2>&1 \
     && grep -v '^@' "$APP/classes.lst" > "$APP/classes-static.lst" \
     && java -Xshare:dump -XX:SharedClassListFile="$APP/classes-static.lst" -XX:SharedArchiveFile="$ARCHIVE" \
        -jar "$APP/rules-service-exec.jar" > "$APP/cds-dump.log" 2>&1; then
    echo "run.sh: archive ready: $ARCHIVE" >&2
  else
    rm -f "$ARCHIVE"
    echo "run.sh: no class-data-sharing archive (see $APP/cds-training.log, $APP/cds-dump.log); starting without it" >&2
  fi
fi

[ "$PREPARE_ONLY" = 1 ] && exit 0
SHARE=()
[ -f "$ARCHIVE" ] && SHARE=(-XX:SharedArchiveFile="$ARCHIVE")
# shellcheck disable=SC2086
exec java $JAVA_OPTS "${SHARE[@]}" -jar "$APP/rules-service-exec.jar" "$@"
