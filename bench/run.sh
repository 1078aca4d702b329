#!/usr/bin/env bash
# Amicus benchmark: start-up time and steady-state throughput/latency of the public pages.
# What it measures and how to read the numbers: docs/benchmarks.md.
#
# Usage: bench/run.sh [--build] [--runs N] [--duration SECONDS] [--warmup SECONDS]
#                     [--connections N] [--threads N] [--port N]
#   --build       rebuild the jar first (./mvnw -q -DskipTests package); otherwise only if missing
#   --runs        start-ups and measured wrk runs per URL (default 3; the median is reported)
#   --duration    seconds per measured wrk run (default 15)
#   --warmup      seconds of unmeasured wrk load per URL before the measured rounds (default 10)
#   --connections wrk connections (default 32)   --threads  wrk threads (default 2)
#   --port        port the app listens on during the benchmark (default 18080)
#
# It prints PASS/FAIL per target but exits 0 whenever the measurement itself worked: a noisy
# machine must not turn this into a failing check. It exits non-zero only if something broke
# (build failed, app did not start, a URL did not answer 200, wrk missing...).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/amicus-0.1.0-SNAPSHOT.jar"
LUA="$ROOT/bench/report.lua"

BUILD=0
RUNS=3
DURATION=15
WARMUP=10
CONNECTIONS=32
THREADS=2
PORT=18080
ASOF=2009-09-09

# Targets (from the project's issue).
P99_TARGET_MS=25
RATIO_TARGET=0.40
STARTUP_TARGET_MS=8000

while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=1 ;;
        --runs) RUNS="$2"; shift ;;
        --duration) DURATION="$2"; shift ;;
        --warmup) WARMUP="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --threads) THREADS="$2"; shift ;;
        --port) PORT="$2"; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d -t amicus-bench.XXXXXX)"
APP_PID=""

log() { printf '%s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

stop_app() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 150); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}

cleanup() {
    stop_app
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ns() { date +%s%N; }

# median of the numbers given as arguments (middle value; mean of the two middle ones if even)
median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "nan"; exit }
        if (NR % 2) printf "%s\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# field NAME from a "BENCH k=v ..." line
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'; }

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "wrk is missing: installing it with apt-get"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    else
        die "wrk is not installed and this is not root with apt-get: install it (Debian/Ubuntu: sudo apt-get install -y wrk) and run again"
    fi
fi
for tool in curl java awk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
done

if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then
    log "Building $JAR (./mvnw -q -DskipTests package)..."
    (cd "$ROOT" && ./mvnw -q -DskipTests package) || die "build failed"
fi
[ -f "$JAR" ] || die "no jar at $JAR after the build"
# Run a private copy, so that a `mvn clean` or rebuild in the work tree during the run cannot pull
# the jar away from under the app.
cp "$JAR" "$WORK/amicus.jar"
APP_JAR="$WORK/amicus.jar"

if curl -s -o /dev/null --max-time 1 "$BASE/" 2>/dev/null; then
    die "something already answers on port $PORT: stop it or pass --port"
fi

# ---------------------------------------------------------------------------------------------
# Header
# ---------------------------------------------------------------------------------------------
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then COMMIT="$COMMIT (+ uncommitted changes)"; fi
log "== Amicus benchmark =="
log "date:      $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
log "commit:    $COMMIT"
log "jar:       $JAR ($(date -u -r "$JAR" '+built %Y-%m-%d %H:%M UTC'))"
log "cpus:      $(nproc) ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown))"
log "memory:    $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
LOAD1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
log "load avg:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (at start)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
    log "WARNING:   the 1-minute load average is above half the CPUs: something else is running, expect noisy numbers"
fi
log "java:      $(java -version 2>&1 | tr '\n' ' ' | sed 's/  */ /g')"
log "wrk:       $(wrk --version 2>&1 | head -1 | sed 's/ Copyright.*//')"
log "settings:  $RUNS runs; wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency after ${WARMUP}s warm-up per URL; port $PORT"
log ""

# ---------------------------------------------------------------------------------------------
# Start-up: java -jar -> first 200 on /tracker, fresh data dir each time
# ---------------------------------------------------------------------------------------------
# Starts the app on a fresh data dir (extra arguments are passed to the app), waits until
# /tracker answers 200 and sets FIRST_MS (launch -> first 200), FIRST_ROWS (state rows in that
# first page), FULL_MS (launch -> first 200 that lists states: reference data visible).
start_app() {
    local data="$1"; shift
    local body="$WORK/poll.html"
    mkdir -p "$data"
    FIRST_MS=""; FIRST_ROWS=""; FULL_MS=""
    local t0 t code ms rows
    t0=$(now_ns)
    java -jar "$APP_JAR" --server.port="$PORT" --amicus.data-dir="$data" "$@" >"$data.out" 2>&1 &
    APP_PID=$!
    while :; do
        code=$(curl -s -o "$body" -w '%{http_code}' --max-time 5 "$BASE/tracker" 2>/dev/null || true)
        t=$(now_ns)
        ms=$(( (t - t0) / 1000000 ))
        if [ "$code" = 200 ]; then
            rows=$(grep -c 'data-iso3=' "$body" || true)
            if [ -z "$FIRST_MS" ]; then FIRST_MS=$ms; FIRST_ROWS=$rows; fi
            if [ "$rows" -gt 0 ]; then FULL_MS=$ms; break; fi
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            tail -40 "$data.out" >&2
            die "the app exited during start-up (log above)"
        fi
        if [ "$ms" -gt 180000 ]; then
            tail -40 "$data.out" >&2
            die "the app did not serve a complete /tracker within 180 s"
        fi
        sleep 0.05
    done
}

log "== Start-up: java -jar -> first 200 on GET /tracker (fresh H2 data dir each run) =="
STARTUP_FIRST=()
STARTUP_FULL=()
for i in $(seq 1 "$RUNS"); do
    start_app "$WORK/startup-$i"
    STARTUP_FIRST+=("$FIRST_MS")
    STARTUP_FULL+=("$FULL_MS")
    spring=$(grep -o 'Started AmicusApplication in [0-9.]* seconds (process running for [0-9.]*)' "$WORK/startup-$i.out" | head -1 || true)
    log "run $i: first 200 after ${FIRST_MS} ms (page listed ${FIRST_ROWS} states); first page listing states after ${FULL_MS} ms;  log: ${spring:-n/a}"
    stop_app
    rm -rf "$WORK/startup-$i" "$WORK/startup-$i.out"
done
STARTUP_MED=$(median "${STARTUP_FIRST[@]}")
STARTUP_FULL_MED=$(median "${STARTUP_FULL[@]}")
log "median: first 200 after ${STARTUP_MED} ms; first page listing states after ${STARTUP_FULL_MED} ms"
log ""

# ---------------------------------------------------------------------------------------------
# Load: dynamic pages vs static files of exactly the same bytes, same server, same run
# ---------------------------------------------------------------------------------------------
# The page security chain lets anonymous readers reach only listed static prefixes (/css/**,
# /js/**, ...); anything else redirects to /login. The static copies therefore live under css/.
STATIC="$WORK/static"
mkdir -p "$STATIC/css"
log "== Load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, loopback =="
start_app "$WORK/load-data" --spring.web.resources.static-locations="classpath:/static/,file:$STATIC/"
sleep 2   # let the record version poll (1 s) settle, so the cache holds the complete pages

curl -sf -o "$STATIC/css/bench-tracker.html" "$BASE/tracker" || die "GET /tracker failed"
curl -sf -o "$STATIC/css/bench-states.json" "$BASE/api/v1/states?asOf=$ASOF" || die "GET /api/v1/states failed"

NAMES=(tracker tracker-static states states-static)
declare -A URL=(
    [tracker]="$BASE/tracker"
    [tracker-static]="$BASE/css/bench-tracker.html"
    [states]="$BASE/api/v1/states?asOf=$ASOF"
    [states-static]="$BASE/css/bench-states.json"
)
declare -A BYTES
for n in "${NAMES[@]}"; do
    f="$WORK/check-$n"
    code=$(curl -s -o "$f" -w '%{http_code}' "${URL[$n]}" || true)
    [ "$code" = 200 ] || die "GET ${URL[$n]} answered $code, not 200"
    BYTES[$n]=$(wc -c <"$f" | tr -d ' ')
done
cmp -s "$WORK/check-tracker" "$WORK/check-tracker-static" || die "the static copy of /tracker does not have the same bytes"
cmp -s "$WORK/check-states" "$WORK/check-states-static" || die "the static copy of /api/v1/states does not have the same bytes"
[ "$(grep -c 'data-iso3=' "$WORK/check-tracker" || true)" -gt 0 ] || die "/tracker lists no states: reference data missing?"

log "warm-up: ${WARMUP}s of wrk per URL (not measured)"
for n in "${NAMES[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${URL[$n]}" >/dev/null
done

# Rounds are interleaved (every URL once per round) so that a slow spell of the shared machine
# hits dynamic and static alike instead of one case entirely.
declare -A RPS P50 P99 ERRS
for r in $(seq 1 "$RUNS"); do
    for n in "${NAMES[@]}"; do
        out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$LUA" "${URL[$n]}")
        line=$(grep '^BENCH ' <<<"$out" || true)
        [ -n "$line" ] || { printf '%s\n' "$out" >&2; die "wrk printed no BENCH line for ${URL[$n]}"; }
        log "round $r  $(printf '%-15s' "$n") $line"
        RPS[$n]="${RPS[$n]:-} $(field rps "$line")"
        P50[$n]="${P50[$n]:-} $(field p50_ms "$line")"
        P99[$n]="${P99[$n]:-} $(field p99_ms "$line")"
        ERRS[$n]=$(( ${ERRS[$n]:-0} + $(field errors "$line") + $(field non2xx "$line") ))
    done
done
stop_app
log ""

declare -A MRPS MP50 MP99
for n in "${NAMES[@]}"; do
    # shellcheck disable=SC2086
    MRPS[$n]=$(median ${RPS[$n]})
    # shellcheck disable=SC2086
    MP50[$n]=$(median ${P50[$n]})
    # shellcheck disable=SC2086
    MP99[$n]=$(median ${P99[$n]})
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
RATIO_TRACKER=$(ratio "${MRPS[tracker]}" "${MRPS[tracker-static]}")
RATIO_STATES=$(ratio "${MRPS[states]}" "${MRPS[states-static]}")

log "== Results (median of $RUNS runs) =="
printf '| %-40s | %7s | %9s | %8s | %8s | %-15s |\n' "URL" "bytes" "req/s" "p50 ms" "p99 ms" "dynamic/static"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------------------------" "--------:" "----------:" "---------:" "---------:" "-----------------"
for n in "${NAMES[@]}"; do
    path="${URL[$n]#"$BASE"}"
    case "$n" in
        tracker) rat="$RATIO_TRACKER" ;;
        states) rat="$RATIO_STATES" ;;
        *) rat="" ;;
    esac
    printf '| %-40s | %7s | %9.0f | %8.2f | %8.2f | %-15s |\n' "$path" "${BYTES[$n]}" "${MRPS[$n]}" "${MP50[$n]}" "${MP99[$n]}" "$rat"
done
log ""

verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? 1 : 0 }'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { print (a >= b) ? 1 : 0 }'; }

log "== Targets =="
log "$(verdict "$(lt "${MP99[tracker]}" $P99_TARGET_MS)")  GET /tracker p99 ${MP99[tracker]} ms < ${P99_TARGET_MS} ms"
log "$(verdict "$(ge "$RATIO_TRACKER" $RATIO_TARGET)")  GET /tracker throughput ${RATIO_TRACKER} x static >= ${RATIO_TARGET}"
log "$(verdict "$(lt "${MP99[states]}" $P99_TARGET_MS)")  GET /api/v1/states p99 ${MP99[states]} ms < ${P99_TARGET_MS} ms"
log "$(verdict "$(ge "$RATIO_STATES" $RATIO_TARGET)")  GET /api/v1/states throughput ${RATIO_STATES} x static >= ${RATIO_TARGET}"
log "$(verdict "$(lt "$STARTUP_MED" $STARTUP_TARGET_MS)")  start-up to first 200 on /tracker ${STARTUP_MED} ms < ${STARTUP_TARGET_MS} ms"
log "$(verdict "$(lt "$STARTUP_FULL_MED" $STARTUP_TARGET_MS)")  start-up to first /tracker listing states ${STARTUP_FULL_MED} ms < ${STARTUP_TARGET_MS} ms (stricter reading)"
total_errors=0
for n in "${NAMES[@]}"; do total_errors=$(( total_errors + ERRS[$n] )); done
if [ "$total_errors" -gt 0 ]; then
    log "NOTE: wrk counted $total_errors socket errors or non-2xx answers in the measured runs (see the BENCH lines)"
fi
log "load avg:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) (at end)"
