#!/usr/bin/env bash
# Starts a streaming hot standby of the local PostgreSQL (127.0.0.1:5432) on 127.0.0.1:$READ_REPLICA_PORT
# (default 5433), for the read-replica tests (ReadReplicaTest) and for trying DB_READ_REPLICA=true by hand:
#
#   scripts/read-replica.sh          # start it (again); nothing to do when it already runs
#   scripts/read-replica.sh stop     # stop it; its data stays in $READ_REPLICA_DIR for the next start
#
# (`again` is the script's own second try, after it discarded a standby that could not catch up.)
#
# The standby is a pg_basebackup of the whole server (every schema), kept current by streaming replication.
# The primary must accept replication connections from 127.0.0.1: when it does not and its pg_hba.conf is
# writable here (root or postgres on these machines), a trust line is added and the configuration reloaded.
# PostgreSQL refuses to run as root: as root, the standby runs as the user postgres.
set -euo pipefail

port=${READ_REPLICA_PORT:-5433}
dir=${READ_REPLICA_DIR:-/tmp/content-api-read-replica-$port}
bin=$(pg_config --bindir 2>/dev/null || echo "/usr/lib/postgresql/$(ls /etc/postgresql | tail -n 1)/bin")
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

log() { echo "[read-replica] $*" >&2; }

in_recovery() {
    [[ $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc "select pg_is_in_recovery()" 2>/dev/null) == t ]]
}

if [[ ${1:-start} == stop ]]; then
    [[ -f $dir/postmaster.pid ]] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
    exit 0
fi

# A standby that stopped long ago (a reboot, an earlier session) may need WAL the primary has since recycled:
# it then runs but never catches up (its WAL receiver connects, fails and retries). Only a standby that
# replays what the primary has written within 10 s is kept.
caught_up() {
    local written
    written=$(psql -h 127.0.0.1 -U postgres -Atc "select pg_current_wal_lsn()")
    for _ in $(seq 1 20); do
        [[ $(psql -h 127.0.0.1 -p "$port" -U postgres -Atc \
            "select pg_last_wal_replay_lsn() >= '$written'::pg_lsn" 2>/dev/null) == t ]] && return 0
        sleep 0.5
    done
    return 1
}

stop_and_discard() {
    log "the standby in $dir does not catch up with the primary (log: $dir.log); copying the primary again"
    tail -n 5 "$dir.log" >&2 || true
    [[ -f $dir/postmaster.pid ]] && "${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -m immediate -w stop >/dev/null || true
    rm -rf "$dir"
}

if in_recovery; then
    # A test run killed while it had paused replay would leave the standby behind for good.
    psql -h 127.0.0.1 -p "$port" -U postgres -Atc "select pg_wal_replay_resume()" >/dev/null
    caught_up && exit 0
    stop_and_discard
fi

if ! psql -h 127.0.0.1 -U postgres "replication=true" -c "IDENTIFY_SYSTEM" >/dev/null 2>&1; then
    hba=$(psql -h 127.0.0.1 -U postgres -Atc "show hba_file")
    [[ -w $hba ]] || { log "the primary refuses replication from 127.0.0.1; add to $hba: host replication all 127.0.0.1/32 trust"; exit 1; }
    log "allowing replication connections from 127.0.0.1 in $hba"
    echo "host replication all 127.0.0.1/32 trust" >>"$hba"
    psql -h 127.0.0.1 -U postgres -Atc "select pg_reload_conf()" >/dev/null
fi

if [[ ! -f $dir/standby.signal ]]; then
    log "copying the primary into $dir (pg_basebackup)"
    rm -rf "$dir"
    mkdir -p "$dir"
    chmod 700 "$dir"
    [[ ${#as_owner[@]} -eq 0 ]] || chown postgres "$dir"
    "${as_owner[@]}" "$bin/pg_basebackup" -h 127.0.0.1 -p 5432 -U postgres -D "$dir" -R -X stream -c fast
    # Debian keeps the configuration outside the data directory, so the copy has none: a minimal one.
    "${as_owner[@]}" tee "$dir/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '/tmp'
hot_standby = on
CONF
    "${as_owner[@]}" tee "$dir/pg_hba.conf" >/dev/null <<CONF
local all all trust
host all all 127.0.0.1/32 trust
CONF
fi

log "starting the standby on 127.0.0.1:$port"
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir.log" -w -t 60 start >/dev/null
in_recovery || { log "the standby on port $port is not in recovery (log: $dir.log)"; exit 1; }
if ! caught_up; then
    [[ ${1:-start} != again ]] || { log "a fresh copy does not catch up either (log: $dir.log)"; exit 1; }
    stop_and_discard
    exec "$0" again
fi
