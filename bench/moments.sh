#!/usr/bin/env bash
# Where the slow moments' time goes (issue #23, item 20): starts the demo application in one JVM with a Java Flight
# Recorder recording, times the first search after start, a complaint with a 12-megapixel photo, the first referral
# letter PDF and a weighted cross-tab (each a first and a second time), then prints each moment's hottest frames on the
# request threads (the first frame outside the JDK, and the first of Rasd's code). H2 file in a fresh temporary folder.
# Usage: bench/moments.sh            (heap: BENCH_XMX, default 1g)
set -euo pipefail
cd "$(dirname "$0")/.."
MAVEN_OPTS=${MAVEN_OPTS:--Xmx768m} ./mvnw -q -B -ntp test-compile
CLASSPATH_FILE=$(mktemp)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" > /dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java -Xmx"${BENCH_XMX:-1g}" -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" ps.rasd.MomentsBench
