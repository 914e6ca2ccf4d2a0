#!/usr/bin/env bash
# Search freshness under sustained intake: the application on a fresh data folder (the embedded H2 by default, or the
# PostgreSQL named by RASD_DB_URL with RASD_DB_USER / RASD_DB_PASSWORD), cases filed through the JSON API at RATE a
# second (default 40) for SECONDS (default 300), each found by staff search as soon as it can be: prints the freshness
# (201 → findable) p50 / p95 / p99 every 10 s and at the end, and how many filed cases were not yet findable (the
# index backlog seen from outside). Target: p95 <= 2 s with a bounded backlog.
# Usage: bench/search-freshness.sh [RATE] [SECONDS]     (needs python3 and curl; builds target/rasd.jar when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-40}
SECONDS_RUN=${2:-300}
PORT=${PORT:-18094}
WORK=$(mktemp -d)
trap 'stop_app; rm -rf "$WORK"' EXIT
for tool in python3 curl unzip; do command -v $tool >/dev/null || { echo "$tool is missing"; exit 1; }; done
source bench/embedded-app.sh

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
start_app "$WORK/data" "${RASD_DB_URL:-}"
echo "Filing $RATE cases a second for $SECONDS_RUN s ($([ -n "${RASD_DB_URL:-}" ] && echo PostgreSQL || echo H2)), each searched for until found:"
python3 bench/freshness.py "$BASE" "$TOKEN" "$RATE" "$SECONDS_RUN"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
