#!/usr/bin/env bash
# Crash safety (docs/benchmarks.md, "Mail engine"): starts Amicus (the jar), begins a send to N recipients
# against Postfix's smtp-sink recording every accepted message's RCPT address, kills Amicus with SIGKILL
# in the middle, starts it again on the same data directory, waits for the send to finish, and reports
# recipients lost (must be 0) and duplicated (at most the messages in flight at the kill).
# WHILE_QUEUEING=1 kills it while the send's later chunks are still being written (the POST never answers):
# after the restart the send is marked interrupted once its queueing lease runs out, ends with the
# recipients it has, and "send to those added since" with the full list reaches the rest.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
WHILE_QUEUEING=${WHILE_QUEUEING:-0}
if [ "$WHILE_QUEUEING" = 1 ]; then KILL_AT=${KILL_AT:-$((N / 50))}; else KILL_AT=${KILL_AT:-$((N / 3))}; fi
POOL=${POOL:-8}
SINK_PORT=${SINK_PORT:-12526}
APP_PORT=${APP_PORT:-18091}
JAR=${JAR:-target/amicus-0.1.0-SNAPSHOT.jar}
PASSWORD=crash-password-$$

command -v smtp-sink >/dev/null || { echo "Needs smtp-sink: apt-get install postfix" >&2; exit 2; }
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

WORK=$(mktemp -d)
chmod 777 "$WORK"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

. bench/mail-db.sh

smtp-sink -u nobody -D "$WORK/dump" 127.0.0.1:$SINK_PORT 256 &
PIDS+=($!)

start_app() {
  AMICUS_ADMIN_PASSWORD=$PASSWORD java -Xmx512m -jar "$JAR" --server.port=$APP_PORT --amicus.data-dir="$WORK/data" \
    --amicus.mail.smtp.host=127.0.0.1 --amicus.mail.smtp.port=$SINK_PORT --amicus.mail.smtp.pool-size="$POOL" \
    --amicus.mail.queue.lease=PT30S --amicus.mail.bounce-domain=bounces.bench.test --logging.level.root=warn \
    >> "$WORK/app.log" 2>&1 &
  APP=$!
  PIDS+=($APP)
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/" && return 0; sleep 0.5; done
  echo "Amicus did not start" >&2; tail -50 "$WORK/app.log" >&2; exit 1
}
progress() { curl -sf -u admin:$PASSWORD "http://127.0.0.1:$APP_PORT/api/mail/sends/$ID"; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

start_app
python3 bench/mail-send.py "$N" > "$WORK/send.json"
post() { curl -sf -u admin:$PASSWORD -H 'Content-Type: application/json' --data-binary @"$2" "http://127.0.0.1:$APP_PORT/api/mail/sends$1"; }
finish() { until [ "$(progress | field 'd["state"]')" = FINISHED ]; do sleep 1; done; progress | field '"counts: " + str(d["counts"])'; }
if [ "$WHILE_QUEUEING" = 1 ]; then
  # The database is new, so the send is the first; the POST is left to die with the process.
  ID=1
  post "" "$WORK/send.json" > /dev/null 2>&1 &
  until progress > /dev/null 2>&1; do sleep 0.05; done
  echo "Send $ID to $N recipients being queued; killing Amicus after $KILL_AT messages are recorded sent"
else
  ID=$(post "" "$WORK/send.json" | field 'd["id"]')
  echo "Send $ID to $N recipients queued; killing Amicus after $KILL_AT messages are recorded sent"
fi
until [ "$(progress | field 'd["counts"]["SENT"]')" -ge "$KILL_AT" ]; do sleep 0.2; done
QUEUEING=$(progress | field 'd["stillQueueing"]')
kill -9 "$APP"
wait "$APP" 2>/dev/null || true
AT_KILL=$(grep -c '^X-Rcpt-Args:' "$WORK/dump" || true)
echo "SIGKILL sent; the sink had accepted $AT_KILL messages; the send was still queueing: $QUEUEING"

start_app
echo "Restarted; waiting for the send to finish (leases of the killed node run out after 30 s)"
finish
if [ "$WHILE_QUEUEING" = 1 ]; then
  echo "queueing interrupted: $(progress | field 'd["queueingInterrupted"]'); sending to those the send does not have"
  python3 -c 'import json,sys; json.dump(json.load(open(sys.argv[1]))["recipients"], sys.stdout)' "$WORK/send.json" > "$WORK/all.json"
  ID=$(post "/$ID/send-to-added" "$WORK/all.json" | field 'd["id"]')
  finish
fi

grep '^X-Rcpt-Args:' "$WORK/dump" | sed 's/^X-Rcpt-Args: <\(.*\)>.*/\1/' | sort > "$WORK/received"
python3 bench/mail-send.py "$N" | python3 -c 'import json,sys; [print(r["address"]) for r in json.load(sys.stdin)["recipients"]]' | sort > "$WORK/expected"
LOST=$(comm -23 "$WORK/expected" <(uniq "$WORK/received") | wc -l)
DUPLICATES=$(( $(wc -l < "$WORK/received") - $(uniq "$WORK/received" | wc -l) ))
echo
echo "recipients:            $N"
echo "messages received:     $(wc -l < "$WORK/received")"
echo "lost:                  $LOST  (must be 0)"
echo "duplicated:            $DUPLICATES  (bound: messages in flight at the kill, at most pool x flush batch = $((POOL * 100)))"
[ "$LOST" = 0 ] && echo PASS || echo FAIL
