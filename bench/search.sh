#!/usr/bin/env bash
# Search figures with the demo data: the time to rebuild the index (search-reindex, three runs), and the latency of
# GET /api/v1/search (p50/p95 of 400 sequential requests over 20 Arabic and English queries, after a warm-up), as
# the public and as an administrator would see it through the same endpoint.
# Usage: bench/search.sh      (needs curl)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18081}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package

start() {
  RASD_DATA_DIR="$DATA" RASD_DEMO=true SERVER_PORT=$PORT java -jar target/rasd.jar > "$DATA/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { echo "application died"; tail -50 "$DATA/app.log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill $APP; wait $APP 2>/dev/null || true; }

echo "Rasd search benchmark — $(nproc) cores, $(java -version 2>&1 | head -1)"
start                       # loads the demo data and builds the index
sleep 5                     # lets the demo content's index events settle
grep -o 'Search index built: .*' "$DATA/app.log" || true
stop
for run in 1 2 3; do
  RASD_DATA_DIR="$DATA" java -jar target/rasd.jar search-reindex 2>/dev/null | grep 'Search index rebuilt'
done

start
QUERIES=("بيت لحم" "الخليل" "غزه" "اريحا" "نابلص" "Bethlehem" "Hebron" "مدرسة" "مركز صحي" "المياه" "انقطاع الكهرباء"
  "بلدية" "وزارة الصحة" "مستشفى" "النبي موسي" "رام الله" "Jenin" "مدرسه بنات" "كهرباء الخليل" "عيادة")
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
URLS=()
for q in "${QUERIES[@]}"; do URLS+=("$BASE/api/v1/search?q=$(enc "$q")"); done
for u in "${URLS[@]}" "${URLS[@]}" "${URLS[@]}"; do curl -fs -o /dev/null "$u"; done   # warm-up
: > "$DATA/times"
for round in $(seq 1 20); do
  for u in "${URLS[@]}"; do curl -fs -o /dev/null -w '%{time_total}\n' "$u" >> "$DATA/times"; done
done
sort -n "$DATA/times" | awk '{ t[NR] = $1 * 1000 } END {
  printf "GET /api/v1/search, %d requests: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", NR, t[int(NR * 0.5)], t[int(NR * 0.95)], t[NR] }'
stop
