# shellcheck shell=bash
# The benchmark protocol (issue 21), sourced by every script in bench/:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#   bench_begin "Title" "$@"       header: date, machine, cores, load average; tracks the platform's processes
#   bench_wrk LABEL [wrk args...]  one wrk run (2 threads, BENCH_CONNECTIONS, BENCH_DURATION s): prints
#                                  req/s, p50, p99, non-2xx; sets BENCH_RPS BENCH_P50 BENCH_P99 BENCH_NON2XX BENCH_REQUESTS
#   bench_figure "| a | b |"       a line for the block to paste into docs/benchmarks.md
#   bench_end                      load after, CPU seconds and RSS of each tracked process, the paste block
#
# What it knows:
#   - the JDK (>= 21: $JAVA_HOME if it is one, else the first in /usr/lib/jvm) -> JAVA_HOME, JAVA
#   - PLATFORM_PORT_OFFSET (0, 1000, 2000, 3000): every platform address below moves by it, and so do
#     the default ports of the processes the self-contained benchmarks start (bench_port)
#   - tokens from Keycloak (bench_token, bench_user_token, bench_service_token)
#   - the platform's processes, from the PID files `./platform` writes (.platform/run/NAME.pid;
#     a PID counts only while its command line carries -Dgov.platform.component=NAME)
#   - the load average: a figure taken above BENCH_MAX_LOAD (3) carries a warning next to it
#   - raising the limits a benchmark does not measure (bench_raise_gateway_limits)
# Nothing here runs a benchmark by itself; sourcing it only defines functions and variables.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_RUN="$BENCH_ROOT/.platform/run"
BENCH_MAX_LOAD="${BENCH_MAX_LOAD:-3}"
BENCH_DURATION="${BENCH_DURATION:-20}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-50}"
BENCH_SCRIPT="bench/$(basename "$0")"

bench_die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# --- ports: the platform script's layout, moved by PLATFORM_PORT_OFFSET --------------------
BENCH_OFFSET="${PLATFORM_PORT_OFFSET:-0}"
case "$BENCH_OFFSET" in 0|1000|2000|3000) ;; *) bench_die "PLATFORM_PORT_OFFSET must be 0, 1000, 2000 or 3000" ;; esac
bench_port() { echo $(( $1 + BENCH_OFFSET )); }
# Each may be overridden from the environment (e.g. KEYCLOAK=http://... for a stand-in issuer).
GATEWAY="${GATEWAY:-http://127.0.0.1:$(bench_port 8080)}"
KEYCLOAK="${KEYCLOAK:-http://localhost:$(bench_port 8180)}"
IDENTITY="${IDENTITY:-http://127.0.0.1:$(bench_port 8081)}"
INTAKE="${INTAKE:-http://127.0.0.1:$(bench_port 8082)}"
CERTIFICATES="${CERTIFICATES:-http://127.0.0.1:$(bench_port 8083)}"
CREDIT="${CREDIT:-http://127.0.0.1:$(bench_port 8084)}"
NOTIFICATIONS="${NOTIFICATIONS:-http://127.0.0.1:$(bench_port 8085)}"
MONGO_URI="${MONGO_URI:-mongodb://127.0.0.1:$(bench_port 27017)}"
# Keycloak's realm knows "localhost" as the issuer host; the services use 127.0.0.1.

bench_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
bench_require_free_ports() { # ports...
  local p
  for p in "$@"; do bench_port_open "$p" && bench_die "port $p is in use (another benchmark or platform?)"; done
  return 0
}
bench_require_up() { # url what
  curl -fs -o /dev/null --max-time 5 "$1" || bench_die "$2 is not up at $1 (PLATFORM_PORT_OFFSET=$BENCH_OFFSET ./platform up)"
}

# --- JDK ---------------------------------------------------------------------------------------
bench_java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }
bench_jdk() {
  local candidate
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/javac" ]] && (( $(bench_java_major "$JAVA_HOME/bin/java") >= 21 )); then
    :
  else
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/*; do
      if [[ -x "$candidate/bin/javac" ]] && (( $(bench_java_major "$candidate/bin/java") >= 21 )); then
        JAVA_HOME="$candidate"; break
      fi
    done
    [[ -n "$JAVA_HOME" ]] || bench_die "no JDK 21 or newer: set JAVA_HOME (looked in \$JAVA_HOME and /usr/lib/jvm)"
  fi
  export JAVA_HOME
  JAVA="$JAVA_HOME/bin/java"
}

# --- tokens -------------------------------------------------------------------------------------
bench_token() { # curl arguments for the token endpoint
  curl -fsS "$KEYCLOAK/realms/gov/protocol/openid-connect/token" "$@" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
bench_user_token() { # username (a demo user; password Demo#2026)
  bench_token -d grant_type=password -d client_id=gov-portal -d username="$1" -d 'password=Demo#2026'
}
bench_service_token() { # client-id secret
  bench_token -d grant_type=client_credentials -d client_id="$1" -d client_secret="$2"
}
bench_subject() { # token -> its "sub"
  python3 -c 'import base64,json,sys; p=sys.argv[1].split(".")[1]; print(json.loads(base64.urlsafe_b64decode(p+"==="))["sub"])' "$1"
}

# --- load average -----------------------------------------------------------------------------
bench_load1() { cut -d' ' -f1 /proc/loadavg; }
bench_loads() { cut -d' ' -f1-3 /proc/loadavg; }
bench_load_high() { awk -v l="$(bench_load1)" -v m="$BENCH_MAX_LOAD" 'BEGIN { exit !(l > m) }'; }
# "" on a quiet machine, else a warning to print next to a figure.
bench_load_warning() {
  if bench_load_high; then printf '  WARNING: load average %s > %s, figure not trustworthy' "$(bench_load1)" "$BENCH_MAX_LOAD"; fi
}

# --- processes: CPU seconds and RSS ---------------------------------------------------------
BENCH_TRACKED=()          # NAME=PID
declare -A BENCH_CPU0=()  # NAME -> CPU ms at bench_begin (or bench_track)

# The PID of a platform component, if it runs (same rule as ./platform's running_pid).
bench_platform_pid() {
  local file="$BENCH_RUN/$1.pid" pid cmd child
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file")"
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  cmd="$( { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" || return 1
  [[ "$cmd" == *"-Dgov.platform.component=$1 "* || "$cmd" == *"/bin/kc.sh"* ]] || return 1
  # kc.sh (a shell) may run Keycloak's JVM as its child: measure the JVM.
  if [[ "$cmd" != *"/bin/java"* ]]; then
    for child in $(pgrep -P "$pid" 2>/dev/null); do
      cmd="$( { tr '\0' ' ' <"/proc/$child/cmdline"; } 2>/dev/null)" || continue
      if [[ "$cmd" == *"/bin/java"* ]]; then pid="$child"; break; fi
    done
  fi
  echo "$pid"
}
# CPU time (user + system, in ms) of a process and its threads; Keycloak's kc.sh counts its java child.
bench_cpu_ms() {
  local pid="$1" ticks
  ticks="$(getconf CLK_TCK)"
  [[ -r "/proc/$pid/stat" ]] || { echo 0; return; }
  awk -v t="$ticks" '{ sub(/^.*\) /, ""); print int(($12 + $13 + $14 + $15) * 1000 / t) }' "/proc/$pid/stat"
}
# Resident set size in MB (VmRSS), and the peak (VmHWM).
bench_rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
bench_hwm_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

bench_track() { # name pid: include a process in the CPU/RSS report (again: replaces its entry)
  local i
  for i in "${!BENCH_TRACKED[@]}"; do
    [[ "${BENCH_TRACKED[$i]%%=*}" == "$1" ]] && unset 'BENCH_TRACKED[i]'
  done
  BENCH_TRACKED+=("$1=$2")
  BENCH_CPU0[$1]="$(bench_cpu_ms "$2")"
}
BENCH_COMPONENTS=(gateway identity intake certificates credit notifications mongo redis keycloak)
bench_track_platform() {
  local name pid
  for name in "${BENCH_COMPONENTS[@]}"; do
    if pid="$(bench_platform_pid "$name")"; then bench_track "$name" "$pid"; fi
  done
}
# Re-reads the PID of a platform component that a script restarted (CPU counted from now).
bench_retrack() {
  local name="$1" pid
  pid="$(bench_platform_pid "$name")" || return 0
  bench_track "$name" "$pid"
}
bench_cpu_since() { # name -> CPU ms since it was tracked
  local entry
  for entry in "${BENCH_TRACKED[@]}"; do
    if [[ "${entry%%=*}" == "$1" ]]; then echo $(( $(bench_cpu_ms "${entry#*=}") - ${BENCH_CPU0[$1]:-0} )); return; fi
  done
  echo 0
}
bench_pid_of() { # name -> tracked PID
  local entry
  for entry in "${BENCH_TRACKED[@]}"; do [[ "${entry%%=*}" == "$1" ]] && { echo "${entry#*=}"; return 0; }; done
  return 1
}

# For processes a benchmark starts through another program (a Java driver that launches the store and
# the service jars): samples every descendant of PID every 2 s (CPU ms, RSS MB) until bench_end, which
# reports each one's last CPU figure and highest RSS. Names come from "-jar X.jar" or the main class.
BENCH_WATCH_FILE=""
bench_watch() { # pid
  BENCH_WATCH_FILE="$(mktemp /tmp/bench-watch.XXXXXX)"
  bench_on_exit "rm -f '$BENCH_WATCH_FILE'"
  (
    trap - EXIT
    root="$1"
    while kill -0 "$root" 2>/dev/null; do
      # descendants of root: walk the parent links of every process once per sample
      awk -v root="$root" 'FNR == 1 { f = FILENAME; sub("^/proc/", "", f); sub("/stat$", "", f); s = $0; sub(/^.*\) /, "", s); split(s, a, " "); parent[f] = a[2] }
        END { for (p in parent) { q = p; while (q in parent && q != root && q > 1) q = parent[q]; if (q == root && p != root) print p } }' \
        /proc/[0-9]*/stat 2>/dev/null | while read -r pid; do
          cmd="$( { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" || continue
          [[ "$cmd" == *java* ]] || continue
          name="$(awk '{ for (i = 1; i <= NF; i++) if ($i == "-jar") { n = $(i + 1); sub(".*/", "", n); print n; exit } }' <<<"$cmd")"
          [[ -n "$name" ]] || name="$(awk '{ print $NF }' <<<"$cmd" | sed 's/.*\.//')"
          [[ -n "$name" ]] && echo "$pid $name $(bench_cpu_ms "$pid") $(bench_rss_mb "$pid")"
        done >>"$BENCH_WATCH_FILE"
      sleep 2
    done
  ) &
  BENCH_WATCHER=$!
  bench_on_exit "kill $BENCH_WATCHER 2>/dev/null"
}
bench_watch_report() {
  [[ -n "$BENCH_WATCH_FILE" && -s "$BENCH_WATCH_FILE" ]] || return 0
  BENCH_FIGURES+=("" "| process started by the benchmark | CPU s | highest RSS sampled |" "|---|---|---|")
  printf '%-34s %8s %12s\n' "process started by the benchmark" "CPU s" "max RSS MB"
  local pid name cpu rss
  while read -r pid name cpu rss; do
    printf '%-34s %8s %12s\n' "$name (pid $pid)" "$cpu" "$rss"
    BENCH_FIGURES+=("| $name (pid $pid) | $cpu | $rss MB |")
  done < <(awk '{ name[$1] = $2; cpu[$1] = $3; if ($4 > rss[$1]) rss[$1] = $4 } END { for (p in name) printf "%s %s %.1f %d\n", p, name[p], cpu[p] / 1000, rss[p] }' "$BENCH_WATCH_FILE" | sort -k2)
}

# Builds what a benchmark runs: offline, the given modules with the modules they need (-am), so that it
# works on a fresh clone whose modules are in no local repository; Maven's output is shown only on failure.
bench_mvn() {
  local log; log="$(mktemp /tmp/bench-mvn.XXXXXX)"
  (cd "$BENCH_ROOT" && ./mvnw -B -q -o "$@") >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; bench_die "build failed: ./mvnw $*"; }
  rm -f "$log"
}

# --- profiles ---------------------------------------------------------------------------------------
# BENCH_PROFILE="intake gateway": a JFR recording (settings=profile) of each named platform process from
# bench_begin to bench_end. bench_end prints, per process, the share of CPU samples whose stack passes
# through each library (inclusive, so shares overlap) and the hottest methods, and keeps the .jfr file.
BENCH_PROFILE="${BENCH_PROFILE:-}"
bench_profile_start() {
  local name pid
  for name in $BENCH_PROFILE; do
    pid="$(bench_pid_of "$name")" || { echo "bench: no $name to profile" >&2; continue; }
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=bench settings=profile >/dev/null \
      || echo "bench: could not start JFR in $name" >&2
  done
}
bench_profile_report() {
  local name pid file
  for name in $BENCH_PROFILE; do
    pid="$(bench_pid_of "$name")" || continue
    file="/tmp/bench-$name-$(date -u +%Y%m%dT%H%M%S).jfr"
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.stop name=bench filename="$file" >/dev/null 2>&1 || continue
    echo
    echo "profile of $name ($file): share of CPU samples by library (inclusive)"
    BENCH_FIGURES+=("" "Profile of $name (JFR, CPU samples; a sample counts for every library on its stack):" ""
      "| library | share of samples |" "|---|---|")
    while IFS=$'\t' read -r share label; do
      printf '  %-36s %s\n' "$label" "$share"
      BENCH_FIGURES+=("| $label | $share |")
    done < <("$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 256 "$file" | awk '
      BEGIN {
        n = split("platform code=cn.gov.platform.;Spring Security (incl. JWT)=org.springframework.security.;MongoDB driver and BSON=com.mongodb.|org.bson.;Spring Data MongoDB=org.springframework.data.;Jackson=com.fasterxml.jackson.|tools.jackson.;Tomcat=org.apache.catalina.|org.apache.coyote.|org.apache.tomcat.;Spring MVC=org.springframework.web.;Spring Cloud Gateway=org.springframework.cloud.gateway.;Reactor and Netty=reactor.|io.netty.;Lettuce (Redis)=io.lettuce.;Resilience4j=io.github.resilience4j.;OpenFeign=feign.|org.springframework.cloud.openfeign.;Micrometer=io.micrometer.;Bean Validation=org.hibernate.validator.;JDK crypto=sun.security.|javax.crypto.|java.security.|org.bouncycastle.;logging=ch.qos.logback.|org.slf4j.;GC and JIT (no Java frame)=@none", spec, ";")
        for (i = 1; i <= n; i++) { split(spec[i], kv, "="); label[i] = kv[1]; pat[i] = kv[2]; gsub(/\./, "\\.", pat[i]); pat[i] = "^[ ]*(" pat[i] ")" }
      }
      /stackTrace = \[/ { inside = 1; delete hit; frames = 0; next }
      inside && /^[ ]*\]/ { inside = 0; total++; if (frames == 0) count[n]++; for (i in hit) count[i]++; next }
      inside { frames++; for (i = 1; i < n; i++) if (!(i in hit) && $0 ~ pat[i]) hit[i] = 1 }
      END { printf "%d\tCPU samples\n", total
            for (i = 1; i <= n; i++) if (count[i] > 0) printf "%.0f%%\t%s\n", 100 * count[i] / total, label[i] }' | sort -rn)
    echo "  hottest methods:"
    "$JAVA_HOME/bin/jfr" view --width 150 hot-methods "$file" 2>/dev/null | sed -n '4,18p' | sed 's/^/    /'
  done
}

# --- wrk --------------------------------------------------------------------------------------
bench_need_wrk() {
  command -v wrk >/dev/null && return
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing wrk (Debian package)..."
    { apt-get install -y -qq wrk || { apt-get update -qq && apt-get install -y -qq wrk; }; } >/dev/null 2>&1
  fi
  command -v wrk >/dev/null || bench_die "wrk is needed: apt-get install wrk"
}
# wrk prints latencies as 812.00us, 1.23ms, 2.01s, 1.00m: in milliseconds.
bench_to_ms() {
  awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) }
         else if (v ~ /m$/) { sub(/m$/,"",v); v=v*60000 } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 }
         printf "%.2f", v }'
}
bench_parse_wrk() { # wrk --latency output on stdin: sets the BENCH_* figures
  local out; out="$(cat)"
  BENCH_RPS="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  BENCH_REQUESTS="$(awk '/requests in/ {print $1}' <<<"$out")"
  BENCH_P50="$(awk '$1=="50%" {print $2}' <<<"$out" | bench_to_ms)"
  BENCH_P99="$(awk '$1=="99%" {print $2}' <<<"$out" | bench_to_ms)"
  BENCH_NON2XX="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"; BENCH_NON2XX="${BENCH_NON2XX:-0}"
  BENCH_SOCKET_ERRORS="$(awk '/Socket errors/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' <<<"$out")"
  BENCH_SOCKET_ERRORS="${BENCH_SOCKET_ERRORS:-0}"
  BENCH_RPS="${BENCH_RPS:-0}"; BENCH_REQUESTS="${BENCH_REQUESTS:-0}"
}
# One measured run. A label, then wrk's arguments (URL, -H, -s ...). Prints one line and keeps it
# for the paste block; BENCH_WRK_THREADS, BENCH_CONNECTIONS and BENCH_DURATION set the shape.
bench_wrk() {
  local label="$1"; shift
  local out warn
  out="$(wrk -t"${BENCH_WRK_THREADS:-2}" -c"$BENCH_CONNECTIONS" -d"${BENCH_DURATION}s" --latency "$@")" \
    || bench_die "wrk failed: $out"
  bench_parse_wrk <<<"$out"
  warn="$(bench_load_warning)"
  printf '%-30s %10s req/s  p50 %9s ms  p99 %9s ms  non-2xx %s%s%s\n' "$label" "$BENCH_RPS" "$BENCH_P50" "$BENCH_P99" \
    "$BENCH_NON2XX" "$( (( BENCH_SOCKET_ERRORS > 0 )) && echo "  socket errors $BENCH_SOCKET_ERRORS")" "$warn"
  if (( ! BENCH_WRK_HEADER_DONE )); then
    BENCH_FIGURES+=("" "| run | req/s | p50 | p99 | non-2xx | load (1 min) |" "|---|---|---|---|---|---|")
    BENCH_WRK_HEADER_DONE=1
  fi
  bench_figure "| $label | $BENCH_RPS | $BENCH_P50 ms | $BENCH_P99 ms | $BENCH_NON2XX | $(bench_load1)${warn:+ (above $BENCH_MAX_LOAD)} |"
}
# Untimed load, e.g. to warm the JIT up: seconds, then wrk's arguments.
bench_warm() {
  local seconds="$1"; shift
  wrk -t"${BENCH_WRK_THREADS:-2}" -c"$BENCH_CONNECTIONS" -d"${seconds}s" "$@" >/dev/null
}

# --- figures and the paste block ---------------------------------------------------------------
BENCH_FIGURES=()
BENCH_WRK_HEADER_DONE=0
bench_figure() { BENCH_FIGURES+=("$1"); } # a markdown line (a table row, or a sentence)
bench_note() { # a sentence: printed now and kept for the paste block
  echo "$*"
  BENCH_FIGURES+=("" "$*")
  BENCH_WRK_HEADER_DONE=0
}

# Exit actions, run in reverse order (restoring limits, stopping processes, removing scratch files).
BENCH_ON_EXIT=()
bench_on_exit() { BENCH_ON_EXIT+=("$1"); }
bench_run_exit() {
  local i status=$?
  for (( i=${#BENCH_ON_EXIT[@]}-1; i>=0; i-- )); do eval "${BENCH_ON_EXIT[$i]}" || true; done
  return "$status"
}
trap bench_run_exit EXIT
trap 'exit 130' INT TERM

bench_begin() { # title, then the script's arguments (for the record)
  BENCH_TITLE="$1"; shift
  BENCH_ARGS="$*"
  BENCH_STARTED="$(date -u '+%F %H:%M UTC')"
  BENCH_LOAD_BEFORE="$(bench_loads)"
  bench_track_platform
  bench_profile_start
  echo "== $BENCH_TITLE"
  echo "$BENCH_STARTED  $(uname -n)  $(nproc) cores  load average $BENCH_LOAD_BEFORE$(bench_load_warning)"
  if (( BENCH_OFFSET != 0 )); then echo "platform at PLATFORM_PORT_OFFSET=$BENCH_OFFSET (gateway $GATEWAY)"; fi
}

# CPU seconds each tracked process used since it was tracked, and its RSS now and at its peak.
bench_process_report() {
  local entry name pid cpu rss hwm rows=()
  for entry in "${BENCH_TRACKED[@]}"; do
    name="${entry%%=*}"; pid="${entry#*=}"
    [[ -r "/proc/$pid/status" ]] || continue
    cpu="$(awk -v ms="$(bench_cpu_since "$name")" 'BEGIN { printf "%.1f", ms / 1000 }')"
    rss="$(bench_rss_mb "$pid")"; hwm="$(bench_hwm_mb "$pid")"
    rows+=("$name $cpu $rss $hwm")
  done
  (( ${#rows[@]} )) || return 0
  BENCH_FIGURES+=("" "| process | CPU s during the run | RSS now | peak RSS |" "|---|---|---|---|")
  printf '%-14s %12s %9s %9s\n' process "CPU s" "RSS MB" "peak MB"
  for entry in "${rows[@]}"; do
    read -r name cpu rss hwm <<<"$entry"
    printf '%-14s %12s %9s %9s\n' "$name" "$cpu" "$rss" "$hwm"
    BENCH_FIGURES+=("| $name | $cpu | $rss MB | $hwm MB |")
  done
}

bench_end() {
  local after; after="$(bench_loads)"
  bench_process_report
  bench_profile_report
  bench_watch_report
  echo
  echo "----- paste into docs/benchmarks.md -----"
  echo "### $BENCH_TITLE ($BENCH_STARTED)"
  echo
  echo "\`$BENCH_SCRIPT${BENCH_ARGS:+ $BENCH_ARGS}\`$( (( BENCH_OFFSET )) && echo " (PLATFORM_PORT_OFFSET=$BENCH_OFFSET)") on \`$(uname -n)\`, $(nproc) cores,"
  echo "load average before $BENCH_LOAD_BEFORE, after $after."
  if awk -v a="${BENCH_LOAD_BEFORE%% *}" -v b="${after%% *}" -v m="$BENCH_MAX_LOAD" 'BEGIN { exit !(a > m || b > m) }'; then
    echo "**Load average above $BENCH_MAX_LOAD: these figures were taken on a busy machine and say little.**"
  fi
  echo
  local line
  for line in "${BENCH_FIGURES[@]}"; do echo "$line"; done
  echo "-----------------------------------------"
}

# --- limits the benchmark does not measure --------------------------------------------------------
# Restarts the gateway with every rate limit raised far above the load, and restores it on exit.
# (The gateway's own cost is still measured: tokens are validated and the limiter still runs.)
# A service restarted with its benchmark endpoints on (the development module's, off unless asked
# for), and restarted as ./platform runs it on exit.
bench_with_bench_endpoints() { # service
  [[ -x "$BENCH_ROOT/platform" ]] || bench_die "no ./platform to restart $1 with"
  echo "restarting $1 with its benchmark endpoints on..."
  "$BENCH_ROOT/platform" stop "$1" >/dev/null
  BENCH_ENDPOINTS=true "$BENCH_ROOT/platform" start "$1" >/dev/null
  bench_on_exit "echo 'restarting $1 as ./platform runs it...'; \"\$BENCH_ROOT/platform\" stop $1 >/dev/null; \"\$BENCH_ROOT/platform\" start $1 >/dev/null"
  bench_retrack "$1"
}

bench_raise_gateway_limits() {
  [[ -x "$BENCH_ROOT/platform" ]] || bench_die "no ./platform to restart the gateway with"
  echo "restarting the gateway with its rate limits raised above the load..."
  "$BENCH_ROOT/platform" stop gateway >/dev/null
  GATEWAY_RATE_REPLENISH=1000000 GATEWAY_RATE_BURST=2000000 GATEWAY_RATE_VERIFICATION=100000000 \
    GATEWAY_RATE_FOLLOW_UP=100000000 GATEWAY_RATE_REGISTRATION=100000000 GATEWAY_RATE_PDF=100000000 \
    "$BENCH_ROOT/platform" start gateway >/dev/null
  bench_on_exit 'echo "restoring the gateway'"'"'s limits..."; "$BENCH_ROOT/platform" stop gateway >/dev/null; "$BENCH_ROOT/platform" start gateway >/dev/null'
  bench_retrack gateway
}
