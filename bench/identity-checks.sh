#!/usr/bin/env bash
# Mandate check and staff-authority check of the identity service: throughput and p99 at
# 50 concurrent connections, and the Redis cache hit rate over the run; for comparison, a public
# division lookup through the gateway, with the gateway's per-address limit raised for the run.
# Needs the platform running (./platform up). Usage: bench/identity-checks.sh [seconds]
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BENCH_DURATION="${1:-20}"
bench_need_wrk
bench_require_up "$IDENTITY/actuator/health/readiness" "identity"

SERVICE=$(bench_service_token svc-intake local-intake-secret)
AGENT=$(bench_subject "$(bench_user_token demo-agent)")
CITIZEN=$(bench_subject "$(bench_user_token demo-citizen)")
CLERK=$(bench_subject "$(bench_user_token demo-township-clerk)")

cache_counts() { # prints "hits misses" for one check
  curl -fsS "$IDENTITY/actuator/prometheus" | python3 -c '
import sys
check=sys.argv[1]; h=m=0.0
for line in sys.stdin:
    if line.startswith("identity_checks_cache_total") and "check=\"%s\"" % check in line:
        v=float(line.rsplit(" ",1)[1])
        if "outcome=\"hit\"" in line: h+=v
        else: m+=v
print(int(h), int(m))' "$1"
}

run() { # name check url
  local name="$1" check="$2" url="$3" h0 m0 h1 m1
  read -r h0 m0 < <(cache_counts "$check")
  # Warm-up so that the steady state is measured, as other services see it.
  curl -fsS -o /dev/null -H "Authorization: Bearer $SERVICE" "$url"
  bench_wrk "$name" -H "Authorization: Bearer $SERVICE" "$url"
  read -r h1 m1 < <(cache_counts "$check")
  local rate; rate=$(awk -v h=$((h1 - h0)) -v m=$((m1 - m0)) 'BEGIN { printf "%.2f%% (%d hits, %d misses)", 100 * h / ((h + m) > 0 ? h + m : 1), h, m }')
  echo "  cache hit rate $rate"
  bench_figure "| ($name: cache hit rate $rate) | | | | | |"
}

bench_raise_gateway_limits
bench_begin "Identity checks (issue 3)" "$@"
echo "identity checks, ${BENCH_DURATION}s each, $BENCH_CONNECTIONS connections, 2 threads"
run "mandate check (direct)" mandate \
  "$IDENTITY/api/identity/internal/mandates/check?actor=$AGENT&principal=$CITIZEN&item=elderly-allowance"
run "staff check (direct)" staff \
  "$IDENTITY/api/identity/internal/staff/check?staff=$CLERK&role=clerk&department=yuhai-town-service-center&division=640324100201"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SERVICE" \
  "$GATEWAY/api/identity/internal/mandates/check?actor=$AGENT&principal=$CITIZEN&item=elderly-allowance")
bench_note "Through the gateway, internal paths are refused by design (HTTP $status); measured instead: the public division lookup."
bench_wrk "division within (gateway)" "$GATEWAY/api/identity/divisions/640324100201/within/640324000000"
bench_end
