#!/usr/bin/env bash
# Freedoms documentation figures on PostgreSQL with EVENTS events (default 100,000) and three acts each (300,000):
# the documenter's filtered list and the internal dashboard at 8 clients (p50/p95), the public figures uncached at
# 8 clients, and the time to publish a redacted copy (preview + publish, through the web forms).
# Usage (as root, with Debian's PostgreSQL and wrk): bench/freedoms.sh        EVENTS=20000 bench/freedoms.sh
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${EVENTS:-100000}
DURATION=${DURATION:-20s}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18095}
PG_PORT=${PG_PORT:-55435}
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

# 2. The application on it, with demo content (the demo documenter of Hebron and Bethlehem, 14 demo events).
RASD_DATA_DIR="$WORK/data" RASD_DEMO=true SERVER_PORT=$PORT RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x java -Xmx1g -jar target/rasd.jar > "$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2
done
until [ "$(psql -t -A -c 'select count(*) from freedoms_event')" -ge 14 ]; do sleep 0.5; done

# 3. Bulk events over 2024-2026 in every governorate, 3 acts, 1 or 2 victims and a source each; 70 % verified or
#    closed, a third of those published. No identities (the sealed columns stay empty).
echo "Loading $EVENTS events and $((EVENTS * 3)) acts…"
START=$(date +%s)
psql -v events=$EVENTS <<'SQL'
set synchronous_commit = off;
create temporary table g as select code, row_number() over (order by code) - 1 as n from geography_governorate;
create temporary table t as select code, kind, row_number() over (partition by kind order by position) - 1 as n,
  count(*) over (partition by kind) as c from freedoms_term;
insert into freedoms_event (reference, title, narrative, event_type, date_from, governorate_code, place, latitude,
    longitude, status, confidence, risk, do_not_publish, channel, tier, published_title, published_narrative,
    published_at, created_at, updated_at, version)
select 'FRD-B-' || i, 'واقعة ' || i, 'نص داخلي للواقعة ' || i,
       (select code from t where kind = 'EVENT_TYPE' and n = i % c),
       date '2024-01-01' + (i * 7919 % 1060),
       (select code from g where n = i % (select count(*) from g)), 'مكان', 31.5 + (i % 100) / 1000.0,
       35.1 + (i % 77) / 1000.0,
       case when i % 10 < 2 then 'INITIAL_REPORT' when i % 10 < 3 then 'BEING_VERIFIED'
            when i % 10 < 8 then 'VERIFIED' else 'CLOSED' end, 'MEDIUM', 'LOW', false, 'DOCUMENTER',
       case when i % 10 >= 3 and i % 3 = 0 then 'PUBLIC' else 'INTERNAL' end,
       'عنوان منشور ' || i, 'نص منشور', now(), now(), now(), 0
from generate_series(1, :events) i;
insert into freedoms_event_right (event_id, right_code) select id, 'EXPRESSION' from freedoms_event where reference like 'FRD-B-%';
insert into freedoms_victim (event_id, kind, sex, age_group, profession, governorate_code, sealed)
select e.id, 'PERSON', case when v = 1 then 'FEMALE' else 'MALE' end, 'YOUTH',
       (select code from t where kind = 'PROFESSION' and n = (e.id + v) % c), e.governorate_code, null
from freedoms_event e cross join generate_series(1, 2) v where e.reference like 'FRD-B-%' and (v = 1 or e.id % 2 = 0);
insert into freedoms_act (event_id, act_type, act_date)
select e.id, (select code from t where kind = 'ACT_TYPE' and n = (e.id + a) % c), e.date_from
from freedoms_event e cross join generate_series(1, 3) a where e.reference like 'FRD-B-%';
insert into freedoms_act_perpetrator (act_id, perpetrator_type)
select a.id, (select code from t where kind = 'PERPETRATOR_TYPE' and n = a.id % c) from freedoms_act a
join freedoms_event e on e.id = a.event_id where e.reference like 'FRD-B-%';
insert into freedoms_source (event_id, source_type, reliability, received_on, consent_publish, consent_name,
    consent_contact, sealed)
select id, 'WITNESS', 'HIGH', date_from, true, false, false, null from freedoms_event where reference like 'FRD-B-%';
analyze;
SQL
echo "  loaded in $(( $(date +%s) - START )) s"
psql -t -c "select 'events: ' || count(*) from freedoms_event" -c "select 'acts: ' || count(*) from freedoms_act" \
  -c "select 'published: ' || count(*) from freedoms_event where tier = 'PUBLIC'"

# 4. The demo documenter's session (Hebron and Bethlehem) and its CSRF token.
PASSWORD=$(grep '^documenter ' "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=documenter&password=$PASSWORD&_csrf=$TOKEN" "$BASE/login"
export RASD_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")"

run() { # title url
  echo "$1"
  wrk -t2 -c8 -d5s -s bench/percentiles.lua "$2" > /dev/null
  wrk -t2 -c8 -d$DURATION -s bench/percentiles.lua "$2" | tail -1
}
run "Documenter's list, verified events of Hebron in 2025, 8 clients:" \
  "$BASE/freedoms?governorate=50&status=VERIFIED&from=2025-01-01&to=2025-12-31"
run "Documenter's list, unfiltered (newest first), 8 clients:" "$BASE/freedoms"
run "Internal dashboard (all counts of Hebron and Bethlehem), 8 clients:" "$BASE/freedoms/figures"
unset RASD_COOKIE
run "Public figures (uncached, suppressed), 8 clients:" "$BASE/violations/figures"
run "Public figures of one governorate and year, 8 clients:" "$BASE/violations/figures?governorate=50&from=2025-01-01&to=2025-12-31"

# 5. Time to publish a redacted copy: preview page, then the publish form, for 20 verified events of Hebron.
export RASD_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")"
REFS=$(psql -t -A -c "select reference || ' ' || version from freedoms_event where governorate_code = '50' and
  status = 'VERIFIED' and tier = 'INTERNAL' order by id desc limit 20")
TOTAL=0; N=0; WORST=0
while read -r REF VERSION; do
  [ -n "$REF" ] || continue
  T0=$(date +%s%N)
  PAGE=$(curl -s -b "$JAR" "$BASE/freedoms/$REF/publish")
  CSRF=$(echo "$PAGE" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  CODE=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" --data-urlencode "_csrf=$CSRF" --data-urlencode "version=$VERSION" \
    --data-urlencode "tier=PUBLIC" --data-urlencode "title=عنوان منشور" --data-urlencode "narrative=نص منشور" \
    "$BASE/freedoms/$REF/publish")
  MS=$(( ($(date +%s%N) - T0) / 1000000 ))
  [ "$CODE" = 302 ] || echo "  publish $REF answered $CODE"
  TOTAL=$((TOTAL + MS)); N=$((N + 1)); [ $MS -gt $WORST ] && WORST=$MS
done <<< "$REFS"
echo "Publish a redacted copy (preview + publish), $N events: mean $((TOTAL / (N > 0 ? N : 1))) ms, worst $WORST ms"
RSS=$(ps -o rss= -p $APP)
printf 'memory: resident %d MB (-Xmx1g)\n' $((RSS / 1024))
