#!/usr/bin/env bash
# The evidence base's citation search at scale, on PostgreSQL: SIZE published cases (default 1,000,000, from
# bench/cases-load.sql, published as bench/portal.sh publishes them), the search index rebuilt, then the demo analyst
# searches the demo campaign's evidence base by words (GET /advocacy/campaigns/{id}?q=…, the desk page with the
# citable records found) one query at a time: p50, p95, max, and the application's CPU time a request. The same desk
# without a query is measured too: the difference is what the citation search costs.
# Usage (as root, with Debian's PostgreSQL): bench/advocacy-scale.sh [SIZE]
#   SCALE_KEEP=/some/dir keeps the database and index there and reuses them on the next run (SCALE_REINDEX=no: the
#   index too); SCALE_KEEP=/tmp/portal-1m-<name> SCALE_REINDEX=no reuses a copy of bench/portal.sh's million
#   (SPRING_FLYWAY_OUT_OF_ORDER=true when that database was migrated by an older jar)
#   SCALE_JAR=/some/rasd.jar measures that jar instead of target/rasd.jar (a before/after on the same data)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1000000}
N=${SCALE_QUERIES:-200}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18117}
PG_PORT=${PG_PORT:-55459}
BASE="http://127.0.0.1:$PORT"
for tool in curl python3; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
APP_JAR=${SCALE_JAR:-target/rasd.jar}
[ -f "$APP_JAR" ] || ./mvnw -q -B -ntp -DskipTests package
if [ -n "${SCALE_KEEP:-}" ]; then WORK=$SCALE_KEEP; mkdir -p "$WORK"; else WORK=$(mktemp -d); fi
chmod 755 "$WORK"
cp "$APP_JAR" "$WORK/rasd.jar"
APP=
cleanup() {
  [ -n "$APP" ] && kill $APP 2>/dev/null || true
  su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true
  [ -n "${SCALE_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }
export RASD_DATA_DIR="$WORK/data" RASD_DEMO=true RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x
start() {
  SERVER_PORT=$PORT java -Xmx1g -jar "$WORK/rasd.jar" > "$WORK/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { tail -80 "$WORK/app.log"; exit 1; }; sleep 0.5
  done
}
stop() { kill $APP; wait $APP 2>/dev/null || true; APP=; }

FRESH=false
if [ ! -d "$WORK/pg" ]; then
  FRESH=true
  mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
  su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
fi
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB' -l $WORK/pg/server.log start" > /dev/null
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
echo "Rasd citation search at scale — $(nproc) cores, $(java -version 2>&1 | head -1), $("$PG_BIN/postgres" --version)"
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
psql -t -c "select 'cases: ' || count(*) || ', published: ' || count(*) filter (where tier = 'PUBLIC') from cases_case"
if [ "${SCALE_REINDEX:-yes}" = yes ]; then
  echo "Rebuilding the search index…"
  SECONDS=0
  java -Xmx1g -jar "$WORK/rasd.jar" search-reindex 2> "$WORK/reindex.log" | grep 'Search index rebuilt' \
    || { tail -40 "$WORK/reindex.log"; exit 1; }
  echo "  rebuilt in ${SECONDS} s"
fi
start

# the demo analyst signed in; the demo campaign's desk
password=$(grep "^analyst " "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
JAR="$WORK/cookies"
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=analyst&password=$password&_csrf=$token" "$BASE/login"
CAMPAIGN=$(psql -t -A -c "select min(id) from advocacy_campaign")
DESK="$BASE/advocacy/campaigns/$CAMPAIGN"
[ "$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' "$DESK")" = 200 ] || { echo "the desk did not answer 200"; exit 1; }
enc() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
QUERIES=("انقطاع المياه" "انقطاع الكهرباء" "نفايات" "حفرة في الطريق" "ادويه الامراض المزمنة" "مدرسة" "الخليل"
  "الصرف الصحي" "طبيب" "مواصلات القرية" "تصاريح العمل" "المساعدات النقدية" "تلوث مياه الشرب" "مكتب التشغيل")
echo "records found by the first queries (citable, listed on the desk): $(for q in "${QUERIES[@]:0:4}"; do
  curl -s -b "$JAR" "$DESK?q=$(enc "$q")" | grep -o '/citations"' | wc -l | tr '\n' ' '; done)"
app_ticks() { awk '{print $14 + $15}' /proc/$APP/stat; }
# measure NAME URL-MAKER: N requests one at a time, after 20 to warm up
measure() {
  local i t ticks
  for i in $(seq 20); do curl -s -b "$JAR" -o /dev/null "$($2 $i)"; done
  : > "$WORK/times"
  ticks=$(app_ticks)
  for i in $(seq $N); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$($2 $i)" >> "$WORK/times"; done
  ticks=$(( $(app_ticks) - ticks ))
  sort -n "$WORK/times" | awk -v name="$1" -v t=$ticks -v hz=$(getconf CLK_TCK) '{ v[NR] = $1 * 1000 } END {
    printf "%s (%d requests): p50 %.0f ms, p95 %.0f ms, max %.0f ms; application CPU %.1f ms a request\n", name, NR,
      v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR], t * 1000 / hz / NR }'
}
words() { echo "$DESK?q=$(enc "${QUERIES[$(( $1 % ${#QUERIES[@]} ))]}")"; }
plain() { echo "$DESK"; }
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
measure "Desk without a query" plain
measure "Desk with a citation search by words (${#QUERIES[@]} Arabic queries in turn)" words
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
