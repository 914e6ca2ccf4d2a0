#!/usr/bin/env bash
# Start-up time and resident memory: start to healthy (fat jar; the extracted jar with a class-data-sharing archive;
# bin/rasd, the production launcher with its memory settings), the CPU the process spent until then (steadier than the
# wall time on a shared machine), the resident set size (RSS) after start, 20 s later (the background warm-ups done)
# and after a fixed load (REQUESTS requests: home page, filtered dashboard, search), with the default heap and with a
# small one, and where the memory is: heap committed (live after the last collection), class metadata (metaspace and
# the CDS archive), anonymous memory against file-backed pages (the archive and jars, page cache that several processes
# share and the kernel may drop). NMT=1 adds Native Memory Tracking (its own few MB included) and prints its largest
# categories. H2 without demo data unless RASD_DB_URL (and RASD_DB_USER, RASD_DB_PASSWORD) name a PostgreSQL database.
# START_DATA_DIR names an existing data folder to start on (a copy: the runs write to it; default a new one).
# JAR names another build to compare (default target/rasd.jar); PARTS picks the starts (default: every one), e.g.
# PARTS="fat launcher".
# Usage: bench/start.sh [REQUESTS]      (default 1000; needs curl, bc and the JDK's jcmd)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-1000}
APP_DATA=${START_DATA_DIR:-}
PORT=${PORT:-18081}
PARTS=${PARTS:-fat cds launcher}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d)
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; rm -rf "$DATA"' EXIT
APP=
[ -n "$APP_DATA" ] || APP_DATA="$DATA/app"
JAR=${JAR:-target/rasd.jar}
[ -f "$JAR" ] || ./mvnw -q -B -ntp -DskipTests package
NMT_OPT=()
[ "${NMT:-0}" = 1 ] && NMT_OPT=(-XX:NativeMemoryTracking=summary)

mb() { awk -v k="$1" '$1 == k":" { printf "%.0f", $2 / 1024 }' "/proc/$APP/$2"; }
rss() { echo "$(mb VmRSS status) MB"; }

# threads: the CPU seconds by thread group (the main thread, Java's JIT compilers, the collector and VM thread, the
# rest: Hibernate's own start thread, warm-ups, Tomcat...), and the collections so far (young and full, from jstat).
# On 2 cores the compilers compete with the main thread, which does Spring's start.
threads() {
  local t; t=$(for f in /proc/$APP/task/*/stat; do sed -E 's/^[0-9]+ \((.*)\) [A-Z] (.*)$/\1|\2/' "$f" 2>/dev/null; done |
    awk -F'|' '{ split($2, a, " "); c = (a[11] + a[12]) / 100; n = $1
      g = n ~ /^C2 Compiler/ ? "C2 JIT" : n ~ /^C1 Compiler/ ? "C1 JIT" : (n == "VM Thread" || n ~ /GC/) ? "GC+VM" : n == "java" ? "main" : "other"
      s[g] += c } END { printf "main %.1f, C1 JIT %.1f, C2 JIT %.1f, GC+VM %.1f, other %.1f", s["main"], s["C1 JIT"], s["C2 JIT"], s["GC+VM"], s["other"] }')
  local gc; gc=$(jstat -gc $APP 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i } NR == 2 {
    printf "%d young + %d full collections (%.2f s)", $h["YGC"], $h["FGC"], $h["GCT"] }')
  printf '      %s: CPU s by thread: %s; %s\n' "$1" "$t" "$gc"
}

# memory: RSS split into anonymous and file-backed pages, the heap (committed, used) and the class metadata outside
# the archive (metaspace committed), from /proc and jcmd GC.heap_info.
memory() {
  local heap; heap=$(jcmd $APP GC.heap_info 2>/dev/null | awk '
    /total [0-9]+K, used [0-9]+K/ { for (i = 1; i <= NF; i++) { if ($i == "total") t += $(i+1); if ($i == "used") u += $(i+1) } }
    /Metaspace/ { for (i = 1; i <= NF; i++) if ($i == "committed") m = $(i+1) }
    END { gsub(/[K,]/, "", t); gsub(/[K,]/, "", u); gsub(/[K,]/, "", m)
          printf "heap %d MB committed (%d used), metaspace %d MB", t / 1024, u / 1024, m / 1024 }')
  printf '      %s: anonymous %s MB, file-backed %s MB; %s\n' "$1" "$(mb Anonymous smaps_rollup)" \
    "$(( $(mb Rss smaps_rollup) - $(mb Anonymous smaps_rollup) ))" "$heap"
  if [ "${NMT:-0}" = 1 ]; then
    jcmd $APP VM.native_memory summary | awk '/^-/ { sub(/^- +/, ""); n = $0; sub(/ \(.*/, "", n);
      c = $0; sub(/.*committed=/, "", c); sub(/KB\).*/, "", c); if (c + 0 >= 1024) printf "%s %d MB; ", n, c / 1024 }
      END { print "" }' | sed 's/^/        NMT: /'
  fi
}

# run LABEL COMMAND...: starts on the data folder (the first run makes it: a new installation, every migration; the
# others start on the existing database, as a restart does), prints the time to healthy and the RSS, waits 20 s, does
# some work, prints the RSS again, stops.
run() {
  local label=$1; shift
  local t0; t0=$(date +%s%N)
  RASD_DATA_DIR="$APP_DATA" RASD_DEMO=false SERVER_PORT=$PORT "$@" > "$DATA/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { echo "application died"; tail -40 "$DATA/app.log"; exit 1; }
    sleep 0.05
  done
  local t1; t1=$(date +%s%N)
  local cpu; cpu=$(awk '{ printf "%.1f", ($14 + $15) / 100 }' "/proc/$APP/stat")
  local started; started=$(rss)
  local load0; load0=$(cut -d' ' -f1 /proc/loadavg)
  threads "at healthy"
  memory "at healthy"
  sleep 20
  local settled; settled=$(rss)
  memory "20 s later"
  local c0; c0=$(awk '{ print $14 + $15 }' "/proc/$APP/stat")
  for i in $(seq 1 "$REQUESTS"); do
    case $((i % 3)) in
      0) curl -s -o /dev/null "$BASE/" ;;
      1) curl -s -o /dev/null "$BASE/dashboards?sector=HEALTH" ;;
      2) curl -s -o /dev/null "$BASE/api/v1/search?q=%D9%85%D8%A7%D8%A1" ;;
    esac
  done
  local per; per=$(awk -v c0="$c0" -v n="$REQUESTS" '{ printf "%.1f", ($14 + $15 - c0) * 10 / n }' "/proc/$APP/stat")
  memory "after $REQUESTS requests"
  threads "after $REQUESTS requests"
  printf '%-52s %6.2f s (CPU %s s, load %s)   RSS %s at healthy, %s 20 s later, %s after %d requests (%s ms CPU each, load %s)\n' \
    "$label" "$(echo "($t1-$t0)/1000000000" | bc -l)" "$cpu" "$load0" "$started" "$settled" "$(rss)" "$REQUESTS" "$per" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  grep -o 'Started RasdApplication in [0-9.]* seconds (process running for [0-9.]*)' "$DATA/app.log" | sed 's/^/    /'
  kill $APP; wait $APP 2>/dev/null || true
}

has() { [[ " $PARTS " == *" $1 "* ]]; }

echo "Rasd start-up — $(nproc) cores, $(java -version 2>&1 | head -1), database: ${RASD_DB_URL:-H2 file}"
echo "load: $(uptime)"
if has fat; then
  run "fat jar, new installation (every migration)" java "${NMT_OPT[@]}" -jar "$JAR"
  run "fat jar, existing database" java "${NMT_OPT[@]}" -jar "$JAR"
  run "fat jar, -Xmx256m" java "${NMT_OPT[@]}" -Xmx256m -jar "$JAR"
fi
if has cds; then
  EX="$DATA/extracted"
  java -Djarmode=tools -jar "$JAR" extract --destination "$EX" > /dev/null
  EXJAR="$EX/$(basename "$JAR")"
  RASD_DATA_DIR="$APP_DATA" RASD_DEMO=false java -XX:ArchiveClassesAtExit="$EX/rasd.jsa" \
    -Dspring.context.exit=onRefresh -jar "$EXJAR" > "$DATA/training.log" 2>&1 || true
  run "extracted jar + CDS archive" java "${NMT_OPT[@]}" -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EXJAR"
  run "extracted jar + CDS, -Xmx256m -XX:+UseSerialGC" java "${NMT_OPT[@]}" -Xmx256m -XX:+UseSerialGC \
    -XX:SharedArchiveFile="$EX/rasd.jsa" -jar "$EXJAR"
fi
if has launcher; then
  # bin/rasd extracts the jar and makes its archive once (not timed here), then starts with its memory settings
  RASD_DATA_DIR="$APP_DATA" RASD_DEMO=false RASD_JAR="$JAR" RASD_HOME="$DATA/launcher" bin/rasd --prepare \
    > "$DATA/prepare.log" 2>&1
  run "bin/rasd (default -Xmx)" env RASD_JAR="$JAR" RASD_HOME="$DATA/launcher" JAVA_OPTS="${NMT_OPT[*]}" bin/rasd
  run "bin/rasd, RASD_HEAP=256m" env RASD_JAR="$JAR" RASD_HOME="$DATA/launcher" RASD_HEAP=256m \
    JAVA_OPTS="${NMT_OPT[*]}" bin/rasd
  # the C1 compiler only: half the start's CPU (no C2 compiling at start), but compiled code that is never optimised
  run "bin/rasd, C1 only (-XX:TieredStopAtLevel=1)" env RASD_JAR="$JAR" RASD_HOME="$DATA/launcher" \
    JAVA_OPTS="${NMT_OPT[*]} -XX:TieredStopAtLevel=1" bin/rasd
fi
echo "load: $(uptime)"
