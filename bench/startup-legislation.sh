#!/usr/bin/env bash
# What the legislation data (stages, laws, watch list, loaded before the web server opens) adds to
# a first start: time from `java -jar` to the first 200 on GET /tracker, fresh H2 data dir each
# run, for a baseline jar (without the legislation work) and the jar under test, alternated in the
# same run; reports each run, the medians and the ratio. Numbers: docs/benchmarks.md.
#
# Usage: bench/startup-legislation.sh BASELINE_JAR JAR [RUNS]   (RUNS defaults to 5)
set -euo pipefail

BASE="$1"
JAR="$2"
RUNS="${3:-5}"
PORT=18180

start_ms() {  # jar -> milliseconds to the first 200, and the app's own log line on the data
    local jar="$1" data pid t0 t1
    data="$(mktemp -d)"
    t0=$(date +%s%N)
    AMICUS_ADMIN_PASSWORD=bench-password java -jar "$jar" --server.port=$PORT --amicus.data-dir="$data" \
        >"$data/out.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 1200); do  # at most 60 s
        if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/tracker" || true)" = 200 ]; then
            break
        fi
        kill -0 "$pid" 2>/dev/null || { echo "the app stopped: see $data/out.log" >&2; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "$(( (t1 - t0) / 1000000 )) $(grep -o 'Legislation data loaded.*' "$data/out.log" | sed 's/\x1b\[[0-9;]*m//g' || true)"
    rm -rf "$data"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

base_times=(); new_times=()
for i in $(seq 1 "$RUNS"); do
    b=$(start_ms "$BASE"); n=$(start_ms "$JAR")
    echo "run $i: baseline ${b%% *} ms; legislation ${n%% *} ms (${n#* })"
    base_times+=("${b%% *}"); new_times+=("${n%% *}")
done
bm=$(printf '%s\n' "${base_times[@]}" | median)
nm=$(printf '%s\n' "${new_times[@]}" | median)
echo "median: baseline $bm ms, legislation $nm ms, ratio $(awk -v n="$nm" -v b="$bm" 'BEGIN {printf "%.2f", n / b}')"
