#!/usr/bin/env bash
# Item 20 of issue 23: the first referral letter PDF after start. Each mode runs in a fresh JVM (a surefire fork):
#   cold  - the first letter pays for loading openhtmltopdf, PDFBox, ICU bidi and parsing the fonts;
#   warm  - the application's background warm-up (rasd.pdf.warm-up=true, on ApplicationReadyEvent) has run first,
#           so "first_ms" is what the first person asking for a letter waits.
# Usage: bench/letter-pdf.sh   (prints one PDF_BENCH line per mode and run)
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m}
for run in 1 2; do
  for mode in cold warm; do
    ./mvnw -q -B -ntp test -Dtest=PdfColdStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      -DargLine="-Xmx512m -Dmode=$mode" > /dev/null
    grep -h '^PDF_BENCH' target/surefire-reports/ps.rasd.analytics.pdf.PdfColdStartBenchmark-output.txt | tail -1
  done
done
uptime
