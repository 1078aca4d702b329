#!/usr/bin/env python3
"""Where a thread group's CPU went in a JFR recording: `jfr-top.py RECORDING THREAD_PREFIX [FROM TO]`.
Counts the execution samples of the threads whose names start with THREAD_PREFIX (mail-worker,
http-nio, mail-claimer, media-work...), only those between FROM and TO when given (UTC, ISO 8601:
the measured send's created_at and finished_at), and prints the top frames and the methods found
anywhere on the sampled stacks, and the share of samples with each library (H2, Lucene, Lingua...)
on the stack. Record with one sample a millisecond (the default profile takes one every
10 to 20 ms) from a copy of the JDK's profile settings:
    sed 's#\\(name="period" control="method-sampling-java-interval">\\)[^<]*#\\11 ms#' \\
        "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc" > /tmp/fine.jfc
    JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/mail.jfr,settings=/tmp/fine.jfc" bench/mail.sh
    psql -h 127.0.0.1 -U postgres -d amicus_mail -At -F ' ' -c "select replace((created_at at time zone 'UTC')::text,
        ' ', 'T'), replace((finished_at at time zone 'UTC')::text, ' ', 'T') from mail_send order by id desc limit 1"
    bench/jfr-top.py /tmp/mail.jfr mail-worker 2026-11-28T13:57:50.9 2026-11-28T13:57:58.1
Used for the profiles in docs/benchmarks.md (mail engine and media ingest, 28 November afternoon)."""
import collections, datetime, json, subprocess, sys

recording, prefix = sys.argv[1], sys.argv[2]
window = [datetime.datetime.fromisoformat(t) for t in sys.argv[3:5]]
events = json.loads(subprocess.run(["jfr", "print", "--stack-depth", "256", "--events", "jdk.ExecutionSample", "--json", recording],
                                   check=True, capture_output=True, text=True).stdout)["recording"]["events"]

def at(event):
    return datetime.datetime.fromisoformat(event["values"]["startTime"].replace("Z", "")[:26])

def name(frame):
    method = frame["method"]
    return method["type"]["name"].split("/")[-1] + "." + method["name"]

mine = [e for e in events if (e["values"]["sampledThread"]["javaName"] or "").startswith(prefix)]
if window:
    mine = [e for e in mine if window[0] <= at(e) <= window[1]]
LIBRARIES = {"H2": "org/h2/", "Lucene": "org/apache/lucene/", "Lingua": "com/github/pemistahl/lingua/",
             "Rome": "com/rometools/", "jsoup": "org/jsoup/", "PostgreSQL driver": "org/postgresql/", "Jackson": "tools/jackson/"}
top, anywhere, libraries = collections.Counter(), collections.Counter(), collections.Counter()
for e in mine:
    stack = (e["values"]["stackTrace"] or {"frames": []})["frames"]
    types = [f["method"]["type"]["name"] for f in stack]
    libraries.update(library for library, package in LIBRARIES.items() if any(t.startswith(package) for t in types))
    frames = [name(f) for f in stack]
    if frames:
        top[frames[0]] += 1
    anywhere.update(set(frames))
print(f"{len(mine)} samples of threads {prefix}*")
print("samples with a library on the stack:")
for library, n in libraries.most_common():
    print(f"  {n:6d}  {100 * n / max(1, len(mine)):5.1f} %  {library}")
print("top frames:")
for method, n in top.most_common(25):
    print(f"  {n:6d}  {method}")
print("on the stack:")
for method, n in anywhere.most_common(40):
    print(f"  {n:6d}  {method}")
