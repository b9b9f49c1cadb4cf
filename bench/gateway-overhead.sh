#!/usr/bin/env bash
# What the gateway costs: the same authenticated GET sent straight to a service and through
# the gateway (token validation and rate limiting on, limits raised above the load), for a
# no-op endpoint and for one that waits 20 ms like a real backend call.
# Needs the platform up (./platform up). Prints throughput, p50, p99, the gateway's CPU per
# request and the ratios, then the block for docs/benchmarks.md (bench/lib.sh).
#
#   bench/gateway-overhead.sh [seconds per run, default 30] [connections, default 50]
#   WARMUP=45 (seconds of JIT warm-up after the gateway's restart)
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
BENCH_DURATION="${1:-30}"
BENCH_CONNECTIONS="${2:-50}"
bench_need_wrk
bench_require_up "$GATEWAY/actuator/health" "the platform"

# Identity with its benchmark endpoints on (they exist only with the development module, and only
# when asked for) and the gateway's limits raised above the load; both restored on exit.
bench_with_bench_endpoints identity
bench_raise_gateway_limits
bench_begin "Gateway overhead (issue 2, 21)" "$@"
# Keycloak's tokens live 5 minutes: a fresh one for each step.
auth() { AUTH=(-H "Authorization: Bearer $(bench_user_token demo-citizen)"); }
auth

# The gateway was just restarted: give the JIT time (on 2 busy cores it needs far more than seconds).
echo "warming up the gateway (${WARMUP:-45}s)..."
bench_warm "${WARMUP:-45}" "${AUTH[@]}" "$GATEWAY/api/identity/bench/noop"
auth; bench_warm 10 "${AUTH[@]}" "$GATEWAY/api/identity/bench/wait?ms=20"

run() { # label url variable-prefix
  local g0 g1
  auth
  bench_warm 5 "${AUTH[@]}" "$2"
  g0="$(bench_cpu_since gateway)"
  bench_wrk "$1" "${AUTH[@]}" "$2"
  g1="$(bench_cpu_since gateway)"
  local per; per="$(awk -v d=$((g1 - g0)) -v n="$BENCH_REQUESTS" 'BEGIN { printf "%.3f", (n > 0 ? d / n : 0) }')"
  echo "  gateway CPU per request: $per ms"
  bench_figure "| ($1: gateway CPU per request $per ms) | | | | | |"
  eval "${3}_rps=$BENCH_RPS; ${3}_p99=$BENCH_P99"
}

run "no-op, direct"        "$IDENTITY/api/identity/bench/noop" noop_direct
run "no-op, via gateway"   "$GATEWAY/api/identity/bench/noop" noop_gateway
run "20 ms, direct"        "$IDENTITY/api/identity/bench/wait?ms=20" wait_direct
run "20 ms, via gateway"   "$GATEWAY/api/identity/bench/wait?ms=20" wait_gateway

bench_note "$(awk -v nd="$noop_direct_rps" -v ng="$noop_gateway_rps" -v nd99="$noop_direct_p99" -v ng99="$noop_gateway_p99" \
  'BEGIN { printf "ratio gateway/direct, no-op: %.2f (added p99 %.2f ms; target >= 0.6)", (nd > 0 ? ng/nd : 0), ng99-nd99 }')"
bench_note "$(awk -v wd="$wait_direct_rps" -v wg="$wait_gateway_rps" -v wd99="$wait_direct_p99" -v wg99="$wait_gateway_p99" \
  'BEGIN { printf "ratio gateway/direct, 20 ms: %.2f (added p99 %.2f ms; target >= 0.85 and <= 10 ms)", (wd > 0 ? wg/wd : 0), wg99-wd99 }')"
bench_end
