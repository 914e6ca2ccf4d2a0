#!/usr/bin/env bash
# Network figures: an import of 50,000 people (CSV, duplicate detection) into 200,000 existing records (time, peak heap;
# target under a minute and 512 MB), duplicate suggestions while typing (p95 target <= 100 ms) and a segment of
# 100,000 youth-branch members counted (target <= 200 ms). The application runs in this JVM with -Xmx512m (heap figure
# includes the application), on H2 in memory, or on the PostgreSQL named by RASD_DB_URL / RASD_DB_USER / RASD_DB_PASSWORD.
# Smaller runs: EXISTING=20000 IMPORT=5000 SEGMENT=10000 bench/network.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -q -B -ntp test-compile
CLASSPATH_FILE=$(mktemp)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" > /dev/null
java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" ps.rasd.network.NetworkBench
