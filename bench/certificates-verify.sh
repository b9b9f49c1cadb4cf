#!/usr/bin/env bash
# Certificate verification by QR payload (issue 5): verifications/s at 50 concurrent connections,
# through the gateway and directly at the service, against the single-thread raw signature
# verification rate of the same algorithm in one JVM (a timed loop, RawVerifyBenchmark).
# Target: HTTP >= 40% of twice the single-thread raw rate.
# Needs the platform running (./platform up) and the certificates module compiled
# (./mvnw -o -pl certificates test-compile). Usage: bench/certificates-verify.sh [seconds]
set -euo pipefail
DURATION="${1:-20}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
KEYCLOAK="${KEYCLOAK:-http://localhost:8180}"
SERVICE_URL="${CERTIFICATES:-http://localhost:8083}"
GATEWAY="${GATEWAY:-http://localhost:8080}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

token() { curl -fsS "$KEYCLOAK/realms/gov/protocol/openid-connect/token" "$@" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'; }
SERVICE=$(token -d grant_type=client_credentials -d client_id=svc-intake -d client_secret=local-intake-secret)

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
  "$SERVICE_URL/api/certificates/internal/certificates" \
  | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["qr"], safe=""))')
PATH_QR="/api/certificates/verify?qr=$QR"
curl -fsS -o /dev/null "$SERVICE_URL$PATH_QR"

cd "$ROOT"
CP_FILE=$(mktemp)
JAVA_HOME="$JAVA_HOME" ./mvnw -B -q -o -pl certificates dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$CP_FILE" >/dev/null 2>&1
RAW=$("$JAVA_HOME/bin/java" -cp "certificates/target/classes:certificates/target/test-classes:$(cat "$CP_FILE")" \
  cn.gov.platform.certificates.bench.RawVerifyBenchmark 5 SM2_SM3)
rm -f "$CP_FILE"
RAW_RATE=$(awk '/^raw_/ {print $2}' <<<"$RAW")
INPROC_RATE=$(awk '/^in-process/ {print $2}' <<<"$RAW")

run() { # name url
  local out; out=$(wrk -t2 -c50 -d"${DURATION}s" --latency "$2")
  local rps p50 p99 bad
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  python3 -c 'import sys; n,rps,p50,p99,bad,raw=sys.argv[1:]; r=float(rps); t=0.4*2*float(raw); v="MET" if r>=t else "NOT met"; print(f"{n:<34} {r:>9.1f} verif/s   p50 {p50:>9}   p99 {p99:>9}   non-2xx {bad:>7}   target {t:.0f}/s {v}")' \
    "$1" "$rps" "$p50" "$p99" "$bad" "$RAW_RATE"
}

echo "certificate verification by QR, ${DURATION}s each, 50 connections, 2 threads"
printf '%-34s %9.1f ops/s\n' "raw SM2/SM3 verify (1 thread)" "$RAW_RATE"
printf '%-34s %9.1f ops/s   (QR signature + SM3 hash + certificate signature, no store)\n' "in-process QR check (1 thread)" "$INPROC_RATE"
run "HTTP direct to certificates" "$SERVICE_URL$PATH_QR"
run "HTTP through the gateway" "$GATEWAY$PATH_QR"
echo "(through the gateway, anonymous callers are rate-limited per IP: 429s count as non-2xx)"
