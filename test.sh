#!/usr/bin/env bash
# Runs every test of Rasd: installs what the tests need when it is missing (Java 17, Debian's Chromium and its
# driver for the browser tests, HAProxy for the two-node test), then the unit, web, H2, embedded-PostgreSQL and
# browser tests (./mvnw verify).
# Extra arguments go to Maven, e.g. ./test.sh -Dtest=CaseManagementTests
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v "${RASD_CHROMIUM:-chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v "${RASD_CHROMEDRIVER:-chromedriver}" >/dev/null 2>&1 || missing+=(chromium-driver)
# the two-node test (TwoNodesBehindAProxyTests) puts HAProxy in front of two application processes
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Missing: ${missing[*]} — install them (Debian/Ubuntu package names) or set RASD_CHROMIUM / RASD_CHROMEDRIVER." >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing what the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

java -version 2>&1 | head -1
"${RASD_CHROMIUM:-chromium}" --version 2>/dev/null || true

exec ./mvnw -B -ntp verify "$@"
