#!/usr/bin/env bash
# Cooperation pages and API under load, against static copies of the same bytes served by the same
# server in the same run (the baseline), with the public response cache on and off; plus the time
# the first start spends recording the shipped cooperation data. Numbers: docs/benchmarks.md.
#
# Usage: bench/cooperation.sh [--build] [--duration S] [--connections N] [--port N]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/amicus-0.1.0-SNAPSHOT.jar"
DURATION=10
CONNECTIONS=32
PORT=18090
BUILD=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=1 ;;
        --duration) DURATION="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --port) PORT="$2"; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
command -v wrk >/dev/null || { echo "wrk is needed" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is busy" >&2; exit 1; fi
if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then (cd "$ROOT" && ./mvnw -q -DskipTests package); fi

WORK="$(mktemp -d -t amicus-coop-bench.XXXXXX)"
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

PAGES=(/cooperation/deficit "/cooperation/warrants?status=OUTSTANDING" /api/v1/cooperation/deficit/states)

# start DATA_DIR CACHE: starts the app, waits for the first 200 on /cooperation; sets APP and STARTED_MS.
start() {
    mkdir -p "$WORK/static/css"
    local t0; t0=$(date +%s%N)
    java -jar "$JAR" --server.port="$PORT" --amicus.data-dir="$1" --amicus.public-cache.enabled="$2" \
        --spring.web.resources.static-locations="file:$WORK/static/,classpath:/static/" >"$1.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 1800); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/cooperation" || true)" = 200 ]; then
            STARTED_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
        fi
        sleep 0.05
    done
    echo "the app did not start; see $1.log" >&2; exit 1
}

stop() { kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""; }

# load URL: requests per second and p99 in ms of one wrk run after a warm-up.
load() {
    wrk -t2 -c"$CONNECTIONS" -d5s "$1" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
        /Requests\/sec/ { rps = $2 }
        /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } p99 = v }
        END { printf "%.0f %.1f", rps, p99 }'
}

for cache in true false; do
    start "$WORK/data-$cache" "$cache"
    ms=$STARTED_MS
    loaded=$(grep -o 'Cooperation record loaded.*' "$WORK/data-$cache.log" | head -1)
    echo "== public cache $cache: first 200 on /cooperation after $ms ms (${loaded:-no load line})"
    i=0
    for page in "${PAGES[@]}"; do
        i=$((i + 1))
        curl -sf -o "$WORK/static/css/coop-bench-$cache-$i.txt" "http://127.0.0.1:$PORT$page"
        read -r rps p99 <<<"$(load "http://127.0.0.1:$PORT$page")"
        read -r srps sp99 <<<"$(load "http://127.0.0.1:$PORT/css/coop-bench-$cache-$i.txt")"
        awk -v p="$page" -v r="$rps" -v q="$p99" -v sr="$srps" -v sq="$sp99" 'BEGIN {
            printf "%-45s %8d req/s  p99 %6.1f ms | static copy %8d req/s  p99 %6.1f ms | ratio %.2f\n", p, r, q, sr, sq, r / sr }'
    done
    stop
done
