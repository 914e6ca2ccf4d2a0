#!/usr/bin/env bash
# Monitoring figures on PostgreSQL with 10,000 facilities and 200,000 visits: visit submission through the JSON API
# at 20 concurrent clients (p50/p95), the filtered facility list (p95), and the memory of the running application.
# Usage (as root, on a machine with Debian's PostgreSQL 15 and wrk): bench/monitoring.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18090}
PG_PORT=${PG_PORT:-55432}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
chmod 755 "$WORK"
for tool in wrk curl; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package

# 1. A throwaway PostgreSQL cluster on loopback (initdb refuses root: it runs as the postgres user).
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB' -l $WORK/pg/server.log start" > /dev/null
trap 'kill $APP 2>/dev/null || true; su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }

# 2. The application on it, with demo content (accounts, forms, 224 facilities, ~1,000 visits).
RASD_DATA_DIR="$WORK/data" RASD_DEMO=true SERVER_PORT=$PORT RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x java -Xmx1g -jar target/rasd.jar > "$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2
done
until grep -q "Demo monitoring" "$WORK/app.log"; do sleep 0.2; done

# 3. Bulk data: copies of the demo facilities up to 10,000 and of the demo visits up to 200,000.
echo "Loading 10,000 facilities and 200,000 visits…"
psql <<'SQL'
insert into registry_facility (name_ar, name_en, type_code, sector_id, authority_id, governorate_code, place_id,
    latitude, longitude, address, status, search_key, created_at, updated_at, version)
select f.name_ar || ' ' || g, f.name_en || ' ' || g, f.type_code, f.sector_id, f.authority_id, f.governorate_code,
       f.place_id, f.latitude, f.longitude, f.address, f.status, f.search_key || ' ' || g, f.created_at, f.updated_at, 0
from registry_facility f cross join generate_series(1, 44) g
limit 10000 - (select count(*) from registry_facility);
create temporary table visit_copies as
select v.*, g from monitoring_visit v cross join generate_series(1, 200) g
limit 200000 - (select count(*) from monitoring_visit);
insert into monitoring_visit (reference, facility_id, governorate_code, sector_code, form_version_id, monitor_id,
    status, answers, visited_on, created_at, updated_at, submitted_at, reviewed_at, reviewer_id, review_comment,
    overall_score, idempotency_key, version)
select 'B-' || id || '-' || g, facility_id, governorate_code, sector_code, form_version_id, monitor_id, status, answers,
       visited_on, created_at, updated_at, submitted_at, reviewed_at, reviewer_id, review_comment, overall_score, null, 0
from visit_copies;
insert into monitoring_visit_score (visit_id, indicator_code, score)
select n.id, s.indicator_code, s.score
from monitoring_visit n
join monitoring_visit o on n.reference like 'B-' || o.id || '-%'
join monitoring_visit_score s on s.visit_id = o.id
where n.reference like 'B-%' and o.reference not like 'B-%';
analyze;
SQL
psql -t -c "select 'facilities: ' || count(*) from registry_facility" -c "select 'visits: ' || count(*) from monitoring_visit"

# 4. An administrator's session (administrators may monitor anywhere) and its CSRF token.
ADMIN_PASSWORD=$(grep '^admin ' "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=$ADMIN_PASSWORD&_csrf=$TOKEN" "$BASE/login"
export RASD_CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/visits" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
export RASD_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")"
export RASD_FACILITIES=$(psql -t -A -c "select string_agg(f.id::text, ',') from (select f.id from registry_facility f
  join registry_sector s on s.id = f.sector_id where s.code = 'HEALTH' order by f.id limit 500) f")

echo "Visit submission, JSON API, one client at a time, 15 s (after 10 s warm-up at 20):"
wrk -t4 -c20 -d10s -s bench/submit-visit.lua "$BASE" > /dev/null
wrk -t1 -c1 -d15s -s bench/submit-visit.lua "$BASE" | tail -1
echo "Visit submission, JSON API, 20 concurrent clients submitting as fast as they can, 30 s:"
wrk -t4 -c20 -d30s -s bench/submit-visit.lua "$BASE" | tail -1
echo "Facility list (HTML page), Hebron health facilities whose name holds 'صحي', one client, 10 s:"
wrk -t1 -c1 -d10s -s bench/percentiles.lua "$BASE/facilities?governorate=50&sector=HEALTH&q=%D8%B5%D8%AD%D9%8A" | tail -1
echo "The same with 20 clients, 20 s:"
wrk -t4 -c20 -d5s -s bench/percentiles.lua "$BASE/facilities?governorate=50&sector=HEALTH&q=%D8%B5%D8%AD%D9%8A" > /dev/null
wrk -t4 -c20 -d20s -s bench/percentiles.lua "$BASE/facilities?governorate=50&sector=HEALTH&q=%D8%B5%D8%AD%D9%8A" | tail -1
echo "Visit list of a coordinator's governorates (the review queue), 20 clients, 20 s:"
wrk -t4 -c20 -d20s -s bench/percentiles.lua "$BASE/api/v1/visits?status=SUBMITTED&governorate=50" | tail -1
psql -t -c "select 'visits now: ' || count(*) from monitoring_visit"
RSS=$(ps -o rss= -p $APP)
HEAP=$(jcmd $APP GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
printf 'memory: resident %d MB, heap used %d MB (-Xmx1g)\n' $((RSS / 1024)) $((${HEAP:-0} / 1024))
