#!/usr/bin/env bash
# Loads a synthetic magazine of <articles> published articles into <schema> (default bench):
#
#   bench/generate.sh 100000 [schema]
#
# The schema is dropped and created again by the packaged service itself (started once with
# DB_SCHEMA=<schema>), so its tables and Flyway history are exactly what production has.
# The rows are then made by bench/generate.sql in PostgreSQL, set-based, with no HTTP and
# no Java. See bench/generate.sql for the shape of the data.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

articles=${1:-}
schema=${2:-bench}
if ! [[ $articles =~ ^[0-9]+$ ]] || ((articles < 100)); then
    die "usage: bench/generate.sh <articles, at least 100> [schema]"
fi
check_schema_name "$schema"

started=$SECONDS
ensure_jar
trap stop_service EXIT

log "dropping schema $schema and letting the service migrate it"
bench_psql -c "set client_min_messages to warning" -c "drop schema if exists \"$schema\" cascade"
start_service "$schema"
wait_ready 120 >/dev/null
stop_service
migrated=$SECONDS

log "loading $articles articles into $schema"
bench_psql -v articles="$articles" -v schema="$schema" -f "$BENCH_DIR/generate.sql"

log "done: migration $((migrated - started))s, load $((SECONDS - migrated))s, total $((SECONDS - started))s"
