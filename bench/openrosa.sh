#!/usr/bin/env bash
# OpenRosa intake on PostgreSQL: ODK Collect submissions (multipart XML, checked by the form's checker and stored as
# submitted visits) per second at 1, 8 and 32 concurrent clients with p50/p95, and the JSON visit API
# (POST /api/v1/visits with an Idempotency-Key, the same checks) at the same concurrency for comparison.
# Usage (as root, with Debian's PostgreSQL and wrk): bench/openrosa.sh     DURATION=5s bench/openrosa.sh for a short run
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PORT=${PORT:-18094}
PG_PORT=${PG_PORT:-55436}
DURATION=${DURATION:-15s}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
chmod 755 "$WORK"
for tool in wrk curl; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package

# 1. A throwaway PostgreSQL cluster on loopback (initdb refuses root: it runs as the postgres user).
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1' -l $WORK/pg/server.log start" > /dev/null
trap 'kill $APP 2>/dev/null || true; su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }

# 2. The application on it with demo content (accounts, the health-centre scorecard, facilities); no API rate limit.
RASD_DATA_DIR="$WORK/data" RASD_DEMO=true SERVER_PORT=$PORT RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" \
  RASD_DB_USER=postgres RASD_DB_PASSWORD=x java ${JAVA_OPTS:--Xmx1g} -jar target/rasd.jar \
  --rasd.api.requests-per-minute=1000000000 > "$WORK/app.log" 2>&1 &
APP=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2
done
until grep -q "Demo monitoring" "$WORK/app.log"; do sleep 0.2; done

# 3. A device for the demo administrator (who may monitor everywhere): its token's SHA-256 written straight in.
export RASD_DEVICE=benchdevice0123456789abcdefghij
HASH=$(printf %s "$RASD_DEVICE" | sha256sum | cut -d' ' -f1)
psql -c "insert into openrosa_device (account_id, label, token_hash, token_prefix, created_by, created_at)
  select id, 'bench', '$HASH', 'benchd', id, current_timestamp from identity_account where username = 'admin'"
export RASD_FORM=health-centre
export RASD_VERSION=$(psql -t -A -c "select max(v.number) from forms_form_version v join forms_form f on f.id = v.form_id
  where f.code = 'health-centre' and v.status = 'PUBLISHED'")
export RASD_FACILITIES=$(psql -t -A -c "select string_agg(f.id::text, ',') from (select f.id from registry_facility f
  join registry_sector s on s.id = f.sector_id where s.code = 'HEALTH' order by f.id limit 500) f")
curl -fs -o /dev/null "$BASE/openrosa/$RASD_DEVICE/formList" || { echo "the device is refused"; exit 1; }

# 4. An administrator's session and its CSRF token for the JSON API.
ADMIN_PASSWORD=$(grep '^admin ' "$WORK/data/demo-accounts.txt" | cut -d' ' -f2)
JAR="$WORK/cookies"
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -d "username=admin&password=$ADMIN_PASSWORD&_csrf=$TOKEN" "$BASE/login"
export RASD_CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/visits" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
export RASD_COOKIE="JSESSIONID=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR")"

echo "warm-up (both paths, 8 clients, 10 s each)…"
wrk -t2 -c8 -d10s -s bench/submit-odk.lua "$BASE" > /dev/null
wrk -t2 -c8 -d10s -s bench/submit-visit.lua "$BASE" > /dev/null
for clients in 1 8 32; do
  threads=$(( clients < 4 ? clients : 4 ))
  echo "OpenRosa /submission, $clients concurrent client(s), $DURATION:"
  wrk -t$threads -c$clients -d$DURATION --timeout 30s -s bench/submit-odk.lua "$BASE" | tail -1
  echo "JSON /api/v1/visits, $clients concurrent client(s), $DURATION:"
  wrk -t$threads -c$clients -d$DURATION --timeout 30s -s bench/submit-visit.lua "$BASE" | tail -1
done
psql -t -c "select 'visits from ODK Collect: ' || count(*) from monitoring_visit where idempotency_key like 'odk:%'"
psql -t -c "select 'visits submitted in all: ' || count(*) from monitoring_visit where status = 'SUBMITTED'"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
