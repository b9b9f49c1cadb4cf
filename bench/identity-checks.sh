#!/usr/bin/env bash
# Mandate check and staff-authority check of the identity service: throughput and p99 at
# 50 concurrent connections, and the Redis cache hit rate over the run.
# Needs the platform running (./platform up). Usage: bench/identity-checks.sh [seconds]
set -euo pipefail
DURATION="${1:-20}"
KEYCLOAK="${KEYCLOAK:-http://localhost:8180}"
IDENTITY="${IDENTITY:-http://localhost:8081}"
GATEWAY="${GATEWAY:-http://localhost:8080}"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null

token() { curl -fsS "$KEYCLOAK/realms/gov/protocol/openid-connect/token" "$@" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'; }
sub() { python3 -c 'import base64,json,sys; p=sys.argv[1].split(".")[1]; print(json.loads(base64.urlsafe_b64decode(p+"==="))["sub"])' "$1"; }
login() { token -d grant_type=password -d client_id=gov-portal -d username="$1" -d 'password=Demo#2026'; }

SERVICE=$(token -d grant_type=client_credentials -d client_id=svc-intake -d client_secret=local-intake-secret)
AGENT=$(sub "$(login demo-agent)")
CITIZEN=$(sub "$(login demo-citizen)")
CLERK=$(sub "$(login demo-township-clerk)")

cache_counts() { # prints "hits misses" for one check
  curl -fsS "$IDENTITY/actuator/prometheus" | python3 -c '
import re,sys
check=sys.argv[1]; h=m=0.0
for line in sys.stdin:
    if line.startswith("identity_checks_cache_total") and "check=\"%s\"" % check in line:
        v=float(line.rsplit(" ",1)[1])
        if "outcome=\"hit\"" in line: h+=v
        else: m+=v
print(int(h), int(m))' "$1"
}

run() { # name check url
  local name="$1" check="$2" url="$3"
  read -r h0 m0 < <(cache_counts "$check")
  # Warm-up so that the steady state is measured, as other services see it.
  curl -fsS -o /dev/null -H "Authorization: Bearer $SERVICE" "$url"
  local out; out=$(wrk -t2 -c50 -d"${DURATION}s" --latency -H "Authorization: Bearer $SERVICE" "$url")
  read -r h1 m1 < <(cache_counts "$check")
  local rps p99 hits=$((h1 - h0)) misses=$((m1 - m0))
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local non2xx; non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  python3 -c 'import sys; n,rps,p99,h,m,bad=sys.argv[1:]; h=int(h); m=int(m); print(f"{n:<32} {rps:>10} req/s   p99 {p99:>9}   cache hit rate {100*h/max(h+m,1):6.2f}% ({h} hits, {m} misses)   non-2xx {bad}")' \
    "$name" "$rps" "$p99" "$hits" "$misses" "$non2xx"
}

echo "identity checks, ${DURATION}s each, 50 connections, 2 threads"
run "mandate check (direct)" mandate \
  "$IDENTITY/api/identity/internal/mandates/check?actor=$AGENT&principal=$CITIZEN&item=elderly-allowance"
run "staff check (direct)" staff \
  "$IDENTITY/api/identity/internal/staff/check?staff=$CLERK&role=clerk&department=yuhai-town-service-center&division=640324100201"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $SERVICE" \
  "$GATEWAY/api/identity/internal/mandates/check?actor=$AGENT&principal=$CITIZEN&item=elderly-allowance")
echo "through the gateway: internal paths are refused by design (HTTP $status); measured: public division lookup"
wrk -t2 -c50 -d"${DURATION}s" --latency "$GATEWAY/api/identity/divisions/640324100201/within/640324000000" \
  | awk '/Requests\/sec/ {rps=$2} $1=="99%" {p99=$2} /Non-2xx/ {bad=$NF} END {printf "%-32s %10s req/s   p99 %9s   non-2xx %s\n", "division within (gateway)", rps, p99, (bad==""?0:bad)}'
