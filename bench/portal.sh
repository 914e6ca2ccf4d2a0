#!/usr/bin/env bash
# Public portal figures on PostgreSQL with 1,000,000 published cases (the cases of bench/cases-load.sql, each with a
# redacted public copy and published): the search index rebuild time, search p95 (GET /api/v1/search over Arabic
# queries; target <= 50 ms), dashboard aggregate p95 with filters (/dashboards and /dashboards/data.csv by
# governorate, sector and period; target <= 100 ms), home page requests per second at 64 concurrent clients, and the
# bytes of each public page, compressed and not.
# Usage (as root, with Debian's PostgreSQL and wrk): bench/portal.sh [cases]   (default 1000000)
#   PORTAL_KEEP=/some/dir bench/portal.sh   keeps the database and index there and reuses them on the next run
#   PORTAL_REINDEX=no                        with PORTAL_KEEP: keeps the index of the last run too
#   PORTAL_RECOUNT=yes                       with PORTAL_KEEP: counts the public figures again (a database loaded
#                                            before the counts were kept, or by an older script)
#   PORTAL_WARMUP=30                         seconds of load over every path before the first measured step
#   PORTAL_PARTS="search uncached"           only some parts: search, cached (figures from the minute's cache),
#                                            uncached (RASD_FIGURES_CACHE=PT0S: dashboards, home, map, area page,
#                                            sitemap), bytes; default all four
#   PORTAL_JFR=/some/file.jfr                records the measured search runs with Java Flight Recorder (after the
#                                            warm-up) and prints their hottest frames (bench/jfr-hot.py)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1000000}
PARTS=" ${PORTAL_PARTS:-search cached uncached bytes} "
part() { [[ "$PARTS" == *" $1 "* ]]; }
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18093}
PG_PORT=${PG_PORT:-55435}
BASE="http://127.0.0.1:$PORT"
for tool in wrk curl python3; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
APP_JAR=${PORTAL_JAR:-target/rasd.jar}       # PORTAL_JAR=/some/rasd.jar: that jar (a before/after on the same data)
[ -f "$APP_JAR" ] || ./mvnw -q -B -ntp -DskipTests package
if [ -n "${PORTAL_KEEP:-}" ]; then WORK=$PORTAL_KEEP; mkdir -p "$WORK"; else WORK=$(mktemp -d); fi
chmod 755 "$WORK"
cp "$APP_JAR" "$WORK/rasd.jar"    # a build during the run must not change the jar under the application
APP=
cleanup() {
  [ -n "$APP" ] && kill $APP 2>/dev/null || true
  su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true
  [ -n "${PORTAL_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }
export RASD_DATA_DIR="$WORK/data" RASD_DEMO=true RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x
start() {
  # the API's rate limit per address would answer most of the load with 429
  SERVER_PORT=$PORT java -Xmx1g -jar "$WORK/rasd.jar" --rasd.api.requests-per-minute=1000000000 ${APP_ARGS:-} \
    > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { tail -80 "$WORK/app.log"; exit 1; }; sleep 0.5
  done
}
stop() { kill $APP; wait $APP 2>/dev/null || true; APP=; }

# 1. A throwaway PostgreSQL cluster on loopback (initdb refuses root: it runs as the postgres user).
FRESH=false
if [ ! -d "$WORK/pg" ]; then
  FRESH=true
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
fi
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB' -l $WORK/pg/server.log start" > /dev/null
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
echo "Rasd portal benchmark — $(nproc) cores, $(java -version 2>&1 | head -1), $("$PG_BIN/postgres" --version)"

# 2. The application with the demo content, then the cases: generated as bench/cases.sh does, and every one of them
# published as a coordinator would (tier public, a redacted copy, a publication time a few days after filing).
if $FRESH; then
  start
  until grep -q "Demo cases" "$WORK/app.log"; do sleep 0.5; done
  stop
  echo "Loading $SIZE cases and publishing them…"
  SECONDS=0
  START=$(psql -t -A -c "select coalesce(max(id), 0) from cases_case")
  psql -v cases=$SIZE -f bench/cases-load.sql
  psql -c "set synchronous_commit = off" -c "update cases_case set tier = 'PUBLIC', public_title = title,
    public_story = description, published_at = created_at + interval '3 days', embargo_until = null where id > $START" \
    -c "vacuum analyze cases_case" -c "checkpoint"
  echo "  loaded in ${SECONDS} s"
fi
# The cases were written by SQL, without the events that keep the public counts: count them once, as an operator
# would after a restore (java -jar rasd.jar public-counts-rebuild, the application stopped).
if $FRESH || [ "${PORTAL_RECOUNT:-no}" = yes ]; then
  SECONDS=0
  java -Xmx1g -jar "$WORK/rasd.jar" public-counts-rebuild 2> "$WORK/recount.log" | grep 'Public counts rebuilt' \
    || { tail -40 "$WORK/recount.log"; exit 1; }
  echo "  counted in ${SECONDS} s, with the start of the JVM"
fi
psql -t -c "select 'cases: ' || count(*) || ', published: ' || count(*) filter (where tier = 'PUBLIC' and public_title is not null) from cases_case"

# 3. The index rebuilt from the database by the command (application stopped), then the application on it.
if [ "${PORTAL_REINDEX:-yes}" = yes ]; then
  echo "Rebuilding the search index (java -jar rasd.jar search-reindex, the application stopped)…"
  SECONDS=0
  java -Xmx1g -jar "$WORK/rasd.jar" search-reindex 2> "$WORK/reindex.log" | grep 'Search index rebuilt' \
    || { tail -40 "$WORK/reindex.log"; exit 1; }
  echo "  rebuilt in ${SECONDS} s, with the start of the JVM; index on disk: $(du -sh "$WORK/data" | cut -f1) (data folder)"
fi
# only the uncached figures asked for: start without the cache of public figures straight away (no second start)
UNCACHED_ONLY=false
[ "$(echo $PARTS)" = uncached ] && UNCACHED_ONLY=true && APP_ARGS="--rasd.analytics.figures-cache=PT0S ${APP_ARGS:-}"
start
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# run NAME CLIENTS SECONDS FILE: warms up 5 s, then measures with wrk over the paths of FILE in turn
run() {
  export RASD_PATHS=$4
  [ -z "$1" ] || echo "$1"
  wrk -t2 -c8 -d5s -s bench/paths.lua "$BASE" > /dev/null || true
  local app pg line
  app=$(app_ticks); pg=$(pg_ticks)
  line=$(wrk -t$(( $2 < 4 ? $2 : 4 )) -c$2 -d$3s --timeout 10s -s bench/paths.lua "$BASE" | tail -1) || true
  echo "$line" | awk -v a=$(($(app_ticks) - app)) -v p=$(($(pg_ticks) - pg)) -v hz=$(getconf CLK_TCK) -v c=$2 '{
      n = $2 + 0; if (n == 0) n = 1; sub(/^  /, ""); printf "  %2d client(s): %s; CPU a request: application %.1f ms, PostgreSQL %.1f ms\n",
        c, $0, a * 1000 / hz / n, p * 1000 / hz / n }'
}
# CPU time the application and PostgreSQL spend (on a shared machine latencies depend on the neighbours; this much less)
app_ticks() { awk '{print $14 + $15}' /proc/$APP/stat; }
pg_ticks() {
  local pid; pid=$(head -1 "$WORK/pg/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' /proc/$pid/stat
    for p in $(pgrep -P $pid); do awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || true; done; } \
    | awk '{s += $1} END {print s}'   # a parallel worker may end between the listing and the reading
}
# 4. Search: Arabic queries in the words people use (spelling variants, article, place names), the public's view.
QUERIES=("انقطاع المياه" "انقطاع الكهرباء" "نفايات" "حفرة في الطريق" "ادويه الامراض المزمنة" "مدرسة" "الخليل" "بيت لحم"
  "نابلس" "دورا" "الصرف الصحي" "طبيب" "مستشفى" "مواصلات القرية" "تصاريح العمل" "المساعدات النقدية" "اكتظاظ الصفوف"
  "إنارة الشارع" "تلوث مياه الشرب" "غزه" "جنين" "انتظار الطوارئ" "عمود كهرباء مائل" "مكتب التشغيل")
: > "$WORK/search"
for q in "${QUERIES[@]}"; do echo "/api/v1/search?q=$(enc "$q")" >> "$WORK/search"; done
THIS=$(date +%Y-%m); LAST=$(date -d '-11 months' +%Y-%m); MID=$(date -d '-5 months' +%Y-%m)
: > "$WORK/dashboards"
for f in "governorate=50" "governorate=45&sector=WATER" "sector=HEALTH&from=$LAST&to=$THIS" \
    "governorate=50&sector=EDUCATION&from=$MID&to=$THIS" "from=$MID&to=$MID" "governorate=10&from=$LAST&to=$MID" \
    "sector=MUNICIPAL" "governorate=30&sector=ELECTRICITY&from=$MID&to=$THIS"; do
  echo "/dashboards?$f" >> "$WORK/dashboards"; echo "/dashboards/data.csv?$f" >> "$WORK/dashboards"
done
echo "/dashboards" > "$WORK/dashboard-all"
echo "/" > "$WORK/home"
printf '%s\n' "/map/data.geojson" "/map" > "$WORK/map"
echo "/governorates/50" > "$WORK/area"
echo "/sitemap.xml" > "$WORK/sitemap"
# warm SECONDS: every path of every step in turn at 8 clients, not measured (JIT, caches of PostgreSQL and of the
# application), so the first measured step does not pay for the start (PORTAL_WARMUP seconds, default 30; 0: none)
warm() {
  [ "${PORTAL_WARMUP:-30}" -gt 0 ] || return 0
  cat "$WORK/search" "$WORK/dashboards" "$WORK/dashboard-all" "$WORK/home" "$WORK/map" "$WORK/area" "$WORK/sitemap" \
    > "$WORK/warm"
  RASD_PATHS="$WORK/warm" wrk -t2 -c8 -d${PORTAL_WARMUP:-30}s --timeout 10s -s bench/paths.lua "$BASE" > /dev/null || true
  echo "warmed up ${PORTAL_WARMUP:-30} s over every path (not measured); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
warm
if part search; then
for p in $(cat "$WORK/search"); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$p"); [ "$status" = 200 ] || { echo "$p answered $status"; exit 1; }
done
[ -z "${PORTAL_JFR:-}" ] || jcmd $APP JFR.start name=search settings=profile > /dev/null
echo "hits of the first queries: $(for p in $(head -4 "$WORK/search"); do curl -s "$BASE$p" | python3 -c \
  'import json,sys; print(json.load(sys.stdin)["hits"]["totalItems"], end=" ")'; done)"
run "GET /api/v1/search, ${#QUERIES[@]} Arabic queries in turn:" 1 20 "$WORK/search"
run "" 8 20 "$WORK/search"
if [ -n "${PORTAL_JFR:-}" ]; then
  jcmd $APP JFR.stop name=search filename="$PORTAL_JFR" > /dev/null
  python3 bench/jfr-hot.py "$PORTAL_JFR" http-nio 25 > "$PORTAL_JFR.txt" && echo "JFR: $PORTAL_JFR.txt"
fi
fi

# 5. Dashboards with filters: governorate, sector, period and their combinations, the page and its CSV (public figures
# are kept a minute by default: the 8 filter sets are counted once a minute, then served from memory).
if part cached; then
run "Dashboards with filters (page and CSV, 8 filter sets in turn):" 1 20 "$WORK/dashboards"
run "" 8 20 "$WORK/dashboards"
run "Dashboard without a filter (every published case):" 1 10 "$WORK/dashboard-all"

# 6. The home page at 64 concurrent clients.
run "Home page, 64 concurrent clients, 30 s:" 64 30 "$WORK/home"
fi

# 7. The same without the minute's cache of public figures: every page view counts the published cases again (from
# the counts kept as cases change); also the map's data, a governorate's page and the sitemap.
if part uncached; then
if ! $UNCACHED_ONLY; then
  stop
  APP_ARGS="--rasd.analytics.figures-cache=PT0S ${APP_ARGS:-}" start
  warm
fi
echo "Without the cache of public figures (rasd.analytics.figures-cache=PT0S):"
run "Dashboards with filters (page and CSV, 8 filter sets in turn):" 1 20 "$WORK/dashboards"
run "" 8 20 "$WORK/dashboards"
run "Dashboard without a filter (every published case):" 1 10 "$WORK/dashboard-all"
run "Home page, 64 concurrent clients, 30 s:" 64 30 "$WORK/home"
run "Map (page and its data, the grid of cases):" 1 10 "$WORK/map"
run "" 8 10 "$WORK/map"
run "A governorate's page (Hebron: its latest findings and the scorecards of its authorities):" 1 10 "$WORK/area"
run "Sitemap (the newest 50,000 published cases by keyset):" 1 10 "$WORK/sitemap"
fi

# 8. Bytes of each public page (the HTML alone; compressed as a browser asks, and not).
if part bytes; then
REF=$(psql -t -A -c "select reference from cases_case where tier = 'PUBLIC' and public_title is not null order by id desc limit 1")
echo "Bytes per page (HTML; gzip as browsers ask / uncompressed):"
for p in "/" "/findings" "/findings/$REF" "/dashboards" "/map" "/search?q=$(enc "انقطاع المياه")" "/map/data.geojson"; do
  gz=$(curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$p")
  raw=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$p")
  printf '  %-40s %8d / %8d\n' "$(python3 -c 'import sys,urllib.parse;print(urllib.parse.unquote(sys.argv[1]))' "$p" | cut -c1-40)" "$gz" "$raw"
done
fi
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
