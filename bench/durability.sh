#!/usr/bin/env bash
# What a durable commit costs on the embedded default database (H2, a file under the data folder): cases filed per
# second through the JSON API at 8 and 32 connections, with WRITE_DELAY=0 (the default since issue #13: every commit
# writes its changes to the file before the 201) and with H2's own default WRITE_DELAY=500 (changes kept in memory up to
# half a second: a kill -9 lost acknowledged cases). Each run starts on a fresh data folder, warms up 10 s, then files
# for DURATION seconds (default 20) at each connection count.
# Usage: bench/durability.sh          (needs wrk and curl; builds target/rasd.jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18093}
DURATION=${DURATION:-20}
WORK=$(mktemp -d)
trap 'stop_app; rm -rf "$WORK"' EXIT
for tool in wrk curl unzip; do command -v $tool >/dev/null || { echo "$tool is missing: apt-get install -y $tool"; exit 1; }; done
source bench/embedded-app.sh

# The CPU time and the bytes written (to the OS, by write calls: H2 does not fsync) a case costs the application, from
# /proc: on a shared machine the rates depend on the neighbours, these much less.
app_ticks() { awk '{print $14 + $15}' /proc/$APP/stat; }
app_written() { awk '/^wchar/ {print $2}' /proc/$APP/io; }
measure() {
  local ticks written line
  ticks=$(app_ticks); written=$(app_written)
  line=$(wrk "$@" | tail -1)
  echo "$line" | awk -v t=$(($(app_ticks) - ticks)) -v w=$(($(app_written) - written)) -v hz=$(getconf CLK_TCK) '{
    n = $2 + 0; printf "%s; a case: CPU %.1f ms, written %.0f KB\n", $0, t * 1000 / hz / n, w / 1024 / n }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
for mode in "WRITE_DELAY=0" "WRITE_DELAY=500"; do
  data="$WORK/${mode#*=}"
  start_app "$data" "jdbc:h2:file:$data/db/rasd;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;$mode"
  export RASD_TOKEN=$TOKEN
  wrk -t4 -c8 -d10s -s bench/file-case-token.lua "$BASE" > /dev/null
  for connections in 8 32; do
    printf 'H2 %-16s %2d connections:' "$mode" $connections
    measure -t4 -c$connections -d${DURATION}s --timeout 10s -s bench/file-case-token.lua "$BASE"
  done
  printf '  database file after the runs: %d MB\n' $(($(du -sk "$data/db" | cut -f1) / 1024))
  stop_app
done
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
