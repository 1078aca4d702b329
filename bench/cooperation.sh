#!/usr/bin/env bash
# Cooperation pages and API under load, against static copies of the same bytes served by the same
# server in the same run (the baseline), with the public response cache on and off; plus the time
# the first start spends recording the shipped cooperation data. wrk runs flat out (bench/wrk-lib.sh).
# Numbers: docs/benchmarks.md.
#
# Usage: bench/cooperation.sh [--build] [--duration S] [--connections N] [--port N]
set -euo pipefail

DURATION=10
CONNECTIONS=32
PORT=18090
source "$(dirname "${BASH_SOURCE[0]}")/wrk-lib.sh"
while [ $# -gt 0 ]; do
    bench_option "$@" && { shift "$BENCH_SHIFT"; continue; }
    echo "unknown option: $1" >&2; exit 2
done
bench_prepare

PAGES=(/cooperation/deficit "/cooperation/warrants?status=OUTSTANDING" /api/v1/cooperation/deficit/states)

for cache in true false; do
    bench_start "$WORK/data-$cache" /cooperation --amicus.public-cache.enabled="$cache"
    loaded=$(grep -o 'Cooperation record loaded.*' "$WORK/data-$cache.log" | head -1)
    echo "== public cache $cache: first 200 on /cooperation after $STARTED_MS ms (${loaded:-no load line})"
    i=0
    for page in "${PAGES[@]}"; do
        i=$((i + 1))
        bench_copy "$page" "coop-bench-$cache-$i.txt"
        read -r rps p99 _ <<<"$(bench_flat "http://127.0.0.1:$PORT$page")"
        read -r srps sp99 _ <<<"$(bench_flat "http://127.0.0.1:$PORT/css/coop-bench-$cache-$i.txt")"
        awk -v p="$page" -v r="$rps" -v q="$p99" -v sr="$srps" -v sq="$sp99" 'BEGIN {
            printf "%-45s %8d req/s  p99 %6.1f ms | static copy %8d req/s  p99 %6.1f ms | ratio %.2f\n", p, r, q, sr, sq, r / sr }'
    done
    bench_stop
done
