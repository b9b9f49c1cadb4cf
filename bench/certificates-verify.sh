#!/usr/bin/env bash
# Certificate verification by QR payload (issue 5): verifications/s at 50 concurrent connections,
# through the gateway and directly at the service, against the single-thread raw signature
# verification rate of the same algorithm in one JVM (a timed loop, RawVerifyBenchmark).
# Target: HTTP >= 40% of twice the single-thread raw rate. The gateway's anonymous per-address
# limit on verification is raised for the run (it is not what is measured), and restored after.
# Needs the platform running (./platform up) and the certificates module compiled
# (bench_mvn builds it). Usage: bench/certificates-verify.sh [seconds]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BENCH_DURATION="${1:-20}"
bench_jdk
bench_need_wrk
bench_require_up "$CERTIFICATES/actuator/health/readiness" "certificates"
SERVICE=$(bench_service_token svc-intake local-intake-secret)

# One certificate to verify, issued as intake would on approval.
BODY=$(cat <<JSON
{"caseNumber":"BENCH-$(date +%s%N)","typeCode":"food-operation-permit",
 "holder":{"subject":"bench-holder","kind":"enterprise","displayName":"同心县清真食品有限公司","creditCode":"91350100M000100Y43"},
 "issuingDepartment":"county-market-regulation","issuingDivision":"640324000000",
 "fields":{"operatorName":"同心县清真食品有限公司","premises":"同心县豫海镇长征路 12 号","mainForm":"食品销售经营者","operatingItems":"预包装食品销售"},
 "validFrom":"$(TZ=Asia/Shanghai date +%F)"}
JSON
)
QR=$(curl -fsS -H "Authorization: Bearer $SERVICE" -H 'Content-Type: application/json' -d "$BODY" \
  "$CERTIFICATES/api/certificates/internal/certificates" \
  | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["qr"], safe=""))')
PATH_QR="/api/certificates/verify?qr=$QR"
curl -fsS -o /dev/null "$CERTIFICATES$PATH_QR"

bench_raise_gateway_limits
bench_begin "Certificate verification by QR (issue 5)" "$@"

cd "$BENCH_ROOT"
CP_FILE=$(mktemp)
bench_on_exit "rm -f '$CP_FILE'"
bench_mvn -pl certificates -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CP_FILE"
RAW=$("$JAVA" -cp "certificates/target/classes:certificates/target/test-classes:$(cat "$CP_FILE")" \
  cn.gov.platform.certificates.bench.RawVerifyBenchmark 5 SM2_SM3)
RAW_RATE=$(awk '/^raw_/ {print $2}' <<<"$RAW")
INPROC_RATE=$(awk '/^in-process/ {print $2}' <<<"$RAW")
TARGET=$(awk -v r="$RAW_RATE" 'BEGIN { printf "%.0f", 0.4 * 2 * r }')

run() { # label url
  bench_wrk "$1" "$2"
  local verdict; verdict=$(awk -v r="$BENCH_RPS" -v t="$TARGET" 'BEGIN { print (r >= t ? "MET" : "NOT met") }')
  echo "  target $TARGET/s: $verdict"
  bench_figure "| ($1: target $TARGET/s $verdict) | | | | | |"
}

echo "certificate verification by QR, ${BENCH_DURATION}s each, $BENCH_CONNECTIONS connections, 2 threads"
bench_note "$(printf 'raw SM2/SM3 verify (1 thread): %.1f ops/s; in-process QR check (1 thread, QR signature + SM3 hash + certificate signature, no store): %.1f ops/s' "$RAW_RATE" "$INPROC_RATE")"
bench_warm 5 "$CERTIFICATES$PATH_QR"
run "HTTP direct to certificates" "$CERTIFICATES$PATH_QR"
bench_warm 5 "$GATEWAY$PATH_QR"
run "HTTP through the gateway" "$GATEWAY$PATH_QR"
bench_end
