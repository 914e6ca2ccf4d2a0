# Sourced by the bench scripts: starts the packaged application on a fresh data folder with the embedded database
# (H2, the README's run command) or RASD_DB_URL, and gives it an administrator with a write token ($TOKEN) written
# straight into the database; the per-address API rate limit is lifted (one address sends everything). Needs $WORK (a scratch folder) and $PORT; sets $APP (the process id) and $BASE.
TOKEN=rasd_bench-token-0123456789abcdefghijklmnopqrstuvwxyz012
BASE="http://127.0.0.1:$PORT"
[ -f target/rasd.jar ] || ./mvnw -q -B -ntp -DskipTests package
if [ ! -f "$WORK/h2.jar" ]; then
  unzip -q -j -o target/rasd.jar 'BOOT-INF/lib/h2-*.jar' -d "$WORK/lib" && mv "$WORK"/lib/h2-*.jar "$WORK/h2.jar"
fi

# start_app DATA_DIR [JDBC_URL]: the application on that folder (the default H2 file database when no URL is given)
start_app() {
  local data=$1 url=${2:-}
  mkdir -p "$data"
  if [ -n "$url" ]; then export RASD_DB_URL=$url; else unset RASD_DB_URL; fi
  RASD_DATA_DIR="$data" SERVER_PORT=$PORT java ${JAVA_OPTS:--Xmx1g} -jar target/rasd.jar --rasd.api.requests-per-minute=1000000000 ${APP_ARGS:-} > "$data/app.log" 2>&1 &
  APP=$!
  until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $APP 2>/dev/null || { tail -50 "$data/app.log"; exit 1; }; sleep 0.3
  done
  local hash sql
  hash=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
  sql="insert into identity_account (username, display_name, password_hash, must_change_password, enabled, created_at,
    updated_at, version) values ('bench', 'bench', '{noop}-', false, true, current_timestamp, current_timestamp, 0);
    insert into identity_account_role (account_id, role) select id, 'ADMIN' from identity_account where username = 'bench';
    insert into identity_api_token (account_id, name, token_hash, prefix, scope, created_at) select id, 'bench',
    '$hash', 'rasd_bench-t', 'WRITE', current_timestamp from identity_account where username = 'bench';"
  case "$url" in
    jdbc:postgresql:*)
      PGUSER=${RASD_DB_USER:-postgres} PGPASSWORD=${RASD_DB_PASSWORD:-} psql "${url#jdbc:}" -q -X -v ON_ERROR_STOP=1 \
        -c "$sql" > /dev/null ;;
    *)
      java -cp "$WORK/h2.jar" org.h2.tools.Shell -user sa -password "" -sql "$sql" -url "${url:-jdbc:h2:file:$data/db/rasd;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE}" > /dev/null ;;
  esac
}

stop_app() {
  [ -n "${APP:-}" ] || return 0
  kill $APP 2>/dev/null || true
  wait $APP 2>/dev/null || true
  APP=
}
