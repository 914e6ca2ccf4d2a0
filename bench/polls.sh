#!/usr/bin/env bash
# Polls statistics figures on 100,000 synthetic respondents: raking to 4 margins (target <= 1 s) and a weighted,
# stratified cross-tab with the Rao-Scott test (target <= 200 ms), plus one question's weighted proportions; each
# first on the statistics core (arrays), then through the analysis layer (respondents, target tables, weighting plan).
# Each is warmed up first, then timed as the median of 15 runs. No application, database or network needed.
# Usage: bench/polls.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile
CLASSPATH_FILE=$(mktemp)
trap 'rm -f "$CLASSPATH_FILE"' EXIT
./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE" > /dev/null
java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" ps.rasd.polls.PollsBench
