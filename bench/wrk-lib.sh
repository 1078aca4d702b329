# Shared by the wrk benches of public pages (bench/portal.sh, bench/cooperation.sh): the common
# options, the jar's start on a fresh data directory with a folder of static copies served by the same
# server (the baseline), and the two kinds of wrk run. Source it after setting the defaults
# DURATION, CONNECTIONS and PORT; it sets ROOT, JAR, WORK (removed on exit) and BUILD.
#
# bench_option "$@": takes one common option (--build, --duration S, --connections N, --port N) off
#   the front; returns 1 when the first argument is not one of them. BENCH_SHIFT: how many it took.
# bench_prepare: checks wrk and the port, builds the jar when asked or missing, makes WORK.
# bench_start DATA_DIR READY_PATH [app arguments...]: starts the jar and waits for a 200 on READY_PATH;
#   sets APP (its pid) and STARTED_MS (milliseconds until that 200). Its log is DATA_DIR.log.
# bench_stop: stops it.
# bench_copy PATH NAME [curl options...]: saves the answer to PATH as the static file /css/NAME.
# bench_flat URL [wrk options...]: wrk flat out (each connection sends its next request as soon as the
#   answer arrives) after a 5 s warm-up; prints "rps p99_ms non2xx".
# bench_paced URL RATE [wrk options...]: wrk at RATE requests a second in all (bench/paced.lua) after
#   a 5 s warm-up at that rate; prints "rps p99_ms non2xx late".

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/amicus-0.1.0-SNAPSHOT.jar"
BUILD=0
THREADS=2
# wrk drops answers slower than its timeout (default 2 s) from the percentiles: keep them in.
WRK_TIMEOUT=30s

bench_option() {
    BENCH_SHIFT=1
    case "$1" in
        --build) BUILD=1 ;;
        --duration) DURATION="$2"; BENCH_SHIFT=2 ;;
        --connections) CONNECTIONS="$2"; BENCH_SHIFT=2 ;;
        --port) PORT="$2"; BENCH_SHIFT=2 ;;
        *) return 1 ;;
    esac
}

bench_prepare() {
    command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
    if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is busy" >&2; exit 1; fi
    if [ "$BUILD" = 1 ] || [ ! -f "$JAR" ]; then (cd "$ROOT" && ./mvnw -q -DskipTests package); fi
    WORK="$(mktemp -d -t amicus-bench.XXXXXX)"
    mkdir -p "$WORK/static/css"
    APP=""
    trap 'bench_stop; rm -rf "$WORK"' EXIT
}

bench_start() {
    local data="$1" ready="$2"; shift 2
    local t0; t0=$(date +%s%N)
    java -jar "$JAR" --server.port="$PORT" --amicus.data-dir="$data" \
        --spring.web.resources.static-locations="file:$WORK/static/,classpath:/static/" "$@" >"$data.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 3000); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$ready" || true)" = 200 ]; then
            STARTED_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
        fi
        kill -0 "$APP" 2>/dev/null || break
        sleep 0.1
    done
    echo "the app did not start; see $data.log" >&2; exit 1
}

bench_stop() {
    [ -n "${APP:-}" ] || return 0
    kill "$APP" 2>/dev/null || true
    wait "$APP" 2>/dev/null || true
    APP=""
}

bench_copy() {
    local path="$1" name="$2"; shift 2
    local status
    status=$(curl -s -o "$WORK/static/css/$name" -w '%{http_code}' "$@" "http://127.0.0.1:$PORT$path")
    [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
}

# bench_fields KEYS...: the values of those keys of wrk's BENCH line on stdin, space-separated.
bench_fields() {
    awk -v keys="$*" '/^BENCH / {
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        n = split(keys, k, " "); out = ""
        for (i = 1; i <= n; i++) out = out (i > 1 ? " " : "") v[k[i]]
        print out }'
}

bench_flat() {
    local url="$1"; shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$@" "$url" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency -s "$ROOT/bench/report.lua" "$@" "$url" \
        | bench_fields rps p99_ms non2xx
}

bench_paced() {
    local url="$1" rate="$2"; shift 2
    local lua="$ROOT/bench/paced.lua"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$lua" "$@" "$url" -- "$rate" "$THREADS" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "$WRK_TIMEOUT" --latency -s "$lua" "$@" "$url" -- "$rate" "$THREADS" \
        | bench_fields rps p99_ms non2xx late
}
