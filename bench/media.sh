#!/usr/bin/env bash
# Media figures: a newsletter issue sent to BENCH_SUBSCRIBERS subscribers (default 2000; the issue asks 20000)
# through a local SMTP server (GreenMail in the same JVM) with a referral mail queued while it sends (its delay),
# time, mails per second and heap; a BENCH_PAGES-page Arabic study (default 200) drawn by Rasd's PDF renderer, its
# text extracted and indexed; the weight of the public pages (bytes, and gzipped as sent).
# Usage: BENCH_SUBSCRIBERS=20000 BENCH_PAGES=200 bench/media.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_SUBSCRIBERS=${BENCH_SUBSCRIBERS:-2000} BENCH_PAGES=${BENCH_PAGES:-200}
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -B -ntp -q test -Dtest=MediaBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine=-Xmx1536m -Dsurefire.useFile=false 2>/dev/null | grep '^BENCH' || {
  grep -h '^BENCH' target/surefire-reports/ps.rasd.media.MediaBenchmark-output.txt 2>/dev/null; }
