#!/usr/bin/env bash
# Issue 8 benchmark: the county supervisor's figures (GET /api/intake/supervision/figures) at
# 10,000 and at 100,000 cases, in one run, and how p99 grows (target: at most 2x). Starts its own
# embedded store and Redis (devstack) and an intake jar on non-default ports, with a WireMock
# standing in for Keycloak's keys and identity's staff check; cases come from the generator
# endpoint that platform.bench.enabled turns on. Leaves nothing behind but a scratch directory.
#
#   bench/intake-supervision.sh [REQUESTS_PER_SIZE]
# Ports: MONGO_PORT (27117), REDIS_PORT (6479), INTAKE_PORT (18182).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REQUESTS="${1:-400}"
MONGO_PORT="${MONGO_PORT:-27117}"
REDIS_PORT="${REDIS_PORT:-6479}"
INTAKE_PORT="${INTAKE_PORT:-18182}"
BUILD_DIR="${BUILD_DIR:-target-bench}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
SCRATCH="$(mktemp -d /tmp/intake-supervision-bench.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

# The generator is in the development module, which the intake jar gets on its class path (LOADER_PATH).
./mvnw -B -q -o -pl intake,devprofile -am -Dbuild.dir="$BUILD_DIR" package -DskipTests >/dev/null
./mvnw -B -q -o -pl intake -Dbuild.dir="$BUILD_DIR" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BUILD_DIR/bench.classpath" -Dmdep.includeScope=test >/dev/null
DEVSTACK="$(ls devstack/target/devstack-*-exec.jar | head -1)"
JAR="$(ls intake/"$BUILD_DIR"/intake-*.jar | grep -v original | head -1)"
CP="intake/$BUILD_DIR/test-classes:intake/$BUILD_DIR/classes:$(cat intake/"$BUILD_DIR"/bench.classpath)"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$MONGO_PORT" "$REDIS_PORT" "$INTAKE_PORT"; do
  if port_open "$p"; then echo "port $p is taken; set MONGO_PORT/REDIS_PORT/INTAKE_PORT" >&2; exit 1; fi
done
mkdir -p "$SCRATCH/mongo" "$SCRATCH/redis"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xms64m -Xmx3g -jar "$DEVSTACK" mongo "$MONGO_PORT" "$SCRATCH/mongo/store.mv" \
  >"$SCRATCH/mongo.log" 2>&1 & PIDS+=($!)
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx256m -jar "$DEVSTACK" redis "$REDIS_PORT" "$SCRATCH/redis" \
  >"$SCRATCH/redis.log" 2>&1 & PIDS+=($!)
for p in "$MONGO_PORT" "$REDIS_PORT"; do
  for _ in $(seq 60); do port_open "$p" && break; sleep 1; done
done

echo "intake supervision benchmark, $(date -u +%FT%TZ), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
LOADER_PATH="$ROOT/devprofile/$BUILD_DIR/devprofile-0.1.0.jar" "$JAVA_HOME/bin/java" -Djar="$JAR" -Dport="$INTAKE_PORT" -DmongoPort="$MONGO_PORT" -DredisPort="$REDIS_PORT" \
  -Drequests="$REQUESTS" -Dlog="$SCRATCH/intake.log" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
  cn.gov.platform.intake.bench.SupervisionBenchmark 2>&1 | grep -v -E "^(SLF4J|[0-9:. ]+ \[|WARNING)" \
  || { echo "failed; intake log tail:"; tail -20 "$SCRATCH/intake.log"; exit 1; }
