#!/usr/bin/env bash
# Intake side by side (issue "Speed"): validated submissions a second through each door — cases through the JSON API,
# visits through the JSON API, ODK Collect submissions through OpenRosa — at 8 and 32 concurrent connections, beside
# raw PostgreSQL single-row inserts (pgbench, 8 connections) on the same throwaway cluster and beside ODK Central's
# best figure measured on this kind of machine (240 submissions a second at 8–32 connections; Central itself is not
# run here). Prints each rate, its ratio to Central and to pgbench, p95, and the CPU a submission costs the
# application and PostgreSQL (from /proc, steadier than latencies on a shared machine).
# Usage (as root, with Debian's PostgreSQL and wrk): bench/intake.sh          DURATION=10s bench/intake.sh
# On a busy machine give the JIT longer than the default 10 s warm-up a door (WARMUP=60s): at a few dozen requests a
# second the first runs measure the compiler more than the requests.
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18097}
PG_PORT=${PG_PORT:-55439}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
CENTRAL=240
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
chmod 755 "$WORK"
for tool in wrk curl pgbench; do command -v $tool >/dev/null || { echo "$tool is missing"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"

# 1. A throwaway PostgreSQL cluster on loopback (initdb refuses root: it runs as the postgres user).
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements' -l $WORK/pg/server.log start" > /dev/null
APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }

# 2. Raw PostgreSQL: one single-row insert a transaction (a key, a short text, a time), 8 connections.
psql -c "create table bench_insert (id bigint generated always as identity primary key, body text not null,
  created_at timestamp with time zone not null default current_timestamp)"
echo "insert into bench_insert (body) values ('انقطاع المياه عن الحي منذ أسبوع');" > "$WORK/insert.sql"
PGBENCH=$(pgbench -h 127.0.0.1 -p $PG_PORT -U postgres -n -c 8 -j 2 -T ${DURATION%s} -f "$WORK/insert.sql" postgres 2>/dev/null \
  | awk '/^tps/ {printf "%.0f", $3}')
echo "pgbench, single-row inserts, 8 connections: $PGBENCH a second"
psql -c "drop table bench_insert"

# 3. The application on it with demo content (accounts, scorecards, facilities); no API rate limit.
RASD_DATA_DIR="$WORK/data" RASD_DEMO=true SERVER_PORT=$PORT RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x java ${JAVA_OPTS:--Xmx1g} -jar target/rasd.jar \
  --rasd.api.requests-per-minute=1000000000 > "$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2
done
until grep -q "Demo monitoring" "$WORK/app.log" && grep -q "Demo cases" "$WORK/app.log"; do sleep 0.2; done

PG_PID=$(head -1 "$WORK/pg/postmaster.pid")
app_ticks() { awk '{print $14 + $15}' /proc/$APP/stat; }
pg_ticks() {
  { awk '{print $14 + $15 + $16 + $17}' /proc/$PG_PID/stat
    for p in $(pgrep -P $PG_PID); do awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null; done; } | awk '{s += $1} END {print s}'
}

# 4. The doors' credentials: a device for the demo administrator (its token's SHA-256 written straight in), the
# forms and facilities of the health scorecard, and the administrator's session with its CSRF token.
export RASD_DEVICE=benchdevice0123456789abcdefghij
HASH=$(printf %s "$RASD_DEVICE" | sha256sum | cut -d' ' -f1)
psql -c "insert into openrosa_device (account_id, label, token_hash, token_prefix, created_by, created_at)
  select id, 'bench', '$HASH', 'benchd', id, current_timestamp from identity_account where username = 'admin'"
export RASD_FORM=health-centre
export RASD_VERSION=$(psql -t -A -c "select max(v.number) from forms_form_version v join forms_form f on f.id = v.form_id
  where f.code = 'health-centre' and v.status = 'PUBLISHED'")
HEALTH=$(psql -t -A -c "select string_agg(f.id::text, ',') from (select f.id from registry_facility f
  join registry_sector s on s.id = f.sector_id where s.code = 'HEALTH' order by f.id limit 500) f")
ADMIN_PASSWORD=$(grep '^admin ' "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=$ADMIN_PASSWORD&_csrf=$TOKEN" "$BASE/login"
export RASD_CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/visits" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
export RASD_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")"
export RASD_GOVERNORATE=50

# door LABEL SCRIPT FACILITIES COUNT-SQL (what it submitted so far): warms up WARMUP at 8, then 8 and 32 connections for DURATION each
RESULTS="$WORK/results"
door() {
  export RASD_FACILITIES=$3
  wrk -t2 -c8 -d$WARMUP --timeout 30s -s "$2" "$BASE" > /dev/null
  psql -c "select pg_stat_statements_reset()" > /dev/null
  BEFORE=$(psql -t -A -c "$4")
  # PROFILE=DIR: a flight recording (PROFILE_SETTINGS: a .jfc, e.g. made by
  # `jfr configure --input profile method-profiling=max --output max.jfc` for a sample a millisecond) of the measured runs of each door, DIR/<script>.jfr (see bench/jfr-hot.py)
  [ -n "${PROFILE:-}" ] && jcmd $APP JFR.start name=door settings="${PROFILE_SETTINGS:-profile}" > /dev/null
  for clients in 8 32; do
    local app pg line
    app=$(app_ticks); pg=$(pg_ticks)
    line=$(wrk -t4 -c$clients -d$DURATION --timeout 30s -s "$2" "$BASE" | tail -1)
    echo "$line" | awk -v label="$1" -v c=$clients -v a=$(($(app_ticks) - app)) -v p=$(($(pg_ticks) - pg)) \
      -v hz=$(getconf CLK_TCK) -v central=$CENTRAL -v raw=$PGBENCH '{
        n = $2 + 0; errors = $4 + 0; rate = $NF == "req/s" ? $(NF - 1) : 0
        for (i = 1; i <= NF; i++) { if ($i == "p95") p95 = $(i + 1) }
        printf "%-28s %3d  %6.0f  %5.2f×  %5.1f%%  %7s  %6d  %6.2f  %6.2f\n", label, c, rate, rate / central,
          100 * rate / raw, p95, errors, a * 1000 / hz / n, p * 1000 / hz / n }' | tee -a "$RESULTS"
  done
  [ -n "${PROFILE:-}" ] && { mkdir -p "$PROFILE"; jcmd $APP JFR.stop name=door filename="$(realpath "$PROFILE")/$(basename "$2" .lua).jfr" > /dev/null; }
  return 0
}
printf '%-28s %3s  %6s  %6s  %6s  %7s  %6s  %6s  %6s\n' "door" "c" "/s" "×240" "of pg" "p95 ms" "errors" \
  "app ms" "pg ms" | tee "$RESULTS"
psql -c "create extension if not exists pg_stat_statements"
BEFORE=0
DOORS=${DOORS:-cases visits odk}  # which doors to measure
[[ " $DOORS " == *" cases "* ]] && door "cases, JSON API" bench/file-case.lua \
  "$(psql -t -A -c "select string_agg(id::text, ',') from registry_facility where governorate_code = '50'")" \
  "select count(*) from cases_case"
# what one submission costs PostgreSQL, statement by statement (calls a submission, mean time), with STATEMENTS=yes:
# statements LABEL COUNT-SQL, after a door (its count before the door in BEFORE)
statements() {
  [ "${STATEMENTS:-no}" = yes ] || return 0
  echo "$1: statements a submission"
  psql -c "select round(calls::numeric / greatest(1, ($2) - $BEFORE), 2)
    as per_submission, round(mean_exec_time::numeric, 3) as ms, left(regexp_replace(query, '\s+', ' ', 'g'), 90) as statement
    from pg_stat_statements order by calls desc limit 30"
}
[[ " $DOORS " == *" cases "* ]] && statements "cases, JSON API" "select count(*) from cases_case"
[[ " $DOORS " == *" visits "* ]] && door "visits, JSON API" bench/submit-visit.lua "$HEALTH" "select count(*) from monitoring_visit where status = 'SUBMITTED'" \
  && statements "visits, JSON API" "select count(*) from monitoring_visit where status = 'SUBMITTED'"
[[ " $DOORS " == *" odk "* ]] && door "visits, OpenRosa (ODK)" bench/submit-odk.lua "$HEALTH" "select count(*) from monitoring_visit where status = 'SUBMITTED'" \
  && statements "visits, OpenRosa" "select count(*) from monitoring_visit where status = 'SUBMITTED'"
echo "(/s: validated submissions a second; ×240: against ODK Central's 240 a second, the goal is 5×; of pg: against"
echo " pgbench's $PGBENCH single-row inserts a second at 8 connections, the goal is 25 %; app ms and pg ms: CPU a"
echo " submission in the application and in PostgreSQL)"
psql -t -c "select 'cases: ' || count(*) from cases_case" \
  -c "select 'visits submitted: ' || count(*) from monitoring_visit where status = 'SUBMITTED'"
# The audit chain after the runs: entries not yet sealed (the tail the sealer has not reached), and the whole chain
# verified by the command while the application still runs.
psql -t -c "select 'audit entries: ' || count(*) || ', not yet sealed: ' || count(*) filter (where seq is null) from audit_entry"
SECONDS=0
RASD_DATA_DIR="$WORK/data" RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" RASD_DB_USER=postgres \
  RASD_DB_PASSWORD=x java -Xmx512m -jar target/rasd.jar audit-verify 2>&1 | grep -v '^\s*$' | tail -2
echo "  audit-verify took ${SECONDS} s (with the JVM's start)"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs; resident $(( $(ps -o rss= -p $APP) / 1024 )) MB"
