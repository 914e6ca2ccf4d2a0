#!/usr/bin/env bash
# Rasd on one and on two nodes (issue #22): submissions a second (cases filed through the JSON API with a token) and
# search p95, first against one node, then against two nodes behind HAProxy on the same PostgreSQL — on one machine the
# cores are shared, so read the ratio, not the figures; and the time a new node takes to serve its first request.
# Both runs use one OpenSearch index (SEARCH_URL, or the tests' embedded OpenSearch started here), as several nodes must.
# Usage (as root, with Debian's PostgreSQL 15, haproxy and wrk): bench/nodes.sh   (DURATION=20s CLIENTS=16 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=${PG_PORT:-55437}
PORT1=${PORT1:-18101}
PORT2=${PORT2:-18102}
PROXY=${PROXY:-18100}
DURATION=${DURATION:-20s}
CLIENTS=${CLIENTS:-16}
WORK=$(mktemp -d)
chmod 755 "$WORK"
for tool in wrk curl haproxy; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
[ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL is missing: apt-get install -y postgresql"; exit 1; }
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package
PIDS=()
NODE_PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg stop -m fast" > /dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# 1. A throwaway PostgreSQL on loopback (initdb refuses root: it runs as the postgres user).
mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
su postgres -c "$PG_BIN/initdb -D $WORK/pg -U postgres -A trust -E UTF8 --no-locale" > "$WORK/initdb.log"
su postgres -c "$PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=200' -l $WORK/pg/server.log start" > /dev/null
until "$PG_BIN/pg_isready" -h 127.0.0.1 -p $PG_PORT -q; do sleep 0.2; done
psql() { "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PORT -U postgres -d postgres -q -X -v ON_ERROR_STOP=1 "$@"; }

# 2. The settings every node shares: the database, sessions in it, the keys; the files in one shared folder.
export RASD_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" RASD_DB_USER=postgres RASD_DB_PASSWORD=x
export RASD_NODES=2 RASD_SESSIONS=jdbc RASD_DATA_DIR="$WORK/data" RASD_TRUSTED_PROXIES=127.0.0.1
export RASD_API_REQUESTS_PER_MINUTE=1000000000 RASD_API_BURST=1000000000
for key in RASD_CASES_LINK_KEY RASD_API_CURSOR_KEY RASD_EVIDENCE_SEALING_KEY RASD_FREEDOMS_SEALING_KEY RASD_TWO_FACTOR_KEY RASD_OPENROSA_DIGEST_KEY; do
  export "$key=$(head -c 32 /dev/urandom | base64)"
done

# start_node NAME PORT: starts a node and prints how long it took to answer its first request (a page of the API)
start_node() {
  local name=$1 port=$2 started
  started=$(date +%s.%N)
  RASD_NODE_NAME=$name RASD_SEARCH_INDEX_DIR="$WORK/index-$name" SERVER_PORT=$port java ${JAVA_OPTS:--Xmx768m} -jar target/rasd.jar > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  NODE_PIDS+=($!)
  until curl -fs "http://127.0.0.1:$port/api/v1/sectors" > /dev/null 2>&1; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -40 "$WORK/$name.log"; exit 1; }; sleep 0.1
  done
  echo "  $name served its first request after $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s"
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1; do sleep 0.5; done
  echo "  $name ready (readiness 200) after $(echo "$(date +%s.%N) - $started" | bc | xargs printf '%.1f') s"
}

# 2b. One OpenSearch index every node shares (several nodes refuse to start on their own Lucene indexes): the server
# named by SEARCH_URL, or the embedded OpenSearch 2.19 of the tests (Maven artifacts, in a JVM of its own).
if [ -z "${SEARCH_URL:-}" ]; then
  [ -d target/test-classes/ps ] || ./mvnw -q -B -ntp -o test-compile
  ./mvnw -q -B -ntp -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" > /dev/null
  # as in the tests (surefire): Log4j's core the Log4j API's only provider, without the bridge to SLF4J
  java -Xmx512m -cp "target/test-classes:$(tr ':' '\n' < "$WORK/cp.txt" | grep -v '/log4j-to-slf4j-' | paste -sd:)" \
    ps.rasd.support.OpenSearchNode > "$WORK/opensearch.log" 2>&1 &
  PIDS+=($!)
  until SEARCH_URL=$(grep -m1 -o '^http://127.0.0.1:[0-9]*' "$WORK/opensearch.log" 2>/dev/null); do
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -40 "$WORK/opensearch.log"; exit 1; }; sleep 0.5
  done
fi
export RASD_SEARCH_URL=$SEARCH_URL RASD_SEARCH_INDEX_NAME=rasd-bench-$$
echo "search: OpenSearch at $SEARCH_URL"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start (shared machine)"
echo "first node:"
start_node node1 $PORT1

# 3. A writer with a token, straight into the database.
TOKEN=rasd_bench-token-0123456789abcdefghijklmnopqrstuvwxyz012
hash=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
psql -c "insert into identity_account (username, display_name, password_hash, must_change_password, enabled, created_at,
    updated_at, version) values ('bench', 'bench', '{noop}-', false, true, current_timestamp, current_timestamp, 0);
  insert into identity_account_role (account_id, role) select id, 'ADMIN' from identity_account where username = 'bench';
  insert into identity_api_token (account_id, name, token_hash, prefix, scope, created_at) select id, 'bench',
    '$hash', 'rasd_bench-t', 'WRITE', current_timestamp from identity_account where username = 'bench';"
export RASD_TOKEN=$TOKEN

# cpu_ticks: CPU time (clock ticks) the application nodes and PostgreSQL used so far — steadier than wall time on a
# shared machine
cpu_ticks() {
  local total=0 pid
  for pid in "${NODE_PIDS[@]}" $(pgrep -f "postgres.*$WORK/pg" || true); do
    [ -r /proc/$pid/stat ] && total=$((total + $(awk '{print $14 + $15}' /proc/$pid/stat)))
  done
  echo $total
}

# run_wrk LABEL URL SCRIPT: one wrk run, its line, and the CPU milliseconds a request (nodes + PostgreSQL)
run_wrk() {
  local label=$1 url=$2 script=$3 before after line requests
  before=$(cpu_ticks)
  line=$(wrk -t4 -c"$CLIENTS" -d"$DURATION" --timeout 30s -s "$script" "$url" | tail -1)
  after=$(cpu_ticks)
  requests=$(echo "$line" | sed -E 's/.*requests ([0-9]+),.*/\1/')
  echo "$line, CPU $(echo "scale=1; ($after - $before) * 1000 / $(getconf CLK_TCK) / ($requests + 0.0001)" | bc) ms a request (load average $(cut -d' ' -f1 /proc/loadavg))"
  echo "$line" | sed -E 's/.* ([0-9.]+) (cases|req)\/s.*/\1/' > "$WORK/$label.rate"
  echo "$line" | sed -E 's/.*p95 ([0-9.]+) ms.*/\1/' > "$WORK/$label.p95"
}

measure() {
  local base=$1 label=$2
  # a warm-up not counted: the first requests of a node pay for loading and compiling its code
  wrk -t4 -c"$CLIENTS" -d"${WARM_UP:-10s}" --timeout 30s -s bench/file-case-token.lua "$base" > /dev/null
  wrk -t4 -c"$CLIENTS" -d"${WARM_UP:-10s}" --timeout 30s "$base/api/v1/search?q=%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87" > /dev/null
  echo "  filing cases, $CLIENTS clients, $DURATION:"
  run_wrk "$label-cases" "$base" bench/file-case-token.lua
  echo "  searching (GET /api/v1/search?q=المياه), $CLIENTS clients, $DURATION:"
  run_wrk "$label-search" "$base/api/v1/search?q=%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87" bench/percentiles.lua
}

echo "one node:"
measure "http://127.0.0.1:$PORT1" one

echo "second node:"
start_node node2 $PORT2
cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
frontend rasd
    bind 127.0.0.1:$PROXY
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    server node1 127.0.0.1:$PORT1 check inter 2s
    server node2 127.0.0.1:$PORT2 check inter 2s
CFG
haproxy -f "$WORK/haproxy.cfg" -db > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
until curl -fs "http://127.0.0.1:$PROXY/api/v1/sectors" > /dev/null 2>&1; do sleep 0.1; done
echo "two nodes behind HAProxy:"
measure "http://127.0.0.1:$PROXY" two
echo "two nodes against one: cases/s x$(echo "scale=2; $(cat $WORK/two-cases.rate) / $(cat $WORK/one-cases.rate)" | bc), searches/s x$(echo "scale=2; $(cat $WORK/two-search.rate) / $(cat $WORK/one-search.rate)" | bc), search p95 $(cat $WORK/one-search.p95) ms -> $(cat $WORK/two-search.p95) ms"
psql -t -c "select '  cases filed in all: ' || count(*) || ', by idempotency key: ' || count(distinct idempotency_key) from cases_case where idempotency_key like '%bench-%'"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
