#!/usr/bin/env bash
# Mail benchmark (docs/benchmarks.md, "Mail engine"): in one run, Postfix's smtp-source sends N messages
# to Postfix's smtp-sink on loopback (the baseline, before and after Amicus), and Amicus (heap capped with -Xmx512m) sends a
# personalised send to N recipients in five languages to the same sink. Prints both rates, the ratio
# (target >= 50%) and the peak heap used. Needs Java 17, curl, python3, jstat and the Debian package postfix.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-100000}
POOL=${POOL:-8}
SINK_PORT=${SINK_PORT:-12525}
APP_PORT=${APP_PORT:-18090}
JAR=${JAR:-target/amicus-0.1.0-SNAPSHOT.jar}
PASSWORD=bench-password-$$
# WARMUP=n first sends n recipients WARMUP_ROUNDS times (default 5), unmeasured, so the measured send runs on a
# compiled server as a long-running one would (the default 0 measures a cold JVM: its compiler threads then cost as much CPU as the send).
WARMUP=${WARMUP:-0}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-5}
# JAVA_OPTS adds JVM options, e.g. JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/mail.jfr to profile the send.

if ! command -v smtp-sink >/dev/null; then
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y postfix >/dev/null
  else echo "Needs smtp-sink and smtp-source: apt-get install postfix" >&2; exit 2; fi
fi
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

now() { date +%s.%N; }
rate() { python3 -c "print(round($1 / ($3 - $2), 1))"; }

. bench/mail-db.sh

smtp-sink -u nobody 127.0.0.1:$SINK_PORT 256 &
PIDS+=($!)
sleep 1

# Busy and total jiffies of the whole machine (/proc/stat), to tell how much of it was idle during the send.
machine_ticks() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat; }
cpu_of() { awk '{printf "%.2f", ($14 + $15) / '"$(getconf CLK_TCK)"'}' "/proc/$1/stat"; }
# One smtp-source run of N messages; prints its rate and its CPU seconds. Timed inside python so that the
# interpreter's start is not counted against smtp-source.
source_run() {
  python3 -c 'import resource, subprocess, sys, time
t0 = time.time(); subprocess.run(sys.argv[2:], check=True, stdout=sys.stderr); t1 = time.time()
r = resource.getrusage(resource.RUSAGE_CHILDREN); print(round(int(sys.argv[1]) / (t1 - t0), 1), round(r.ru_utime + r.ru_stime, 2))' \
    "$N" smtp-source -d -s "$POOL" -l 2000 -m "$N" -f bench@lists.bench.test -t reader@d0.bench.test 127.0.0.1:$SINK_PORT
}
# The machine's speed drifts (other work, CPU frequency): smtp-source runs before Amicus and again after it, and
# the baseline is the mean of the two.
echo "Baseline: smtp-source, $N messages of 2,000 bytes, $POOL sessions kept open (-d), before and after Amicus"
read -r SOURCE_BEFORE SOURCE_CPU < <(source_run)
echo "smtp-source before: $SOURCE_BEFORE messages/s, $SOURCE_CPU s of CPU"

# The JIT settings of the release form (src/release/jvm.options, docs/deployment.md): the optimising compiler only
# for really hot code. Without them it keeps compiling lukewarm code of the whole application for minutes.
JIT_OPTS=$(grep '^-XX:Tier' src/release/jvm.options | tr '\n' ' ')
AMICUS_ADMIN_PASSWORD=$PASSWORD java -Xmx512m $JIT_OPTS ${JAVA_OPTS:-} -jar "$JAR" --server.port=$APP_PORT --amicus.data-dir="$WORK/data" \
  --amicus.mail.smtp.host=127.0.0.1 --amicus.mail.smtp.port=$SINK_PORT --amicus.mail.smtp.pool-size="$POOL" \
  --amicus.mail.bounce-domain=bounces.bench.test --logging.level.root=warn > "$WORK/app.log" 2>&1 &
APP=$!
PIDS+=($APP)
for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/" && break; sleep 0.5; done

python3 bench/mail-send.py "$N" > "$WORK/send.json"
PEAK=0
sample_heap() {
  local used
  used=$(jstat -gc "$APP" 2>/dev/null | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}') || return 0
  [ -n "$used" ] && [ "$used" -gt "$PEAK" ] && PEAK=$used
  return 0
}

finished() { curl -sf -u admin:$PASSWORD "http://127.0.0.1:$APP_PORT/api/mail/sends/$1" \
  | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d["state"]=="FINISHED" else 1)'; }
if [ "$WARMUP" -gt 0 ]; then
  # A long-running server has compiled its hot paths long ago. With the release form's thresholds a method reaches
  # the optimising compiler after 100,000 calls, so the warm-up sends more than that per message path (5 x 30,000);
  # the thread report below shows what the compiler still took during the measured send.
  python3 bench/mail-send.py "$WARMUP" > "$WORK/warmup.json"
  for round in $(seq 1 "$WARMUP_ROUNDS"); do
    WID=$(curl -sf -u admin:$PASSWORD -H 'Content-Type: application/json' --data-binary @"$WORK/warmup.json" \
      "http://127.0.0.1:$APP_PORT/api/mail/sends" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    until finished "$WID"; do sleep 2; done
  done
  echo "warm-up: $WARMUP_ROUNDS sends of $WARMUP recipients, not measured"
fi
echo "Amicus: personalised send to $N recipients, $POOL SMTP connections, -Xmx512m"
CPU0=$(cpu_of "$APP")
bench/thread-cpu.py "$APP" > "$WORK/threads.json"
DB_CPU0=$(db_cpu)
read -r BUSY0 TOTAL0 < <(machine_ticks)
t0=$(now)
ID=$(curl -sf -u admin:$PASSWORD -H 'Content-Type: application/json' --data-binary @"$WORK/send.json" \
  "http://127.0.0.1:$APP_PORT/api/mail/sends" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
t_queued=$(now)
echo "queued (POST answered) in $(python3 -c "print(round($t_queued - $t0, 1))") s, CPU meanwhile: JVM $(python3 -c "print(round($(cpu_of "$APP") - $CPU0, 2))") s, PostgreSQL $(python3 -c "print(round($(db_cpu) - $DB_CPU0, 2))") s"
while :; do
  sample_heap
  finished "$ID" && break
  # The end time is the server's finishedAt; polls only bound how long the busy share below counts after it.
  sleep 1
done
APP_CPU=$(python3 -c "print(round($(cpu_of "$APP") - $CPU0, 2))")
read -r BUSY1 TOTAL1 < <(machine_ticks)
DB_CPU=$(python3 -c "print(round($(db_cpu) - $DB_CPU0, 2))")
STATE=$(curl -sf -u admin:$PASSWORD "http://127.0.0.1:$APP_PORT/api/mail/sends/$ID")
echo "$STATE" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("counts:", d["counts"])'
epoch() { echo "$STATE" | python3 -c "import json,sys,datetime; print(datetime.datetime.fromisoformat(json.load(sys.stdin)['$1'].replace('Z','+00:00')).timestamp())"; }
t1=$(epoch finishedAt)
t_created=$(epoch createdAt)
AMICUS_RATE=$(rate "$N" "$t0" "$t1")
SENDING_RATE=$(rate "$N" "$t_created" "$t1")
read -r SOURCE_AFTER _ < <(source_run)
SOURCE_RATE=$(python3 -c "print(round(($SOURCE_BEFORE + $SOURCE_AFTER) / 2, 1))")
RATIO=$(python3 -c "print(round(100 * $AMICUS_RATE / $SOURCE_RATE, 1))")
echo
echo "smtp-source baseline:           $SOURCE_RATE messages/s  (before $SOURCE_BEFORE, after $SOURCE_AFTER)"
echo "Amicus, queueing included:      $AMICUS_RATE messages/s"
echo "Amicus, from queued to done:    $SENDING_RATE messages/s  (server clock: createdAt to finishedAt)"
echo "ratio (queueing included):      $RATIO %  (target >= 50 %)"
echo "CPU per message (load-independent): smtp-source $(python3 -c "print(round(1e6 * $SOURCE_CPU / $N))") us, Amicus $(python3 -c "print(round(1e6 * $APP_CPU / $N))") us (JVM, queueing and polls included)"
[ -n "${DB_URL:-}" ] && echo "PostgreSQL's CPU per message:   $(python3 -c "print(round(1e6 * $DB_CPU / $N))") us (every postgres process on the machine)"
echo "where Amicus's CPU went, by thread:"
bench/thread-cpu.py "$APP" "$WORK/threads.json"
echo "machine load average at the end:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine busy during the send:     $(python3 -c "print(round(100 * ($BUSY1 - $BUSY0) / ($TOTAL1 - $TOTAL0)))") % of $(nproc) cores (every process, polls until FINISHED included)"
echo "peak heap used (sampled, MB):   $PEAK  (cap 512)"
grep -c "OutOfMemoryError" "$WORK/app.log" >/dev/null && echo "OutOfMemoryError in the log!" || true
python3 -c "import sys; sys.exit(0)"; [ "$(python3 -c "print(int($RATIO >= 50))")" = 1 ] && echo PASS || echo FAIL
