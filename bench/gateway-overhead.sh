#!/usr/bin/env bash
# What the gateway costs: the same authenticated GET sent straight to a service and through
# the gateway (token validation and Redis rate limiting on, limits raised above the load),
# for a no-op endpoint and for one that waits 20 ms like a real backend call.
# Needs the platform up (./platform up). Prints throughput, p50, p99 and the ratios.
#
#   bench/gateway-overhead.sh [seconds per run, default 30] [connections, default 50]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${1:-30}"
CONNECTIONS="${2:-50}"

command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }
curl -fs -o /dev/null http://127.0.0.1:8080/actuator/health || { echo "platform is not up: ./platform up"; exit 1; }

# Identity with its benchmark endpoints on (they exist only with the development module, and only
# when asked for), the gateway's per-user limit raised above the load; both restored afterwards.
echo "restarting identity with the benchmark endpoints on, and the gateway with rate limits raised above the load..."
"$ROOT/platform" stop identity >/dev/null
BENCH_ENDPOINTS=true "$ROOT/platform" start identity >/dev/null
"$ROOT/platform" stop gateway >/dev/null
GATEWAY_RATE_REPLENISH=1000000 GATEWAY_RATE_BURST=2000000 "$ROOT/platform" start gateway >/dev/null
trap 'for c in gateway identity; do "$ROOT/platform" stop $c >/dev/null; "$ROOT/platform" start $c >/dev/null; done' EXIT

token() {
  curl -fs -d grant_type=password -d client_id=gov-portal -d username=demo-citizen -d 'password=Demo#2026' \
    http://localhost:8180/realms/gov/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# wrk's latency distribution is printed as "50%  1.23ms"; convert to milliseconds.
to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }

# The gateway was just restarted: give the JIT time (on 2 busy cores it needs far more than seconds).
echo "warming up the gateway (${WARMUP:-45}s)..."
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-45}s" -H "Authorization: Bearer $(token)" "http://127.0.0.1:8080/api/identity/bench/noop" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $(token)" "http://127.0.0.1:8080/api/identity/bench/wait?ms=20" >/dev/null

# CPU time a process used, in milliseconds (utime + stime, in clock ticks of 10 ms).
cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$(cat "$ROOT/.platform/run/$1.pid")/stat"; }

run() { # label url
  local out rps p50 p99 errors g0 g1 n
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $(token)" "$2" >/dev/null   # warm-up
  g0="$(cpu_ms gateway)"
  out="$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $(token)" "$2")"
  g1="$(cpu_ms gateway)"
  n="$(awk '/requests in/ {print $1}' <<<"$out")"
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out" | to_ms)"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)"
  errors="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  printf '%-22s %9s req/s  p50 %8s ms  p99 %8s ms  non-2xx %s  gateway CPU/request %s ms\n' "$1" "$rps" "$p50" "$p99" \
    "${errors:-0}" "$(awk -v d=$((g1 - g0)) -v n="$n" 'BEGIN { printf "%.3f", d / n }')"
  eval "${3}_rps=$rps; ${3}_p50=$p50; ${3}_p99=$p99"
}

echo "$(date -u +%FT%TZ)  load average $(cut -d' ' -f1-3 /proc/loadavg)  $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, ${CONNECTIONS} connections, ${DURATION}s per run"
run "no-op, direct"        "http://127.0.0.1:8081/api/identity/bench/noop" noop_direct
run "no-op, via gateway"   "http://127.0.0.1:8080/api/identity/bench/noop" noop_gateway
run "20 ms, direct"        "http://127.0.0.1:8081/api/identity/bench/wait?ms=20" wait_direct
run "20 ms, via gateway"   "http://127.0.0.1:8080/api/identity/bench/wait?ms=20" wait_gateway

awk -v nd="$noop_direct_rps" -v ng="$noop_gateway_rps" -v wd="$wait_direct_rps" -v wg="$wait_gateway_rps" \
    -v wd99="$wait_direct_p99" -v wg99="$wait_gateway_p99" -v nd99="$noop_direct_p99" -v ng99="$noop_gateway_p99" 'BEGIN {
  printf "ratio gateway/direct, no-op:  %.2f  (added p99 %.2f ms)\n", ng/nd, ng99-nd99
  printf "ratio gateway/direct, 20 ms:  %.2f  (added p99 %.2f ms; target >= 0.85 and <= 10 ms)\n", wg/wd, wg99-wd99
}'
