#!/usr/bin/env bash
# Search freshness under sustained intake: the application on a fresh data folder (the embedded H2 by default, or the
# PostgreSQL named by RASD_DB_URL with RASD_DB_USER / RASD_DB_PASSWORD), cases filed through the JSON API at RATE a
# second (default 40) for SECONDS (default 300), each found by staff search as soon as it can be: prints the freshness
# (201 → findable) p50 / p95 / p99 every 10 s and at the end, and how many filed cases were not yet findable (the
# index backlog seen from outside) beside the search outbox inside the application (rasd_search_outbox_depth, read
# with a metrics token). Target (issue #20): at the peak intake rate sustained 5 minutes, p95 <= 2 s and the backlog
# bounded (it stops growing: the outbox's depth and the oldest record's wait stay flat from one 10 s line to the
# next). The peak rate is what bench/cases.sh measures the application filing on the machine (about 200 a second on
# 2 quiet cores, session 8); give it as RATE.
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
# the indexer logs each batch: how many records, how long they waited between their commit and being searchable
export RASD_METRICS_TOKEN=bench-metrics-token-0123456789abcdefghij
APP_ARGS=--logging.level.ps.rasd.search.internal.IndexWorker=DEBUG start_app "$WORK/data" "${RASD_DB_URL:-}"
echo "Filing $RATE cases a second for $SECONDS_RUN s ($([ -n "${RASD_DB_URL:-}" ] && echo PostgreSQL || echo H2)), each searched for until found:"
python3 bench/freshness.py "$BASE" "$TOKEN" "$RATE" "$SECONDS_RUN" "$RASD_METRICS_TOKEN"
echo "Seen by the indexer (commit of the change to searchable, each record counted with the longest wait of its batch):"
grep -o 'Search batch: [0-9]* records, waited [0-9]* to [0-9]* ms' "$WORK/data/app.log" | awk '{print $3, $8}' | sort -k2 -n |
  awk '{ n[NR] = $1; w[NR] = $2; total += $1 } END {
    if (!total) { print "  no batch"; exit }
    seen = 0; p50 = p95 = ""
    for (i = 1; i <= NR; i++) { seen += n[i]; if (p50 == "" && seen >= total * 0.5) p50 = w[i]; if (p95 == "" && seen >= total * 0.95) p95 = w[i] }
    printf "  %d records in %d batches (index commits), %.1f a batch; waited p50 %d ms, p95 %d ms, max %d ms\n",
      total, NR, total / NR, p50, p95, w[NR] }'
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
