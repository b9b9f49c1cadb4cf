#!/usr/bin/env bash
# Issue 21 point 6: resident memory of each service and the gateway, as they are now (after
# whatever load the caller ran: the e2e journeys, a benchmark), against the target of 300 MB each.
# Reads /proc only (VmRSS, the peak VmHWM, and the JVM's heap limit from its command line); starts
# and stops nothing. The store, Redis and Keycloak are listed for information (no target).
#
#   PLATFORM_PORT_OFFSET=1000 bash bench/memory.sh
set -euo pipefail
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
TARGET_MB="${TARGET_MB:-300}"

bench_begin "Resident memory of the services and the gateway" "$@"
printf '%-14s %8s %9s %9s  %-8s %s\n' process pid "RSS MB" "peak MB" target "JVM options (heap, metaspace, stacks, code cache, CDS)"
bench_figure ""
bench_figure "| process | RSS | peak RSS | target | |"
bench_figure "|---|---|---|---|---|"
over=0 measured=0
for name in gateway identity intake certificates credit notifications mongo redis keycloak; do
  if ! pid="$(bench_platform_pid "$name")"; then
    printf '%-14s %8s\n' "$name" "not running"
    continue
  fi
  rss="$(bench_rss_mb "$pid")"; hwm="$(bench_hwm_mb "$pid")"
  opts="$(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -E '^-(Xm[sxn]|Xss|XX:(MaxMetaspaceSize|ReservedCodeCacheSize|SharedArchiveFile|\+Use[A-Za-z]*GC|TieredStopAtLevel))' | sed 's/^-XX:SharedArchiveFile=.*/CDS/' | tr '\n' ' ' || true)"
  case "$name" in
    mongo|redis|keycloak) target="-"; verdict="" ;;
    *)
      target="< $TARGET_MB"; measured=$((measured + 1))
      if (( rss < TARGET_MB )); then verdict="met"; else verdict="NOT met"; over=$((over + 1)); fi ;;
  esac
  printf '%-14s %8s %9s %9s  %-8s %s %s\n' "$name" "$pid" "$rss" "$hwm" "$target" "$verdict" "$opts"
  bench_figure "| $name | $rss MB | $hwm MB | $target${verdict:+ ($verdict)} | \`$opts\` |"
done
(( measured )) || bench_die "no service of the platform is running (PLATFORM_PORT_OFFSET=$BENCH_OFFSET ./platform up)"
bench_note "$((measured - over)) of $measured services under $TARGET_MB MB resident."
BENCH_TRACKED=()   # the table above is the report: no CPU figures for a snapshot
bench_end
