#!/usr/bin/env bash
# Issue 8 benchmark: the county supervisor's figures (GET /api/intake/supervision/figures) at
# 10,000 and at 100,000 cases, in one run, and how p99 grows (target: at most 2x). Starts its own
# embedded store and Redis (devstack) and an intake jar on non-default ports, with a WireMock
# standing in for Keycloak's keys and identity's staff check; cases come from the generator
# endpoint that platform.bench.enabled turns on. Leaves nothing behind but a scratch directory.
#
#   bench/intake-supervision.sh [REQUESTS_PER_SIZE]
# Ports: MONGO_PORT (27117), REDIS_PORT (6479), INTAKE_PORT (18182), each moved by PLATFORM_PORT_OFFSET.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT="$BENCH_ROOT"
REQUESTS="${1:-400}"
MONGO_PORT="${MONGO_PORT:-$(bench_port 27117)}"
REDIS_PORT="${REDIS_PORT:-$(bench_port 6479)}"
INTAKE_PORT="${INTAKE_PORT:-$(bench_port 18182)}"
BUILD_DIR="${BUILD_DIR:-target-bench}"
bench_jdk
cd "$ROOT"
SCRATCH="$(mktemp -d /tmp/intake-supervision-bench.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${PIDS[@]}" 2>/dev/null || true
  rm -rf "$SCRATCH"
}
bench_on_exit cleanup

# The generator is in the development module, which the intake jar gets on its class path (LOADER_PATH).
bench_mvn -pl intake,devprofile -am -Dbuild.dir="$BUILD_DIR" package -DskipTests
bench_mvn -pl intake -am -Dbuild.dir="$BUILD_DIR" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BUILD_DIR/bench.classpath" -Dmdep.includeScope=test
DEVSTACK="$(ls devstack/target/devstack-*-exec.jar | head -1)"
JAR="$(ls intake/"$BUILD_DIR"/intake-*.jar | grep -v original | head -1)"
CP="intake/$BUILD_DIR/test-classes:intake/$BUILD_DIR/classes:$(cat intake/"$BUILD_DIR"/bench.classpath)"

bench_require_free_ports "$MONGO_PORT" "$REDIS_PORT" "$INTAKE_PORT"
bench_begin "Intake supervision: the supervisor's figures at 10,000 and 100,000 cases (issue 8)" "$@"
bench_watch $$
mkdir -p "$SCRATCH/mongo" "$SCRATCH/redis"
"$JAVA" -XX:+UseSerialGC -Xms64m -Xmx3g -jar "$DEVSTACK" mongo "$MONGO_PORT" "$SCRATCH/mongo/store.mv" \
  >"$SCRATCH/mongo.log" 2>&1 & PIDS+=($!)
"$JAVA" -XX:+UseSerialGC -Xmx256m -jar "$DEVSTACK" redis "$REDIS_PORT" "$SCRATCH/redis" \
  >"$SCRATCH/redis.log" 2>&1 & PIDS+=($!)
for p in "$MONGO_PORT" "$REDIS_PORT"; do
  for _ in $(seq 60); do bench_port_open "$p" && break; sleep 1; done
done

set +e
LOADER_PATH="$ROOT/devprofile/$BUILD_DIR/devprofile-0.1.0.jar" "$JAVA" -Djar="$JAR" -Dport="$INTAKE_PORT" -DmongoPort="$MONGO_PORT" -DredisPort="$REDIS_PORT" \
  -Drequests="$REQUESTS" -Dlog="$SCRATCH/intake.log" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" \
  cn.gov.platform.intake.bench.SupervisionBenchmark >"$SCRATCH/out.txt" 2>&1
status=$?
set -e
OUT="$(grep -v -E "^(SLF4J|[0-9:. ]+ \[|WARNING)" "$SCRATCH/out.txt")"
echo "$OUT"
(( status == 0 )) || { echo "failed; intake log tail:"; tail -20 "$SCRATCH/intake.log"; exit 1; }
bench_figure ""
bench_figure '```'
while IFS= read -r line; do bench_figure "$line"; done <<<"$OUT"
bench_figure '```'
bench_end
