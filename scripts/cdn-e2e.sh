#!/usr/bin/env bash
# End to end with a real Varnish (deploy/cdn/default.vcl) in front of the packaged service, on loopback:
# a cached hit; bans by Surrogate-Key, only from the purgers' ACL and only of whole keys; an edit made
# fresh through Varnish by the service's purge publisher; stale-while-revalidate; and stale-if-error
# while the service is stopped. Runs target/quarkus-app as ./mvnw verify or package built it (builds it
# if missing) and installs the distribution's varnish package if varnishd is missing. Exits non-zero on
# the first failed check. Uses the schema cdn_e2e, which it drops and recreates.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/quarkus-app/quarkus-run.jar
SCHEMA=cdn_e2e
ADMIN_KEY=cdn-e2e-admin-key-not-secret-0123456789
WORK=$(mktemp -d /tmp/cdn-e2e.XXXXXX)
chmod 755 "$WORK" # varnishd's child and its VCL compiler run as users of their own
SERVICE_PID=""
VARNISH_PID=""

log() { printf '[cdn-e2e %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
ok() { log "ok: $*"; }
fail() {
    log "FAIL: $*"
    [[ -f $WORK/service.log ]] && tail -n 20 "$WORK/service.log" >&2
    exit 1
}

psql_local() { PGOPTIONS='--client-min-messages=warning' psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d postgres "$@"; }

# Stops what this script started, by its own pids only, and drops its schema.
cleanup() {
    for pid in $VARNISH_PID $SERVICE_PID; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    psql_local -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# A loopback port nothing answers on.
free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}

# GET through Varnish: the headers into $WORK/headers, the body on stdout.
get() { curl -s -D "$WORK/headers" --max-time 10 "$VARNISH/$1"; }
header() { tr -d '\r' <"$WORK/headers" | awk -v name="$1" 'tolower($1) == tolower(name) ":" { print $2 }'; }
status() { tr -d '\r' <"$WORK/headers" | awk 'NR == 1 { print $2 }'; }
ban() { curl -s -o /dev/null -w '%{http_code}' -X BAN -H "Surrogate-Key: $1" "${@:2}" "$VARNISH/"; }

# shellcheck source=scripts/lib/varnish.sh
source scripts/lib/varnish.sh
ensure_varnish || fail "no Varnish 7"
if [[ ! -f $JAR ]]; then
    log "building the packaged jar (./mvnw -B -q package -DskipTests)"
    ./mvnw -B -q package -DskipTests
fi
pg_isready -h 127.0.0.1 -p 5432 -q || fail "PostgreSQL does not answer on 127.0.0.1:5432"
psql_local -c "drop schema if exists $SCHEMA cascade" >/dev/null

SERVICE_PORT=$(free_port)
MANAGEMENT_PORT=$(free_port)
VARNISH_PORT=$(free_port)
SERVICE="http://127.0.0.1:$SERVICE_PORT"
VARNISH="http://127.0.0.1:$VARNISH_PORT"

# Topics live for a second, and may then be served stale for two more while the service is up or ten
# minutes while it is down: the grace checks need copies past their max-age without waiting long.
# Articles keep their default (60 s), so a fresh read after an edit can only come from the purge.
start_service() {
    env DB_URL="jdbc:postgresql://127.0.0.1:5432/postgres" DB_SCHEMA="$SCHEMA" HTTP_PORT="$SERVICE_PORT" \
        QUARKUS_HTTP_HOST=127.0.0.1 MANAGEMENT_PORT="$MANAGEMENT_PORT" MANAGEMENT_HOST=127.0.0.1 \
        CONTENT_DEMO_DATA=true CONTENT_ADMIN_KEY="$ADMIN_KEY" \
        CONTENT_HTTP_CACHE_CONTROL_TOPICS="public, max-age=1, stale-while-revalidate=2, stale-if-error=600" \
        CONTENT_PURGE_ENABLED=true CONTENT_PURGE_STYLE=varnish CONTENT_PURGE_URL="$VARNISH/" \
        java -jar "$JAR" >>"$WORK/service.log" 2>&1 &
    SERVICE_PID=$!
    local deadline=$((SECONDS + 180))
    until curl -s -o /dev/null -f --max-time 1 "$SERVICE/q/health/ready"; do
        kill -0 "$SERVICE_PID" 2>/dev/null || fail "the service exited before it was ready"
        ((SECONDS < deadline)) || fail "the service was not ready within 180 s"
        sleep 0.1
    done
}

log "service on $SERVICE, $(varnishd -V 2>&1 | head -1) on $VARNISH"
start_service
sed -e "s/\.port = \"8080\";/.port = \"$SERVICE_PORT\";/" deploy/cdn/default.vcl >"$WORK/default.vcl"
varnishd -F -n "$WORK/varnish" -a "127.0.0.1:$VARNISH_PORT" -f "$WORK/default.vcl" -s malloc,64m \
    >"$WORK/varnishd.log" 2>&1 &
VARNISH_PID=$!
for _ in $(seq 1 100); do
    curl -s -o /dev/null --max-time 1 "$VARNISH/q/health/ready" && break
    kill -0 "$VARNISH_PID" 2>/dev/null || { cat "$WORK/varnishd.log" >&2; fail "varnishd exited"; }
    sleep 0.1
done

# 1. A cached hit.
slug=$(curl -sf "$SERVICE/api/v1/articles?limit=1&fields=slug" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
[[ -n $slug ]] || fail "no demo article"
article="api/v1/articles/$slug"
get "$article" >/dev/null
[[ $(header X-Cache) == MISS ]] || fail "first read of $article: X-Cache $(header X-Cache), expected MISS"
body=$(get "$article?utm_source=newsletter")
[[ $(status) == 200 && $(header X-Cache) == HIT ]] ||
    fail "second read (with a tracking parameter): $(status), X-Cache $(header X-Cache), expected a HIT"
[[ -n $(header Age) && -z $(header Surrogate-Key) && -z $(header RateLimit) ]] ||
    fail "a hit has an Age and neither Surrogate-Key nor another client's RateLimit"
ok "a second read is a cache hit (X-Cache: HIT, Age: $(header Age))"

# 2. Bans by Surrogate-Key: only from the purgers' addresses, and only whole keys.
id=$(printf '%s' "$body" | sed -E 's/^\{"id":"([^"]+)".*/\1/')
[[ $(ban "article-$id" --interface 127.0.0.2) == 403 ]] || fail "a ban from outside the ACL is refused"
[[ $(ban "article-${id:0:8}") == 204 ]] || fail "a ban by a key is accepted"
get "$article" >/dev/null
[[ $(header X-Cache) == HIT ]] || fail "a ban of article-${id:0:8} must not ban article-$id"
ok "a ban from outside the ACL is refused (403), and a key bans no longer key it begins"

# 3. An edit through the service: its purge publisher bans the article's keys, and the next read is fresh.
person=""
for candidate in $(curl -sf "$SERVICE/api/v1/people?limit=100&fields=slug" | grep -o '"slug":"[^"]*"' | cut -d'"' -f4); do
    [[ $body == *"\"$candidate\""* ]] || { person=$candidate; break; }
done
[[ -n $person ]] || fail "no demo person outside $article"
get "api/v1/people/$person" >/dev/null
headline="Seen through Varnish at $(date +%s%N)"
curl -sf -o /dev/null -X PATCH -H "Authorization: Bearer $ADMIN_KEY" -H 'If-Match: *' \
    -H 'Content-Type: application/merge-patch+json' -d "{\"headline\": \"$headline\"}" "$SERVICE/$article" ||
    fail "the edit of $article"
edited=$(date +%s%N)
for _ in $(seq 1 100); do
    [[ $(get "$article") == *"$headline"* ]] && break
    sleep 0.1
done
[[ $(get "$article") == *"$headline"* ]] || fail "the edited headline did not show through Varnish within 10 s"
varnishadm -n "$WORK/varnish" ban.list | grep -q "article-$id" || fail "no ban names article-$id"
ok "the edit showed through Varnish $((($(date +%s%N) - edited) / 1000000)) ms later, by a ban of its Surrogate-Key"
get "api/v1/people/$person" >/dev/null
[[ $(header X-Cache) == HIT ]] || fail "a person the article does not show stays cached after its edit"
ok "what the edit did not touch stays cached (/people/$person: HIT)"

# 4. stale-while-revalidate: a copy past its max-age is answered at once and fetched again behind it;
#    past its stale-while-revalidate too, it is fetched before the answer while the service is up.
topic=$(curl -sf "$SERVICE/api/v1/topics?limit=1&fields=slug" | sed -E 's/.*"slug":"([^"]+)".*/\1/')
get "api/v1/topics/$topic" >/dev/null
sleep 1.5
get "api/v1/topics/$topic" >/dev/null
[[ $(status) == 200 && $(header X-Cache) == STALE ]] ||
    fail "1.5 s after max-age=1, stale-while-revalidate=2: X-Cache $(header X-Cache), expected STALE"
ok "a copy past max-age but within stale-while-revalidate is answered (X-Cache: STALE, Age: $(header Age))"
sleep 3.5
kept=$(get "api/v1/topics/$topic")
[[ $(status) == 200 && $(header X-Cache) == MISS ]] ||
    fail "past stale-while-revalidate with the service up: X-Cache $(header X-Cache), expected MISS"
ok "past stale-while-revalidate, with the service up, it is fetched again (X-Cache: MISS)"

# 5. stale-if-error: the service stops; a copy past its max-age and stale-while-revalidate is still answered.
kill "$SERVICE_PID"
wait "$SERVICE_PID" 2>/dev/null || true
SERVICE_PID=""
sleep 3.5
stale=$(get "api/v1/topics/$topic")
[[ $(status) == 200 && $(header X-Cache) == STALE && $stale == "$kept" ]] ||
    fail "with the service stopped, /api/v1/topics/$topic: $(status), X-Cache $(header X-Cache), expected the stale copy"
ok "with the service stopped, a copy past max-age and stale-while-revalidate is answered (X-Cache: STALE, Age: $(header Age))"
get "api/v1/topics/$topic?fields=name" >/dev/null
[[ $(status) == 503 && $(header Content-Type) == application/problem+json ]] ||
    fail "a read with no copy while the service is stopped: $(status), expected a 503 problem"
ok "a read with no copy to fall back on answers a 503 problem"
log "all checks passed"
