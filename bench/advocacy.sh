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
  # the samples taken while a paper was rendered (or a citation search ran): their top frame, and their first frame
  # in the PDF library or in Rasd's code
  jfr print --stack-depth 200 --events jdk.ExecutionSample "$JFR_FILE" > "$JFR_FILE.txt"
  for what in PaperPdf.render EvidenceBase.find; do
    echo "hottest frames while in $what (samples: top frame | first openhtmltopdf/pdfbox/rasd frame):"
    awk -v what="$what" '/jdk.ExecutionSample/ { if (keep) print top " | " lib; keep = 0; top = ""; lib = ""; n = 0; on = 0 }
      /stackTrace = \[/ { on = 1; next }
      on && /line:/ { f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); n++; if (n == 1) top = f
        if (lib == "" && f ~ /^(com\.openhtmltopdf|org\.apache\.pdfbox|org\.apache\.fontbox|ps\.rasd|com\.ibm\.icu|org\.thymeleaf|org\.apache\.lucene|org\.hibernate)/) lib = f
        if (index(f, what)) keep = 1 }
      END { if (keep) print top " | " lib }' "$JFR_FILE.txt" > "$JFR_FILE.$what"
    echo "  $(wc -l < "$JFR_FILE.$what") samples; by top frame:"
    cut -d'|' -f1 "$JFR_FILE.$what" | sort | uniq -c | sort -rn | head -15
    echo "  by first library or Rasd frame:"
    cut -d'|' -f2 "$JFR_FILE.$what" | sort | uniq -c | sort -rn | head -25
  done
fi
