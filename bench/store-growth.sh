#!/usr/bin/env bash
# Issue 21 point 4: does the embedded store's cost grow with the data? Fills intake's cases
# collection (its real indexes) in the devstack store to each N in turn (default 10,000 and
# 100,000) and times filing (insert + load + compare-and-set save), the staff queue query and the
# deemed-consent sweep query over the wire with the official driver; prints p50/p99 per N, the
# documents each operation read on the server, and the growth ratio. Starts its own store (the
# devstack exec jar, H2 file in a temporary directory) on a free port; a running ./platform is not
# touched. Run it alone on a quiet machine: figures taken while something else builds mean little.
#
#   bench/store-growth.sh [N ...]
#   BENCH_FILINGS=1000 BENCH_QUERIES=300 BENCH_WARMUP=200 MONGO_HEAP=3g bench/store-growth.sh 10000 100000
#   DEVSTACK_JAR=/tmp/devstack-before.jar bench/store-growth.sh 10000   (another build of the store, for an A/B)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ROOT="$BENCH_ROOT"
bench_jdk
cd "$ROOT"
WORK="$(mktemp -d /tmp/store-growth.XXXXXX)"
bench_on_exit 'rm -rf "$WORK"'
bench_mvn -pl devstack -am package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
# Run from a copy, so a rebuild by someone else during the run changes nothing.
cp "${DEVSTACK_JAR:-devstack/target/devstack-0.1.0-exec.jar}" "$WORK/devstack.jar"
CP="devstack/target/test-classes:devstack/target/classes:$(cat devstack/target/bench.classpath)"
bench_begin "Store growth: filing, staff queue and deemed-consent sweep at N = ${*:-10000 100000} (issue 21)" "$@"
bench_watch $$
set +e
"$JAVA" -XX:+UseSerialGC -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dlogback.configurationFile=devstack-logback.xml \
  -Dbench.filings="${BENCH_FILINGS:-1000}" -Dbench.queries="${BENCH_QUERIES:-300}" \
  -Dbench.warmup="${BENCH_WARMUP:-200}" -Dbench.heap="${MONGO_HEAP:-3g}" \
  -cp "$CP" cn.gov.platform.devstack.bench.StoreGrowthBenchmark "$WORK/devstack.jar" "$WORK" "$@" >"$WORK/out.txt" 2>&1
status=$?
set -e
OUT="$(grep -v -E "^(SLF4J|[0-9:., -]+(INFO|DEBUG)|WARNING)" "$WORK/out.txt")"
echo "$OUT"
if [[ "$status" != 0 ]]; then
  mkdir -p /tmp/store-growth-logs && cp "$WORK"/store.log /tmp/store-growth-logs/ 2>/dev/null || true
  echo "benchmark failed; the store's log is in /tmp/store-growth-logs"; exit 1
fi
bench_figure ""
bench_figure '```'
while IFS= read -r line; do bench_figure "$line"; done <<<"$OUT"
bench_figure '```'
bench_end
