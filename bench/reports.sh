#!/usr/bin/env bash
# Report figure: the time to print a 30-page Arabic monitoring report (figures already collected; target <= 3 s).
# Runs ps.rasd.analytics.ReportBenchmark in the test context (H2, no data needed): one warm-up, then 5 runs.
# Usage: bench/reports.sh          (STORIES=100 gives about 30 pages; more stories, more pages)
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${STORIES:-100}
./mvnw -q -B -ntp test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dstories="$STORIES" \
  -DargLine="-Dstories=$STORIES" > /dev/null
line=$(grep -h '^REPORT_BENCH' target/surefire-reports/ps.rasd.analytics.ReportBenchmark-output.txt | tail -1)
echo "$line"
pages=$(sed -E 's/.*pages=([0-9]+).*/\1/' <<< "$line")
median=$(sed -E 's/.*median_ms=([0-9]+).*/\1/' <<< "$line")
echo "Arabic report, $pages pages: median $median ms over 5 runs (target <= 3000 ms); page 6 in target/screenshots/report-bench-page-6.png"
