#!/usr/bin/env bash
# Activities figures: check-ins at the door from 8 concurrent clients (p50/p95 per scan, scans a second, 10% of the
# codes scanned twice and counted once; target p95 <= 300 ms), the donor figures (unique people by sex, age group and
# governorate) over 200,000 attendances of five years (target <= 200 ms), and 500 certificates issued in one batch,
# each PDF rendered (target <= 60 s). The application runs in this JVM on H2 in memory, or on the PostgreSQL named by
# RASD_DB_URL / RASD_DB_USER / RASD_DB_PASSWORD. Smaller runs: ATTENDANCES=20000 CERTIFICATES=50 SCANS=800 bench/activities.sh
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -q -B -ntp test-compile
CLASSPATH_FILE=$(mktemp)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" > /dev/null
uptime
java -Xmx768m -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" ps.rasd.activities.ActivitiesBench
