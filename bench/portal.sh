#!/usr/bin/env bash
# The portal's public pages under load (issue 10): the home page, a country page and a blog post, each
# against a static copy of the same bytes served by the same server in the same run (the baseline), on
# loopback with 64 connections. Target: each page holds 1,500 requests a second with p99 under 30 ms.
# Anonymous readers with no session, as the public is: the language comes from Accept-Language (fr)
# and they accept gzip, as browsers do. The app starts on a fresh database with the "bench" profile,
# which publishes one French In Situ post through the blog's own submit-and-approve (BenchPost).
#
# Two runs for each page and for its static copy:
#   paced: 1,500 requests a second over the 64 connections (bench/paced.lua): the target's own terms;
#   flat:  every connection sends its next request as soon as it has the answer: the most the server
#          gives (req/s); its p99 is the queue of a saturated machine, not the latency at the target.
# Numbers: docs/benchmarks.md.
#
# Usage: bench/portal.sh [--build] [--duration S] [--connections N] [--port N] [--rate R] [--identity]
#   --rate R     the paced rate (default 1500)
#   --identity   readers that do not accept gzip
set -euo pipefail

DURATION=15
CONNECTIONS=64
PORT=18110
RATE=1500
ENCODING=gzip
source "$(dirname "${BASH_SOURCE[0]}")/wrk-lib.sh"
while [ $# -gt 0 ]; do
    bench_option "$@" && { shift "$BENCH_SHIFT"; continue; }
    case "$1" in
        --rate) RATE="$2"; shift ;;
        --identity) ENCODING=identity ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
bench_prepare
bench_start "$WORK/data" / --spring.profiles.active=bench
POST=""
for _ in $(seq 1 300); do
    POST=$(grep -o 'In Situ bench post at /blog/[0-9]*' "$WORK/data.log" | head -1 | grep -o '/blog/[0-9]*' || true)
    [ -n "$POST" ] && break
    sleep 0.2
done
[ -n "$POST" ] || { echo "no bench post was published; see $WORK/data.log" >&2; exit 1; }
PAGES=(/ /countries/KEN "$POST")
HEADERS=(-H 'Accept-Language: fr' -H "Accept-Encoding: $ENCODING")

echo "== $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $CONNECTIONS connections, ${DURATION}s runs, paced at $RATE req/s, Accept-Encoding: $ENCODING"
printf '%-16s %-12s | %-30s | %-30s | %s\n' page answer "paced: req/s  p99 ms  late" "flat: req/s  p99 ms" "target"
i=0
for page in "${PAGES[@]}"; do
    i=$((i + 1))
    bench_copy "$page" "portal-bench-$i.html" -H 'Accept-Language: fr'
    size=$(curl -s -o /dev/null -w '%{size_download}' "${HEADERS[@]}" "http://127.0.0.1:$PORT$page")
    for what in page static; do
        url="http://127.0.0.1:$PORT$page"; label="$page"
        [ "$what" = static ] && { url="http://127.0.0.1:$PORT/css/portal-bench-$i.html"; label="  static copy"; }
        read -r prps pp99 pbad late <<<"$(bench_paced "$url" "$RATE" "${HEADERS[@]}")"
        read -r frps fp99 fbad <<<"$(bench_flat "$url" "${HEADERS[@]}")"
        [ "$what" = static ] && size=$(stat -c %s "$WORK/static/css/portal-bench-$i.html")
        awk -v l="$label" -v s="$size" -v pr="$prps" -v pq="$pp99" -v lt="$late" -v fr="$frps" -v fq="$fp99" -v bad=$((pbad + fbad)) \
            -v rate="$RATE" -v w="$what" 'BEGIN {
            verdict = (w == "static") ? "" : ((pr >= rate * 0.98 && pq < 30 && fr >= 1500) ? "met" : "NOT met")
            if (bad > 0) verdict = verdict " (" bad " non-2xx)"
            printf "%-16s %8d bytes | %8.0f %8.1f %6d      | %8.0f %8.1f        | %s\n", l, s, pr, pq, lt, fr, fq, verdict }'
    done
done
