#!/usr/bin/env bash
# Advocacy figures: a position paper of BENCH_PAGES pages (default 20) with BENCH_CITATIONS numbered footnotes
# (default 60) printed as Arabic PDF by Rasd's PDF renderer (pages, size, render wall and CPU time); the citation search
# of the evidence base (a case reference, and words through the search index) after BENCH_CASES published cases
# (default 200), BENCH_QUERIES queries each (default 200): p50, p95, max, and CPU time a query. BENCH_ONLY=paper or
# BENCH_ONLY=search runs one half; BENCH_JFR=1 records the run with Java Flight Recorder and prints the hottest frames.
# Usage: BENCH_PAGES=20 BENCH_CITATIONS=60 BENCH_CASES=200 bench/advocacy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_PAGES=${BENCH_PAGES:-20} BENCH_CITATIONS=${BENCH_CITATIONS:-60} BENCH_CASES=${BENCH_CASES:-200} \
  BENCH_QUERIES=${BENCH_QUERIES:-200} BENCH_ONLY=${BENCH_ONLY:-}
ARGS=-Xmx1536m
JFR_FILE=$PWD/target/advocacy-bench.jfr
[ -n "${BENCH_JFR:-}" ] && ARGS="$ARGS -XX:StartFlightRecording=filename=$JFR_FILE,settings=profile"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -B -ntp -q -o test -Dtest=AdvocacyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="$ARGS" -Dsurefire.useFile=false 2>/dev/null | grep '^BENCH' || {
  grep -h '^BENCH' target/surefire-reports/ps.rasd.advocacy.AdvocacyBenchmark-output.txt 2>/dev/null; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${BENCH_JFR:-}" ] && [ -f "$JFR_FILE" ]; then
  echo "hottest top frames (execution samples of the main thread):"
  jfr print --events jdk.ExecutionSample "$JFR_FILE" | awk '/sampledThread = "main"/{m=1} /stackTrace = \[/{if(m){getline; sub(/^ +/,""); sub(/line:.*/,""); print}; m=0}' \
    | sort | uniq -c | sort -rn | head -25
fi
