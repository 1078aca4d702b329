#!/usr/bin/env bash
# The portal's public pages under load (issue 10): the home page, a country page and a third page
# (a blog post once the In Situ work is merged: pass its path), each against a static copy of the
# same bytes served by the same server in the same run (the baseline), at 64 connections on
# loopback. Targets: p99 under 30 ms and at least 1,500 requests per second each. Anonymous readers
# with no session, as the public is; the language comes from Accept-Language. Numbers: docs/benchmarks.md.
#
# Usage: bench/portal.sh [--build] [--duration S] [--connections N] [--port N] [--page PATH]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/amicus-0.1.0-SNAPSHOT.jar"
DURATION=15
CONNECTIONS=64
PORT=18110
BUILD=0
THIRD=/about
while [ $# -gt 0 ]; do
    case "$1" in
        --build) BUILD=1 ;;
        --duration) DURATION="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --port) PORT="$2"; shift ;;
        --page) THIRD="$2"; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is busy" >&2; exit 1; fi
if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then (cd "$ROOT" && ./mvnw -q -DskipTests package); fi

WORK="$(mktemp -d -t amicus-portal-bench.XXXXXX)"
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"
PAGES=(/ /countries/KEN "$THIRD")

mkdir -p "$WORK/static/css"
java -jar "$JAR" --server.port="$PORT" --amicus.data-dir="$WORK/data" \
    --spring.web.resources.static-locations="file:$WORK/static/,classpath:/static/" >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/" || true)" = 200 ] && break
    sleep 0.1
done

# load URL: requests per second and p99 in ms of one wrk run after a warm-up.
load() {
    wrk -t2 -c"$CONNECTIONS" -d5s -H 'Accept-Language: fr' "$1" >/dev/null
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H 'Accept-Language: fr' --latency "$1" | awk '
        /Requests\/sec/ { rps = $2 }
        /Non-2xx/ { bad = $NF }
        /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } p99 = v }
        END { printf "%.0f %.1f %d", rps, p99, bad }'
}

echo "== $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $CONNECTIONS connections, ${DURATION}s"
i=0
for page in "${PAGES[@]}"; do
    i=$((i + 1))
    status=$(curl -s -o "$WORK/static/css/portal-bench-$i.html" -w '%{http_code}' -H 'Accept-Language: fr' "$BASE$page")
    [ "$status" = 200 ] || { echo "$page answered $status" >&2; exit 1; }
    read -r rps p99 bad <<<"$(load "$BASE$page")"
    read -r srps sp99 sbad <<<"$(load "$BASE/css/portal-bench-$i.html")"
    awk -v p="$page" -v r="$rps" -v q="$p99" -v b="$bad" -v sr="$srps" -v sq="$sp99" 'BEGIN {
        printf "%-20s %8d req/s  p99 %6.1f ms  non-2xx %d | static copy %8d req/s  p99 %6.1f ms | ratio %.2f | target %s\n",
            p, r, q, b, sr, sq, r / sr, (r >= 1500 && q < 30) ? "met" : "NOT met" }'
done
