#!/usr/bin/env bash
# Field app resumable uploads (tus): a BENCH_UPLOAD_MB file (default 10) sent in 256 KB pieces through the whole
# stack but the network (security, the tus controller, each piece written and forced to disk): rate and time per
# piece; then the same file cut at 60 % and resumed: bytes sent in all against starting over.
# Usage: BENCH_UPLOAD_MB=10 bench/field-uploads.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_UPLOAD_MB=${BENCH_UPLOAD_MB:-10}
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -B -ntp -q -o test -Dtest=FieldUploadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine=-Xmx1g -Dsurefire.useFile=false 2>/dev/null | grep '^BENCH' || {
  grep -h '^BENCH' target/surefire-reports/ps.rasd.monitoring.web.FieldUploadBenchmark-output.txt 2>/dev/null; }
