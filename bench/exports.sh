#!/usr/bin/env bash
# Export figures on PostgreSQL with 1,000,000 cases: the time to export every case as CSV and as XLSX through a
# background job, and the memory of the application while it does (-Xmx512m): the largest heap left after a
# collection, the largest heap in use, and the resident size.
# Usage (as root, on a machine with Debian's PostgreSQL 15): bench/exports.sh      (CASES=200000 for a shorter run)
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18091}
PG_PORT=${PG_PORT:-55433}
CASES=${CASES:-1000000}
HEAP=${HEAP:-512m}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
chmod 755 "$WORK"
for tool in curl jstat jcmd; do command -v $tool >/dev/null || { echo "$tool is missing"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package

# 1. A throwaway PostgreSQL cluster on loopback (initdb refuses root: it runs as the postgres user).
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB' -l $WORK/pg/server.log start" > /dev/null
trap 'kill $SAMPLER 2>/dev/null || true; kill $APP 2>/dev/null || true; su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
APP=; SAMPLER=
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }

# 2. The application on it with -Xmx512m and a GC log, with demo content (accounts, facilities, ~400 cases).
RASD_DATA_DIR="$WORK/data" RASD_DEMO=true SERVER_PORT=$PORT RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x java -Xmx$HEAP -Xlog:gc:file="$WORK/gc.log" -jar target/rasd.jar \
  > "$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2
done
until grep -q "Demo cases" "$WORK/app.log"; do sleep 0.2; done

# 3. Bulk cases by SQL: Arabic titles and descriptions, every governorate and sector, coordinates for two in three.
printf 'Loading %d cases by SQL… ' "$CASES"
T0=$(date +%s)
psql -v cases="$CASES" <<'SQL'
with g as (select array['01','05','10','15','20','25','30','35','40','45','50','55','60','65','70','75'] a),
     s as (select array_agg(code order by sort_order) a from registry_sector)
insert into cases_case (reference, title, description, governorate_code, sector_code, latitude, longitude, status,
    source, tier, embargo_until, search_key, created_at, updated_at, version)
select 'RSD-B-' || lpad(n::text, 8, '0'),
       'انقطاع المياه عن الحي رقم ' || n,
       'يشكو سكان الحي من انقطاع المياه منذ أسبوع، وقد راجعوا البلدية أكثر من مرة دون رد. البلاغ رقم ' || n
         || ' يطلب جدولًا واضحًا للتزويد وإصلاح الخط الرئيسي قرب المدرسة.',
       g.a[1 + n % 16], s.a[1 + n % array_length(s.a, 1)],
       case when n % 3 = 0 then null else 31.2 + (n % 1000) / 1000.0 end,
       case when n % 3 = 0 then null else 34.9 + (n % 777) / 1000.0 end,
       (array['SUBMITTED','VERIFIED','REFERRED','ACKNOWLEDGED','IN_PROGRESS','RESOLVED','CONFIRMED_FIXED','CLOSED_UNRESOLVED'])[1 + n % 8],
       'PUBLIC', case when n % 2 = 0 then 'PUBLIC' else 'INTERNAL' end, null,
       'انقطاع المياه ' || n, now() - (n % 730) * interval '1 day', now(), 0
from generate_series(1, :cases) n, g, s;
analyze cases_case;
SQL
echo "$(( $(date +%s) - T0 )) s"
psql -t -A -c "select 'cases in the database: ' || count(*) from cases_case"

# 4. An administrator's session (administrators read every unsealed case) and its CSRF token.
ADMIN_PASSWORD=$(grep '^admin ' "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=$ADMIN_PASSWORD&_csrf=$TOKEN" "$BASE/login"
CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/exports" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
[ -n "$CSRF" ] || { echo "cannot sign in"; exit 1; }

# sample: every 200 ms, heap in use (jstat: survivors + eden + old, KB) and resident size (KB), until killed.
sample() {
  while kill -0 $APP 2>/dev/null; do
    heap=$(jstat -gc $APP 2>/dev/null | awk 'NR == 2 { printf "%d", $3 + $4 + $6 + $8 }')
    rss=$(ps -o rss= -p $APP | tr -d ' ')
    echo "$heap $rss"
    sleep 0.2
  done
}

# export FORMAT: starts a job for every case, polls it to the end, prints time, rows, size and memory.
export_all() {
  local format=$1
  jcmd $APP GC.run > /dev/null
  local gc_lines; gc_lines=$(wc -l < "$WORK/gc.log")
  # the heap the application holds anyway (caches, Hibernate, Thymeleaf), after a full collection before the export
  local base; base=$( (grep 'Pause Full' "$WORK/gc.log" || true) | tail -1 | grep -o '[0-9]*M->[0-9]*M' | cut -d'>' -f2 | tr -d M)
  sample > "$WORK/samples-$format" & SAMPLER=$!
  local t0; t0=$(date +%s%N)
  local location; location=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' \
    -d "source=cases&format=$format&hxl=true&_csrf=$CSRF" "$BASE/exports")
  local id=${location##*/}
  [[ "$id" =~ ^[0-9]+$ ]] || { echo "the export did not start: $location"; exit 1; }
  local status
  while true; do
    status=$(curl -s -b "$JAR" -H 'Accept-Language: en' "$BASE/api/v1/exports/jobs/$id")
    echo "$status" | grep -q '"finished":true' && break
    sleep 0.25
  done
  local t1; t1=$(date +%s%N)
  kill $SAMPLER; wait $SAMPLER 2>/dev/null || true; SAMPLER=
  echo "$status" | grep -q '"status":"DONE"' || { echo "export failed: $status"; tail -50 "$WORK/app.log"; exit 1; }
  local rows; rows=$(echo "$status" | grep -o '"rowsWritten":[0-9]*' | cut -d: -f2)
  local file; file=$(ls "$WORK/data/exports/"export-$id-*)
  local size; size=$(stat -c %s "$file")
  # the largest heap left after a collection during the export, from the GC log (e.g. "300M->41M(512M)")
  local after; after=$( (tail -n +$((gc_lines + 1)) "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' || true) \
    | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
  local used; used=$(awk '{ if ($1 > m) m = $1 } END { printf "%d", m / 1024 }' "$WORK/samples-$format")
  local rss; rss=$(awk '{ if ($2 > m) m = $2 } END { printf "%d", m / 1024 }' "$WORK/samples-$format")
  printf '%-5s %9d rows %7.1f s %7.1f MB file | heap: before %3s MB, after GC max %3s MB, used max %3d MB | RSS max %4d MB\n' \
    "$format" "$rows" "$(echo "($t1-$t0)/1000000000" | bc -l)" "$(echo "$size/1048576" | bc -l)" "${base:-?}" \
    "${after:-?}" "$used" "$rss"
}

echo "Exports of every case by an administrator, HXL row included, one export thread, -Xmx$HEAP, $(nproc) cores:"
export_all csv
export_all xlsx
