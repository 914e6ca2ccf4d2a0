#!/usr/bin/env bash
# Advocacy figures: a position paper of BENCH_PAGES pages (default 20) with BENCH_CITATIONS numbered footnotes
# (default 60) printed as Arabic PDF by Rasd's PDF renderer (pages, size, render time); the citation search of the
# evidence base (a case reference, and words through the search index) after BENCH_CASES published cases (default
# 200), BENCH_QUERIES queries each (default 200): p50, p95, max.
# Usage: BENCH_PAGES=20 BENCH_CITATIONS=60 BENCH_CASES=200 bench/advocacy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_PAGES=${BENCH_PAGES:-20} BENCH_CITATIONS=${BENCH_CITATIONS:-60} BENCH_CASES=${BENCH_CASES:-200} \
  BENCH_QUERIES=${BENCH_QUERIES:-200}
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -B -ntp -q -o test -Dtest=AdvocacyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine=-Xmx1536m -Dsurefire.useFile=false 2>/dev/null | grep '^BENCH' || {
  grep -h '^BENCH' target/surefire-reports/ps.rasd.advocacy.AdvocacyBenchmark-output.txt 2>/dev/null; }
uptime
