#!/usr/bin/env bash
# Issue 4 benchmark: submitting a case with three materials given by e-certificate reference,
# 20 concurrent, through the gateway (and directly to intake), against a raw MongoDB driver
# insert of the same document on the same store, in one run. Needs the platform running
# (./platform up) with the current intake jar. Prints its figures; nothing is written anywhere
# except the cases it submits (demo users) and a scratch collection it drops again.
#
#   bench/intake-submit.sh [SECONDS] [CONCURRENCY]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECONDS_PER_PHASE="${1:-20}"
CONCURRENCY="${2:-20}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
cd "$ROOT"
./mvnw -B -q -o -pl intake test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test >/dev/null
CP="intake/target/test-classes:intake/target/classes:$(cat intake/target/bench.classpath)"
echo "intake submit benchmark: ${SECONDS_PER_PHASE}s per phase, ${CONCURRENCY} concurrent, $(date -u +%FT%TZ)"
"$JAVA_HOME/bin/java" -Dseconds="$SECONDS_PER_PHASE" -Dconcurrency="$CONCURRENCY" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" cn.gov.platform.intake.bench.SubmitBenchmark 2>&1 \
  | grep -v -E "^(SLF4J|[0-9:. ]+ \[|WARNING)"
