#!/usr/bin/env bash
# Foundation figures: start to healthy (fat jar, and the extracted jar with a class-data-sharing archive), bytes of the
# home page with compression, home page requests per second with 32 concurrent clients on loopback.
# Usage: bench/foundation.sh      (needs curl, bc and wrk: apt-get install -y wrk bc)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18080}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
for tool in wrk bc curl; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package

# start LABEL COMMAND...: starts the application on a data folder, prints the time until /actuator/health is UP.
start() {
  local label=$1; shift
  local t0; t0=$(date +%s%N)
  RASD_DATA_DIR="$DATA/app" RASD_DEMO=${DEMO:-true} SERVER_PORT=$PORT "$@" > "$DATA/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { echo "application died"; cat "$DATA/app.log"; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  printf '%-48s %6.2f s\n' "start to healthy: $label" "$(echo "($t1-$t0)/1000000000" | bc -l)"
}
stop() { kill $APP; wait $APP 2>/dev/null || true; }

echo "Rasd foundation benchmark — $(nproc) cores, $(java -version 2>&1 | head -1)"
DEMO=false start "fat jar, empty database, no demo (production)" java -jar target/rasd.jar
stop
rm -rf "$DATA/app"
start "fat jar, empty database, loading demo content" java -jar target/rasd.jar
stop
start "fat jar, existing database" java -jar target/rasd.jar
stop

# The production start the README describes: extracted jar plus a class-data-sharing archive made by a training run.
EX="$DATA/extracted"
java -Djarmode=tools -jar target/rasd.jar extract --destination "$EX" > /dev/null
RASD_DATA_DIR="$DATA/training" java -XX:ArchiveClassesAtExit="$EX/rasd.jsa" -Dspring.context.exit=onRefresh \
  -jar "$EX/rasd.jar" > "$DATA/training.log" 2>&1
rm -rf "$DATA/app"
DEMO=false start "CDS, empty database, no demo (production)" java -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EX/rasd.jar"
stop
rm -rf "$DATA/app"
start "CDS, empty database, loading demo content" java -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EX/rasd.jar"
stop
start "CDS, existing database" java -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EX/rasd.jar"

# The home page and everything it loads, each fetched as a browser does, with compression.
total=0
page=$(curl -s --compressed "$BASE/")
for path in / $(echo "$page" | grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|woff2)"' | sed -E 's/.*="([^"]+)"/\1/' | sort -u); do
  bytes=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$path")
  printf '  %-62s %7d bytes\n' "$path" "$bytes"
  total=$((total + bytes))
done
printf '%-48s %6d bytes (%.1f KB)\n' "home page with compression, all assets" "$total" "$(echo "$total/1024" | bc -l)"

wrk -t2 -c32 -d5s -H 'Accept-Encoding: gzip' "$BASE/" > /dev/null   # warm-up
wrk -t2 -c32 -d15s -H 'Accept-Encoding: gzip' "$BASE/" > "$DATA/wrk.txt"
printf '%-48s %s\n' "home page, 32 clients, 15 s (wrk)" "$(grep 'Requests/sec' "$DATA/wrk.txt" | awk '{print $2" req/s"}')"
grep -E 'Latency' "$DATA/wrk.txt" | sed 's/^/  /'
stop
rm -rf "$DATA"
