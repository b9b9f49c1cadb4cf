#!/usr/bin/env bash
# Issue 4 benchmark: submitting a case with three materials given by e-certificate reference,
# CONCURRENCY concurrent, through the gateway (and directly to intake), against a raw MongoDB driver
# insert of the same document on the same store, in one run (SubmitBenchmark). Needs the platform
# running (./platform up) with the current intake jar. The gateway's per-user limit is raised for
# the run (the script's three applicants would hit it) and restored after. Nothing is written
# anywhere except the cases it submits (demo users) and a scratch collection it drops again.
#
#   bench/intake-submit.sh [SECONDS] [CONCURRENCY]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SECONDS_PER_PHASE="${1:-20}"
CONCURRENCY="${2:-20}"
bench_jdk
bench_require_up "$INTAKE/actuator/health/readiness" "intake"
cd "$BENCH_ROOT"
bench_mvn -pl intake -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test
CP="intake/target/test-classes:intake/target/classes:$(cat intake/target/bench.classpath)"

bench_raise_gateway_limits
bench_begin "Intake: case submission (issue 4)" "$@"
echo "${SECONDS_PER_PHASE}s per phase, ${CONCURRENCY} concurrent"
set +e
OUT="$("$JAVA" -Dseconds="$SECONDS_PER_PHASE" -Dconcurrency="$CONCURRENCY" \
  -Dgateway="$GATEWAY" -Ddirect="$INTAKE" -Dkeycloak="$KEYCLOAK" -Dmongo="$MONGO_URI" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" cn.gov.platform.intake.bench.SubmitBenchmark 2>&1)"
status=$?
set -e
OUT="$(grep -v -E "^(SLF4J|[0-9:. ]+ \[|WARNING)" <<<"$OUT")"
echo "$OUT"
bench_figure ""
bench_figure '```'
while IFS= read -r line; do bench_figure "$line"; done <<<"$OUT"
bench_figure '```'
(( status == 0 )) || bench_die "SubmitBenchmark failed"
[[ -z "$(bench_load_warning)" ]] || echo "$(bench_load_warning)"
bench_end
