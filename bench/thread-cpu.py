#!/usr/bin/env python3
"""CPU seconds per thread group of a process: `thread-cpu.py PID > before.json`, then
`thread-cpu.py PID before.json` prints what each group used since (threads named as the JVM names them,
numbers stripped: mail-worker-, C2 CompilerThre, GC Thread#, ...), and how much of it was in the kernel
(system calls: sockets, futexes). Used by bench/mail.sh."""
import collections, json, os, re, sys

pid, tick = sys.argv[1], os.sysconf("SC_CLK_TCK")
now = {}
for tid in os.listdir(f"/proc/{pid}/task"):
    try:
        with open(f"/proc/{pid}/task/{tid}/comm") as f:
            name = f.read().strip()
        with open(f"/proc/{pid}/task/{tid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        now[tid] = [name, (int(fields[11]) + int(fields[12])) / tick, int(fields[12]) / tick]
    except OSError:
        pass
if len(sys.argv) < 3:
    json.dump(now, sys.stdout)
    sys.exit()
with open(sys.argv[2]) as f:
    before = json.load(f)
groups, kernel = collections.Counter(), collections.Counter()
for tid, (name, cpu, system) in now.items():
    was = before.get(tid, [name, 0, 0])
    group = re.sub(r"[#\d]+$", "", name)
    groups[group] += cpu - was[1]
    kernel[group] += system - was[2]
total = sum(groups.values())
for name, cpu in groups.most_common(12):
    if cpu >= 0.05:
        print(f"  {cpu:7.2f} s  {100 * cpu / total:5.1f} %  {name}  (kernel {100 * kernel[name] / cpu:.0f} %)")
