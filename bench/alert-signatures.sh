#!/usr/bin/env bash
# Action alert signatures under load (docs/benchmarks.md, "Campaigns: action alert signatures").
# Starts Amicus (the jar) on PostgreSQL, signs in as the administrator through the sign-in form,
# creates a campaign and publishes a petition through the staff forms, then:
#   1. baseline: wrk GETs a static file from the same server (same connections, same duration);
#   2. wrk POSTs signatures through the public form (bench/alert-sign.lua), each with its own address;
#   3. counts the signature rows in the database and compares them with the 200 answers.
# The form is fetched once per simulated browser (--sessions, each keeping its own cookies, CSRF token
# and signed time stamp), and the script waits out the time check before the load starts. The abuse limits are the production defaults,
# shared between nodes (platform RateLimits): each request comes as its own client through
# X-Forwarded-For (server.forward-headers-strategy=native, as behind a reverse proxy), so every
# signature pays for its two limit counters (counted in memory, written back every 100 ms).
#
# Usage: bench/alert-signatures.sh [--duration S] [--connections N] [--threads N] [--port N] [--sessions N]
# Env:   DB_URL (default jdbc:postgresql://127.0.0.1:5432/amicus_campaigns), DB_USER (postgres), DB_PASSWORD;
#        JAR (default target/amicus-0.1.0-SNAPSHOT.jar) and APP_ARGS (more arguments for it), to compare builds
#        in one session (an older build on a newer database needs APP_ARGS=--spring.flyway.validate-on-migrate=false)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR=${JAR:-$ROOT/target/amicus-0.1.0-SNAPSHOT.jar}
DURATION=20
CONNECTIONS=16
SESSIONS=64
THREADS=2
PORT=18093
DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/amicus_campaigns}
DB_USER=${DB_USER:-postgres}
DB_PASSWORD=${DB_PASSWORD:-}
while [ $# -gt 0 ]; do
    case "$1" in
        --duration) DURATION="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --sessions) SESSIONS="$2"; shift ;;
        --threads) THREADS="$2"; shift ;;
        --port) PORT="$2"; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed to count the rows" >&2; exit 1; }
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -DskipTests package)

WORK="$(mktemp -d -t amicus-alert-bench.XXXXXX)"
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"
JAR_COOKIES="$WORK/staff.cookies"
PASSWORD="bench-admin-password-$$"

SPRING_PROFILES_ACTIVE=postgres \
AMICUS_DB_URL="$DB_URL" AMICUS_DB_USERNAME="$DB_USER" AMICUS_DB_PASSWORD="$DB_PASSWORD" \
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --amicus.data-dir="$WORK/data" \
    --server.forward-headers-strategy=native \
    --amicus.campaigns.alerts.confirmations-every=PT2S ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login" || true)" = 200 ] && break
    sleep 0.1
done

# The bench's staff user, written straight into the database (the first-administrator set-up only runs on an empty one).
PSQL=(psql -h "$(echo "$DB_URL" | sed 's#.*//\([^:/]*\).*#\1#')" -U "$DB_USER" -d "$(echo "$DB_URL" | sed 's#.*/##')" -q -At)
PGPASSWORD="$DB_PASSWORD" "${PSQL[@]}" -c "update app_user set password_hash = '{noop}$PASSWORD', enabled = true where username = 'benchadmin';
    insert into app_user (username, display_name, password_hash, preferred_language, created_at)
      select 'benchadmin', 'Bench', '{noop}$PASSWORD', 'en', now() where not exists (select 1 from app_user where username = 'benchadmin');
    insert into app_user_role (user_id, role) select id, 'ADMIN' from app_user u where username = 'benchadmin'
      and not exists (select 1 from app_user_role r where r.user_id = u.id and r.role = 'ADMIN');"

# csrf PAGE COOKIEJAR: the CSRF token of the first form on the page
csrf() { curl -s -b "$3" -c "$3" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
post() { curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$(csrf "$1" x "$JAR_COOKIES")" "${@:3}" "$BASE$2"; }

TOKEN=$(csrf /login x "$JAR_COOKIES")
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$TOKEN" \
    --data-urlencode "username=benchadmin" --data-urlencode "password=$PASSWORD" "$BASE/login"
RUN=$(date +%s)
CAMPAIGN=$(post /staff/campaigns /staff/campaigns -d kind=UNIVERSAL_RATIFICATION -d "name=Bench campaign $RUN" \
    -d periodStart=2026-01-01 -d status=ACTIVE -d states=KEN)
[ -n "$CAMPAIGN" ] || { echo "could not create the campaign:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
SLUG="bench-$RUN"
ALERT=$(post "${CAMPAIGN#$BASE}/alerts/new" "${CAMPAIGN#$BASE}/alerts" -d kind=PETITION -d "slug=$SLUG" -d dailyCap=50 \
    --data-urlencode "title[en]=Bench petition" --data-urlencode "appeal[en]=Sign, please.")
post "${ALERT#$BASE}" "${ALERT#$BASE}/publish" >/dev/null

# The supporters' side: SESSIONS visits to the form, as SESSIONS browsers make them, each keeping its own
# cookies (the form token's cookie; a session cookie too with builds that kept the token in the session),
# CSRF token and time stamp. Requests take them in turn, so no two requests in flight share a browser (a
# crowd does not sign through one browser: one shared session row would serialise every request).
export SLUG RUN THREADS
SESSION_LIST=""
for i in $(seq 1 "$SESSIONS"); do
    COOKIES="$WORK/public-$i.cookies"
    PAGE=$(curl -s -b "$COOKIES" -c "$COOKIES" "$BASE/act/$SLUG?lang=en")
    CSRF=$(echo "$PAGE" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    STAMP=$(echo "$PAGE" | grep -o 'name="stamp" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    COOKIE=$(awk '$6 == "SESSION" || $6 == "XSRF-TOKEN" { printf "%s%s=%s", sep, $6, $7; sep = ";" }' "$COOKIES")
    [ -n "$CSRF" ] && [ -n "$STAMP" ] && [ -n "$COOKIE" ] || { echo "the alert page did not give a form; see $WORK/app.log" >&2; exit 1; }
    SESSION_LIST="$SESSION_LIST$COOKIE $CSRF $STAMP
"
done
export SESSION_LIST
sleep 3.5 # the form's time check: nobody signs within 3 seconds of the page

echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
wrk -t1 -c4 -d5s "$BASE/act/$SLUG" >/dev/null # warm-up of the page and the JIT, not measured
echo "baseline (static file):"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/report.lua" "$BASE/css/amicus.css" | grep '^BENCH'
echo "signatures:"
RESULT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/alert-sign.lua" "$BASE/act/$SLUG" | grep '^BENCH')
echo "$RESULT"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 1
PGPASSWORD="$DB_PASSWORD" "${PSQL[@]}" -c "select count(*), count(distinct signer_key), sum(signings)
    from alert_signature s join action_alert a on a.id = s.alert_id where a.slug = '$SLUG'" | {
    IFS='|' read -r ROWS DISTINCT SIGNINGS
    ACCEPTED=$(echo "$RESULT" | sed 's/.*ACCEPTED=\([0-9]*\).*/\1/')
    echo "rows=$ROWS distinct_signers=$DISTINCT signings=$SIGNINGS accepted=$ACCEPTED"
    if [ "$ROWS" -lt "$ACCEPTED" ]; then echo "LOST: $((ACCEPTED - ROWS)) accepted signatures are not in the database"; exit 1; fi
    echo "none lost; rows beyond the 200s are requests still in flight when wrk stopped (at most $CONNECTIONS)"
}
