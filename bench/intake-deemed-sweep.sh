#!/usr/bin/env bash
# Issue 8 benchmark: a deemed-consent sweep (超时默认) over N due joint tasks (default 10,000) with
# two intake instances on one store. Starts its own embedded store and Redis (devstack) on
# non-default ports, a JWKS stand-in for Keycloak, and two intake jars (ports 18182/18183); one
# generates joint cases whose tasks are past due, then both sweep at once. Prints the time taken
# and the counts (exactly N deemed approvals, none twice). Leaves nothing running; scratch data
# goes to a temporary directory that is removed afterwards. A running ./platform is not touched.
#
#   bench/intake-deemed-sweep.sh [TASKS]
# Ports (store 27217, Redis 6579, intake 18182/18183) move by PLATFORM_PORT_OFFSET.
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT="$BENCH_ROOT"
TASKS="${1:-10000}"
bench_jdk
cd "$ROOT"
WORK="$(mktemp -d /tmp/intake-deemed-sweep.XXXXXX)"
bench_on_exit 'rm -rf "$WORK"'
PORTS=("$(bench_port 27217)" "$(bench_port 6579)" "$(bench_port 18182)" "$(bench_port 18183)")
bench_require_free_ports "${PORTS[@]}"
bench_mvn -pl intake -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
# The case generator is in the development module, which the intake jars get on their class path (LOADER_PATH).
bench_mvn -pl devprofile -am package -DskipTests
[[ -f devstack/target/devstack-0.1.0-exec.jar ]] || bench_mvn -pl devstack -am package -DskipTests
# Run from copies, so a rebuild by someone else during the run changes nothing.
cp intake/target/intake-0.1.0.jar "$WORK/intake.jar"
cp devstack/target/devstack-0.1.0-exec.jar "$WORK/devstack.jar"
cp devprofile/target/devprofile-0.1.0.jar "$WORK/devprofile.jar"
CP="intake/target/test-classes:intake/target/classes:$(cat intake/target/bench.classpath)"
bench_begin "Intake deemed-consent sweep over $TASKS due tasks, two instances (issue 8)" "$@"
bench_watch $$
set +e
LOADER_PATH="$WORK/devprofile.jar" "$JAVA" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -DmongoPort="${PORTS[0]}" -DredisPort="${PORTS[1]}" \
  -DportA="${PORTS[2]}" -DportB="${PORTS[3]}" -cp "$CP" \
  cn.gov.platform.intake.bench.DeemedSweepBenchmark "$WORK/intake.jar" "$WORK/devstack.jar" "$TASKS" "$WORK" >"$WORK/out.txt" 2>&1
status=$?
set -e
OUT="$(grep -v -E "^(SLF4J|[0-9:. ]+ \[|WARNING)" "$WORK/out.txt")"
echo "$OUT"
if [[ "$status" != 0 ]]; then
  mkdir -p /tmp/intake-deemed-sweep-logs && cp "$WORK"/*.log /tmp/intake-deemed-sweep-logs/
  echo "benchmark failed; process logs copied to /tmp/intake-deemed-sweep-logs"; exit 1
fi
bench_figure ""
bench_figure '```'
while IFS= read -r line; do bench_figure "$line"; done <<<"$OUT"
bench_figure '```'
bench_end
