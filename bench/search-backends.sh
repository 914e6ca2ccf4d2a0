#!/usr/bin/env bash
# Search latency of the Arabic query set (src/test/resources/search/queries.csv, 70 queries x 10 rounds after a
# warm-up, over the 966 shipped places) on the embedded Lucene index and on OpenSearch 2.19 (a node started in the
# test JVM from Maven artifacts, or the server named by RASD_TEST_OPENSEARCH_URL), through SearchManagement.search.
# Usage: bench/search-backends.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -B -ntp -o -q test -Dtest='SearchBackendsBench,OpenSearchBackendsBench' \
  -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g > /dev/null 2>&1 || true
echo "Rasd search backends — $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -ho 'BENCH .*' target/surefire-reports/ps.rasd.search.*BackendsBench-output.txt
