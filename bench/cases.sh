#!/usr/bin/env bash
# Cases figures on PostgreSQL with 1,000,000 cases: filing a case through the JSON API at 1 and 20 concurrent clients
# (target p95 <= 50 ms), the coordinators' queue with filters, HTML and JSON, deep pages included, at 1 and 20 clients
# (target p95 <= 100 ms), and the peak memory of the application.
# Usage (as root, on a machine with Debian's PostgreSQL 15 and wrk): bench/cases.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18091}
PG_PORT=${PG_PORT:-55433}
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

# 2. The application on it, with demo content (accounts, 224 facilities, 400 cases at every stage).
RASD_DATA_DIR="$WORK/data" RASD_DEMO=true SERVER_PORT=$PORT RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x java -Xmx1g -jar target/rasd.jar > "$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2
done
until grep -q "Demo cases" "$WORK/app.log"; do sleep 0.2; done

# 3. Bulk data: a year of cases up to 1,000,000 in every governorate (by population) and sector, in filing order, with
# their states spread as a year leaves them (most old ones closed, recent ones waiting, some referrals overdue), the
# step that brought each where it stands, and a sealed reporter. References come from the case sequence, so new cases
# follow on. VACUUM ANALYZE at the end, as autovacuum would do on a table that only grows.
echo "Loading 1,000,000 cases…"
SECONDS=0
psql -v cases=1000000 -f bench/cases-load.sql
psql -t -c "select 'cases: ' || count(*) || ', open: ' || count(*) filter (where status not in ('CONFIRMED_FIXED',
  'REJECTED', 'DUPLICATE', 'CLOSED_UNRESOLVED')) || ', overdue: ' || count(overdue_since) || ', in Hebron and Bethlehem: '
  || count(*) filter (where governorate_code in ('50', '45')) from cases_case" \
  -c "select 'timeline steps: ' || count(*) from cases_event" -c "select 'reporters: ' || count(*) from cases_reporter"
echo "  loaded in ${SECONDS} s"
# The figures are latencies on this machine: say how busy it was.
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

# CPU time a request costs the application and PostgreSQL (server, backends, parallel workers that exited), from
# /proc: on a shared machine the latencies depend on the neighbours, this does much less.
PG_PID=$(head -1 "$WORK/pg/postmaster.pid")
app_ticks() { awk '{print $14 + $15}' /proc/$APP/stat; }
pg_ticks() {
  { awk '{print $14 + $15 + $16 + $17}' /proc/$PG_PID/stat
    for p in $(pgrep -P $PG_PID); do awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null; done; } | awk '{s += $1} END {print s}'
}
measure() { # wrk's arguments: prints the figures of the script's done() and the CPU a request
  local app pg line
  app=$(app_ticks); pg=$(pg_ticks)
  line=$(wrk "$@" | tail -1)
  echo "$line" | awk -v a=$(($(app_ticks) - app)) -v p=$(($(pg_ticks) - pg)) -v hz=$(getconf CLK_TCK) '{
    n = $2 + 0; printf "%s; CPU a request: application %.1f ms, PostgreSQL %.1f ms\n", $0, a * 1000 / hz / n, p * 1000 / hz / n }'
}

# 4. Sessions: the coordinator of Hebron and Bethlehem reads the queue (first, on the loaded year: twenty thousand
# cases filed in a minute would swell the queue of new cases); the Hebron monitor files cases.
session() {
  local password jar token
  password=$(grep "^$1 " "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
  jar="$WORK/cookies-$1"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=$password&_csrf=$token" "$BASE/login"
  CSRF=$(curl -s -c "$jar" -b "$jar" "$BASE/cases" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
}
session coordinator
export RASD_COOKIE=$COOKIE
# One queue: checks the answer, warms up for 5 s at 20 clients, then one client for 10 s and 20 clients for 15 s.
queue() {
  local status
  status=$(curl -s -o "$WORK/page" -w '%{http_code}' -H "Cookie: $RASD_COOKIE" "$BASE$2")
  [ "$status" = 200 ] && ! grep -q 'name="password"' "$WORK/page" || { echo "$2 answered $status"; exit 1; }
  echo "$1"
  wrk -t4 -c20 -d5s -s bench/percentiles.lua "$BASE$2" > /dev/null
  measure -t1 -c1 -d10s -s bench/percentiles.lua "$BASE$2" | sed 's/^  /   1 client:  /'
  measure -t4 -c20 -d15s -s bench/percentiles.lua "$BASE$2" | sed 's/^  /  20 clients: /'
}
echo "Coordinators' queue of Hebron and Bethlehem (HTML, 30 a page, with the dashboard):"
queue "overdue Hebron health referrals, oldest first" "/cases?status=REFERRED&governorate=50&sector=HEALTH&overdue=true&oldest=true"
queue "all overdue referrals, oldest first (the dashboard's link)" "/cases?overdue=true&oldest=true"
queue "waiting for verification, oldest first" "/cases?status=SUBMITTED&oldest=true"
queue "Bethlehem water, page 200" "/cases?governorate=45&sector=WATER&page=200"
queue "everything, newest first (no filter)" "/cases"
echo "The same queue, JSON API (50 a page):"
queue "overdue referrals and escalations in Hebron, oldest first" "/api/v1/cases?status=REFERRED&status=ESCALATED&governorate=50&overdue=true&oldest=true"
queue "municipal cases in progress or scheduled" "/api/v1/cases?status=IN_PROGRESS&status=ACTION_SCHEDULED&sector=MUNICIPAL"
queue "confirmed fixes in Hebron, by reference" "/api/v1/cases?status=CONFIRMED_FIXED&governorate=50&sort=reference"
queue "everything, last changed first" "/api/v1/cases?sort=-updated"

session monitor
export RASD_CSRF=$CSRF RASD_COOKIE=$COOKIE RASD_GOVERNORATE=50
export RASD_FACILITIES=$(psql -t -A -c "select string_agg(id::text, ',') from registry_facility where governorate_code = '50'")

echo "Filing a case, JSON API, one client at a time, 15 s (after 10 s warm-up at 20):"
wrk -t4 -c20 -d10s -s bench/file-case.lua "$BASE" > /dev/null
measure -t1 -c1 -d15s -s bench/file-case.lua "$BASE"
echo "Filing a case, JSON API, 20 concurrent clients filing as fast as they can, 30 s:"
# what the application's database connections wait for meanwhile, sampled five times a second
( while sleep 0.2 && kill -0 $APP 2>/dev/null; do
    psql -t -A -c "select coalesce(wait_event_type || ' ' || wait_event, 'running') || ' — '
      || left(regexp_replace(query, '\s+', ' ', 'g'), 60) from pg_stat_activity where state = 'active'
      and backend_type = 'client backend' and pid <> pg_backend_pid()"
  done > "$WORK/waits" 2>/dev/null ) &
SAMPLER=$!
measure -t4 -c20 -d30s -s bench/file-case.lua "$BASE"
kill $SAMPLER
echo "  what the application's database connections were doing meanwhile (share of samples):"
sort "$WORK/waits" | uniq -c | sort -rn | head -4 | awk -v n=$(wc -l < "$WORK/waits") '{
  c = $1; $1 = ""; printf "    %3.0f%%%s\n", 100 * c / n, $0 }'
psql -t -c "select 'cases now: ' || count(*) from cases_case"

echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
RSS=$(ps -o rss= -p $APP)
PEAK=$(awk '/^VmHWM/ {print $2}' /proc/$APP/status)
HEAP=$(jcmd $APP GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
printf 'memory: peak resident %d MB, resident now %d MB, heap used %d MB (-Xmx1g)\n' $((PEAK / 1024)) $((RSS / 1024)) \
  $((${HEAP:-0} / 1024))
