#!/usr/bin/env bash
# Start-up time and resident memory: start to healthy (fat jar; the extracted jar with a class-data-sharing archive,
# the production way), the CPU the process spent until then (steadier than the wall time on a shared machine), the
# resident set size (RSS) after start and after some work (home page, dashboards, search: REQUESTS requests), with the
# default heap and with -Xmx256m. H2 without demo data unless RASD_DB_URL (and RASD_DB_USER, RASD_DB_PASSWORD) name a
# PostgreSQL database. JAR names another build to compare (default target/rasd.jar).
# Usage: bench/start.sh [REQUESTS]      (default 300; needs curl and bc)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-300}
PORT=${PORT:-18081}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; rm -rf "$DATA"' EXIT
APP=
JAR=${JAR:-target/rasd.jar}
[ -f "$JAR" ] || ./mvnw -q -B -ntp -DskipTests package

rss() { awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' "/proc/$APP/status"; }

# run LABEL COMMAND...: starts on the data folder (the first run makes it: a new installation, every migration; the
# others start on the existing database, as a restart does), prints the time to healthy and the RSS, does some work,
# prints the RSS again, stops.
run() {
  local label=$1; shift
  local t0; t0=$(date +%s%N)
  RASD_DATA_DIR="$DATA/app" RASD_DEMO=false SERVER_PORT=$PORT "$@" > "$DATA/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { echo "application died"; tail -40 "$DATA/app.log"; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  local cpu; cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$APP/stat")
  local started; started=$(rss)
  for i in $(seq 1 "$REQUESTS"); do
    case $((i % 3)) in
      0) curl -s -o /dev/null "$BASE/" ;;
      1) curl -s -o /dev/null "$BASE/dashboards?sector=HEALTH" ;;
      2) curl -s -o /dev/null "$BASE/api/v1/search?q=%D9%85%D8%A7%D8%A1" ;;
    esac
  done
  printf '%-52s %6.2f s (CPU %s s)   RSS %s after start, %s after %d requests   load %s\n' "$label" \
    "$(echo "($t1-$t0)/1000000000" | bc -l)" "$cpu" "$started" "$(rss)" "$REQUESTS" "$(cut -d' ' -f1 /proc/loadavg)"
  grep -o 'Started RasdApplication in [0-9.]* seconds (process running for [0-9.]*)' "$DATA/app.log" | sed 's/^/    /'
  kill $APP; wait $APP 2>/dev/null || true
}

echo "Rasd start-up — $(nproc) cores, $(java -version 2>&1 | head -1), database: ${RASD_DB_URL:-H2 file}"
echo "load: $(uptime)"
run "fat jar, new installation (every migration)" java -jar "$JAR"
run "fat jar, existing database" java -jar "$JAR"
run "fat jar, -Xmx256m" java -Xmx256m -jar "$JAR"

EX="$DATA/extracted"
java -Djarmode=tools -jar "$JAR" extract --destination "$EX" > /dev/null
EXJAR="$EX/$(basename "$JAR")"
RASD_DATA_DIR="$DATA/training" RASD_DEMO=false java -XX:ArchiveClassesAtExit="$EX/rasd.jsa" \
  -Dspring.context.exit=onRefresh -jar "$EXJAR" > "$DATA/training.log" 2>&1 || true
run "extracted jar + CDS archive" java -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EXJAR"
run "extracted jar + CDS, -Xmx256m -XX:+UseSerialGC" java -Xmx256m -XX:+UseSerialGC \
  -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EXJAR"
echo "load: $(uptime)"
