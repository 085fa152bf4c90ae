#!/usr/bin/env bash
# Starts a streaming hot standby of the local PostgreSQL (127.0.0.1:5432) on 127.0.0.1:$READ_REPLICA_PORT
# (default 5433), for the read-replica tests (ReadReplicaTest) and for trying DB_READ_REPLICA=true by hand:
#
#   scripts/read-replica.sh          # start it (again); nothing to do when it already runs
#   scripts/read-replica.sh stop     # stop it; its data stays in $READ_REPLICA_DIR for the next start
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

if in_recovery; then
    exit 0
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
