#!/usr/bin/env python3
"""Where the CPU went in a Java Flight Recorder file: the execution samples' hottest frames, by their own time (the
top frame) and by their inclusive time (every method on the stack, counted once a sample), and the inclusive time of
Rasd's own methods. Usage: bench/jfr-hot.py FILE.jfr [THREAD-NAME-PART] [TOP]"""
import collections
import re
import subprocess
import sys

path = sys.argv[1]
thread_part = sys.argv[2] if len(sys.argv) > 2 else ""
top = int(sys.argv[3]) if len(sys.argv) > 3 else 30
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", path],
                      capture_output=True, text=True, check=True).stdout
own, inclusive, rasd = collections.Counter(), collections.Counter(), collections.Counter()
samples = 0
frame = re.compile(r"^\s+([\w$.<>]+)\(.*line:")
for event in text.split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if thread_part and (thread is None or thread_part not in thread.group(1)):
        continue
    frames = [m.group(1) for m in (frame.match(line) for line in event.splitlines()) if m]
    if not frames:
        continue
    samples += 1
    own[frames[0]] += 1
    for f in set(frames):
        inclusive[f] += 1
        if f.startswith("ps.rasd."):
            rasd[f] += 1
print(f"{samples} samples" + (f" on threads named *{thread_part}*" if thread_part else ""))
for title, counter in (("own time", own), ("inclusive", inclusive), ("Rasd's methods, inclusive", rasd)):
    print(f"\n{title}:")
    for name, n in counter.most_common(top):
        print(f"  {100 * n / samples:5.1f}%  {name}")
