# shellcheck shell=bash
# Shared by bench/generate.sh and bench/run.sh; sourced, not run.
# Everything talks to 127.0.0.1 only: the benchmark must never reach another host.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$BENCH_DIR/.." && pwd)
JAR="$PROJECT_DIR/target/quarkus-app/quarkus-run.jar"
# Scratch output (logs, URL lists, result tables) stays in target/, which git ignores.
OUT_DIR="$PROJECT_DIR/target/bench"
BENCH_PORT=${BENCH_PORT:-8089}
BASE_URL="http://127.0.0.1:$BENCH_PORT"
# The service's management interface, where its metrics are (not on the public port); a port of
# its own, so that a dev server on the default 9000 does not stand in the way.
BENCH_MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-9089}
MANAGEMENT_URL="http://127.0.0.1:$BENCH_MANAGEMENT_PORT"

SERVICE_PID=""

log() {
    printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

die() {
    log "error: $*"
    exit 1
}

# psql against the local server only, failing on the first error, no .psqlrc surprises.
bench_psql() {
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d postgres "$@"
}

# Only schemas named bench* may be dropped and filled: content, content_dev and the
# test schemas hold other people's data.
check_schema_name() {
    [[ $1 =~ ^bench[a-z0-9_]*$ ]] || die "schema '$1' must match ^bench[a-z0-9_]*\$ (it is dropped and refilled)"
}

# The benchmark measures the packaged jar in the prod profile, as it is deployed.
ensure_jar() {
    # A jar older than the sources would measure other code than the commit the report names.
    if [[ ! -f $JAR || -n $(cd "$PROJECT_DIR" && find src/main pom.xml -newer "$JAR" -print -quit) ]]; then
        log "building the packaged jar (./mvnw -B -q package -DskipTests)"
        (cd "$PROJECT_DIR" && ./mvnw -B -q package -DskipTests)
    fi
}

port_in_use() {
    curl -s -o /dev/null --max-time 1 "$1/" 2>/dev/null
}

# Starts the packaged service in the background on 127.0.0.1:$BENCH_PORT (management interface
# on 127.0.0.1:$BENCH_MANAGEMENT_PORT) with the given schema, plus any extra VAR=value arguments,
# and sets SERVICE_PID and SERVICE_START_NS.
start_service() {
    local schema=$1
    shift
    port_in_use "$BASE_URL" && die "something already answers on $BASE_URL; set BENCH_PORT to a free port"
    port_in_use "$MANAGEMENT_URL" &&
        die "something already answers on $MANAGEMENT_URL; set BENCH_MANAGEMENT_PORT to a free port"
    mkdir -p "$OUT_DIR"
    SERVICE_START_NS=$(date +%s%N)
    # JAVA_OPTS lets the caller size the heap; word splitting of it is intended.
    # shellcheck disable=SC2086
    env DB_URL="jdbc:postgresql://127.0.0.1:5432/postgres" DB_SCHEMA="$schema" HTTP_PORT="$BENCH_PORT" \
        QUARKUS_HTTP_HOST=127.0.0.1 MANAGEMENT_PORT="$BENCH_MANAGEMENT_PORT" MANAGEMENT_HOST=127.0.0.1 "$@" \
        java ${JAVA_OPTS:-} -jar "$JAR" >"$OUT_DIR/service.log" 2>&1 &
    SERVICE_PID=$!
}

# Waits for the first 200 of /q/health/ready (Flyway has run, the pool reaches the database)
# and prints the milliseconds since start_service; gives up after <timeout> seconds.
wait_ready() {
    local timeout=$1
    local deadline=$((SECONDS + timeout))
    until curl -s -o /dev/null -f --max-time 1 "$BASE_URL/q/health/ready"; do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            tail -n 30 "$OUT_DIR/service.log" >&2
            die "the service exited before it was ready (log: $OUT_DIR/service.log)"
        fi
        ((SECONDS < deadline)) || die "the service was not ready within ${timeout}s (log: $OUT_DIR/service.log)"
        sleep 0.02
    done
    echo $((($(date +%s%N) - SERVICE_START_NS) / 1000000))
}

# Stops the service this script started (by its pid only), politely first.
stop_service() {
    [[ -n $SERVICE_PID ]] || return 0
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill -TERM "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 1 150); do
            kill -0 "$SERVICE_PID" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$SERVICE_PID" 2>/dev/null || true
    fi
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
}
