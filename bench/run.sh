#!/usr/bin/env bash
# Benchmarks content-api as it is deployed (packaged jar, prod profile) over loopback:
#
#   bench/run.sh [articles]        # default 10000; issue 5's targets are for 100000
#
# It builds the jar and installs wrk when missing, loads the synthetic data set into
# schema bench (BENCH_SCHEMA) when that schema does not hold exactly that many public
# articles, starts the service on 127.0.0.1:8089 (BENCH_PORT) with the ceiling endpoint
# on, measures the time to the first 200 of /q/health/ready, then drives the scenarios
# with wrk: a warm-up round over all of them, then each one again, settled for a few
# seconds and measured. It prints a Markdown table with the targets of issue 5 marked
# PASS or MISS. The service is stopped on exit, whatever happens.
#
# The JIT needs about 30 s of load before the article endpoints reach their steady
# speed on this 2-core machine (110 req/s in the first 5 s, 700 after 30 s), and much
# of that warm-up is shared between scenarios: hence the round first.
#
# Knobs (environment): BENCH_DURATION (15s, measured), BENCH_WARMUP (10s per scenario
# in the warm-up round), BENCH_SETTLE (5s, just before each measured run),
# BENCH_THREADS (2), BENCH_CONNECTIONS (32), BENCH_SCHEMA (bench), BENCH_PORT (8089),
# BENCH_MANAGEMENT_PORT (9089, where the service's metrics are read),
# JAVA_OPTS (none), BENCH_PREFILL (0; 1 requests every article once before the load);
# the service's own settings pass through, e.g. CONTENT_CACHE_MAX_SIZE, or
# CONTENT_RATE_LIMITS_ENABLED=false to measure without the rate limiter. All of wrk's
# requests come from one address without a key, so its quota is set far beyond what wrk
# sends (CONTENT_RATE_LIMITS_ANONYMOUS, 1000000000 per 60 s): the limiter counts every
# request and labels every answer, and never refuses one.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

articles=${1:-10000}
schema=${BENCH_SCHEMA:-bench}
duration=${BENCH_DURATION:-15s}
warmup=${BENCH_WARMUP:-10s}
settle=${BENCH_SETTLE:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
if ! [[ $articles =~ ^[0-9]+$ ]] || ((articles < 100)); then
    die "usage: bench/run.sh [articles, at least 100]"
fi
check_schema_name "$schema"

WRK_PID=""
cleanup() {
    [[ -z $WRK_PID ]] || kill "$WRK_PID" 2>/dev/null || true
    stop_service
}
trap cleanup EXIT

ensure_wrk() {
    command -v wrk >/dev/null && return 0
    log "installing wrk (apt-get)"
    local sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    # The package lists may be missing or stale on a fresh machine: update only then.
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 || {
        $sudo apt-get update -q >/dev/null
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
    }
}

# Public articles in the schema, 0 when it has no tables yet.
public_articles() {
    bench_psql -At -c "select count(*) from \"$schema\".article
                        where status in ('published', 'scheduled') and published_at <= now()" 2>/dev/null || echo 0
}

# One value of a query, in the benchmark schema.
sql_value() {
    bench_psql -At -c "set search_path to \"$schema\"" -c "$1"
}

run_started=$SECONDS
mkdir -p "$OUT_DIR"
ensure_jar
ensure_wrk

if [[ $(public_articles) != "$articles" ]]; then
    log "schema $schema does not hold $articles public articles: generating them"
    "$BENCH_DIR/generate.sh" "$articles" "$schema"
fi

log "starting the service (prod profile, schema $schema, $BASE_URL)"
anonymous_quota=${CONTENT_RATE_LIMITS_ANONYMOUS:-1000000000}
start_service "$schema" CONTENT_BENCH_CEILING=true CONTENT_RATE_LIMITS_ANONYMOUS="$anonymous_quota"
startup_ms=$(wait_ready 120)
log "ready in ${startup_ms} ms"

# Render on write (issue 16): the service renders the articles' stored documents after it starts, a
# backlog only once for a new data set; reads are built from the entities until then. The load waits.
documents_started=$SECONDS
while (( $(sql_value "select count(*) from stored_document where stale") > 0 )); do
    ((SECONDS - documents_started < 3600)) || die "the stored documents were not rendered within an hour"
    log "stored documents: $(sql_value "select count(*) from stored_document where stale") still to render"
    sleep 10
done
documents_seconds=$((SECONDS - documents_started))

# ------------------------------------------------------------------ the URLs
public="status in ('published', 'scheduled') and published_at <= now()"
long_tail_file="$OUT_DIR/long-tail-paths.txt"
sql_value "select '/api/v1/articles/' || slug from article where $public order by slug" >"$long_tail_file"
hot_slug=$(sql_value "select slug from article where $public order by published_at desc, id desc limit 1")
# The busiest topic and the most quoted person: the pages a front end asks for most.
topic_slug=$(sql_value "select t.slug from topic t join article_topic x on x.topic_id = t.id
                         where x.article_id in (select id from article where $public)
                         group by t.slug order by count(*) desc, t.slug limit 1")
person_slug=$(sql_value "select p.slug from person p join quote q on q.person_id = p.id
                          where q.deleted_at is null and q.article_id in (select id from article where $public)
                          group by p.slug order by count(*) desc, p.slug limit 1")

# The deep page starts at position 90% of the feed: its cursor is the sort key
# (published_at, id) of the item just before, encoded as CursorCodec does:
# base64url without padding of ["article","<ISO instant>","<uuid>"].
deep_position=$((articles * 9 / 10))
deep_key=$(sql_value "select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || ' ' || id
                        from article where $public order by published_at desc, id desc
                      offset $((deep_position - 1)) limit 1")
deep_first=$(sql_value "select slug from article where $public order by published_at desc, id desc
                        offset $deep_position limit 1")
deep_cursor=$(printf '["article","%s","%s"]' "${deep_key% *}" "${deep_key#* }" | base64 -w0 | tr '+/' '-_' | tr -d '=')

# Search (issue 14). The words come from the data: the common one is the word of the newest
# 2,000 articles closest to 20 % of them; the rare one a word of one of those that the whole
# set has in the fewest articles (at least 3); the phrase two neighbouring words of the newest
# headline, each a word search keeps. Autocomplete types 3,000 people's surnames as a reader
# would: half of them the first four letters, half with the third letter left out (a typo).
common_word=$(sql_value "select word from ts_stat(\$t\$select search_vector from article where $public
                          order by published_at desc limit 2000\$t\$) order by abs(ndoc - 400), word limit 1")
rare_word=$(sql_value "select w from (select word as w from ts_stat(\$t\$select search_vector from article where $public
                        order by published_at desc limit 2000\$t\$) where ndoc = 1 and word ~ '^[a-z]{6}\$' order by word limit 40) c
                        cross join lateral (select count(*) as n from article
                                             where search_vector @@ to_tsquery('content_english', c.w)) m
                        where n >= 3 order by n, w limit 1")
phrase=$(sql_value "with w as (select t.w, t.n from unnest(string_to_array(lower((select headline from article where $public
                     order by published_at desc, id desc limit 1)), ' ')) with ordinality as t(w, n))
                    select a.w || ' ' || b.w from w a join w b on b.n = a.n + 1
                     where numnode(plainto_tsquery('content_english', a.w)) > 0
                       and numnode(plainto_tsquery('content_english', b.w)) > 0 order by a.n limit 1")
[[ -n $common_word && -n $rare_word && -n $phrase ]] || die "no search words in schema $schema"
share() {
    sql_value "select round(100.0 * count(*) / $articles, 2) || ' %' from article
                where search_vector @@ websearch_to_tsquery('content_english', '$1')"
}
common_share=$(share "$common_word") rare_share=$(share "$rare_word") phrase_share=$(share "\"$phrase\"")
phrase_query=$(jq -rn --arg q "\"$phrase\"" '$q | @uri')
autocomplete_file="$OUT_DIR/autocomplete-paths.txt"
sql_value "select '/api/v1/people?q=' || case when n % 2 = 0 then left(s, 4) else left(s, 2) || substr(s, 4) end
             from (select row_number() over (order by p.slug) as n, lower(split_part(p.name, ' ', 2)) as s
                     from person p where p.id in (select person_id from article_person)
                    order by md5(p.slug) limit 3000) x" >"$autocomplete_file"
autocomplete_sample=$(head -n 1 "$autocomplete_file")

# A client revalidating articles it read earlier, which the representation cache does not hold: the long
# tail's paths, each with the ETag its answer has (read from the stored documents, the same as the answers').
revalidate_file="$OUT_DIR/revalidate-paths.txt"
sql_value "select '/api/v1/articles/' || slug || ' ' || etag from stored_document
            where kind = 'article' and not stale order by md5(slug) limit 20000" >"$revalidate_file"

hot_path="/api/v1/articles/$hot_slug"
hot_etag=$(curl -s -D - -o /dev/null "$BASE_URL$hot_path" | tr -d '\r' | awk 'tolower($1) == "etag:" {print $2}')
[[ -n $hot_etag ]] || die "no ETag on $hot_path"

# name | path | extra header | file of random paths | expected status | uncached
# (with a file of paths, the Lua script picks each request's path and the path here is unused;
# uncached=1 makes every request miss the representation cache, to measure the database path, by a
# publishedBefore= filter; cursor-<kind> by a cursor of that kind, for lists without that filter)
scenarios=(
    "ceiling|/api/v1/_ceiling|||200|"
    "hot article|$hot_path|||200|"
    "long-tail articles|/||$long_tail_file|200|"
    "newest articles, page 1|/api/v1/articles|||200|"
    "deep page (position $deep_position)|/api/v1/articles?cursor=$deep_cursor|||200|"
    "page 1, uncached|/api/v1/articles|||200|1"
    "deep page, uncached|/api/v1/articles?cursor=$deep_cursor|||200|1"
    "topic page ($topic_slug)|/api/v1/topics/$topic_slug/articles|||200|"
    "person's quotes ($person_slug)|/api/v1/people/$person_slug/quotes|||200|"
    "304 revalidation|$hot_path|If-None-Match: $hot_etag||304|"
    "search, common word ($common_word, $common_share)|/api/v1/search?q=$common_word|||200|1"
    "search, rare word ($rare_word, $rare_share)|/api/v1/search?q=$rare_word|||200|1"
    "search, phrase (\"$phrase\", $phrase_share)|/api/v1/search?q=$phrase_query|||200|1"
    "search, common word, cached|/api/v1/search?q=$common_word|||200|"
    "autocomplete (3,000 surnames typed)|$autocomplete_sample||$autocomplete_file|200|"
    "304 revalidation, long tail|/||$revalidate_file|304|"
    "topic page, uncached|/api/v1/topics/$topic_slug/articles|||200|cursor-article"
    "person's quotes, uncached|/api/v1/people/$person_slug/quotes|||200|cursor-quote"
)

# Every URL answers what it should before any load: a benchmark of 404s or of a
# stale jar without the ceiling would measure nothing.
check_url() {
    local path=$1 header=$2 expected=$3 status
    status=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$BASE_URL$path")
    [[ $status == "$expected" ]] || die "$path answered $status, expected $expected (a stale jar? rebuild with ./mvnw package)"
}
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name path header paths expected _ <<<"$scenario"
    if [[ -n $paths ]]; then
        [[ -s $paths ]] || die "$paths lists no paths"
        while read -r sample etag; do check_url "$sample" "${etag:+If-None-Match: $etag}" "$expected"; done < <(shuf -n 5 "$paths")
    else
        check_url "$path" "$header" "$expected"
    fi
done
deep_served=$(curl -s "$BASE_URL/api/v1/articles?cursor=$deep_cursor&fields=slug" | jq -r '.items[0].slug')
[[ $deep_served == "$deep_first" ]] || die "the deep page starts at $deep_served, expected $deep_first"

# ------------------------------------------------------------------ load
declare -A rps p50 p99 errors size rss hit_rate
rss_now() {
    awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status"
}

# Runs wrk against one scenario and records its numbers; the highest RSS seen
# while wrk runs is the memory under load.
measure() {
    local name=$1 path=$2 header=$3 paths=$4 uncached=$5 run_for=$6 output=$7 max_rss=0 now
    BENCH_PATHS=$paths BENCH_UNCACHED=$uncached wrk -t "$threads" -c "$connections" -d "$run_for" -s "$BENCH_DIR/wrk/report.lua" \
        ${header:+-H "$header"} "$BASE_URL$path" >"$output" 2>&1 &
    WRK_PID=$!
    while kill -0 "$WRK_PID" 2>/dev/null; do
        now=$(rss_now)
        ((now > max_rss)) && max_rss=$now
        sleep 0.5
    done
    wait "$WRK_PID" || die "wrk failed for $name: $(cat "$output")"
    WRK_PID=""
    rss[$name]=$max_rss
}

# Hits and misses of the representation cache so far, from Micrometer's Caffeine metrics
# (served on the management interface only).
cache_gets() {
    curl -s "$MANAGEMENT_URL/q/metrics" | awk '/^cache_gets_total\{/ && /cache="representations"/ {
            if ($0 ~ /result="hit"/) hits = $NF; else if ($0 ~ /result="miss"/) misses = $NF }
        END { printf "%d %d\n", hits, misses }'
}

field() {
    sed -n "s/.*\\b$1=\\([0-9]*\\).*/\\1/p" "$2"
}

# BENCH_PREFILL=1: request every article once before any load, as a long-running service
# would have, so the representation cache holds all of them that fit (CONTENT_CACHE_MAX_SIZE).
if [[ ${BENCH_PREFILL:-0} == 1 ]]; then
    log "prefill: every article once"
    prefill_started=$SECONDS
    # Four curl processes, each over one kept-alive connection through its quarter of the list.
    rm -f "$OUT_DIR"/prefill-*.curl
    awk -v base="$BASE_URL" -v dir="$OUT_DIR" '{
            print "url = \"" base $0 "\"\noutput = \"/dev/null\"" > (dir "/prefill-" NR % 4 ".curl") }' "$long_tail_file"
    prefill_pids=()
    for part in "$OUT_DIR"/prefill-*.curl; do
        curl -s -K "$part" &
        prefill_pids+=($!)
    done
    wait "${prefill_pids[@]}"
    log "prefill took $((SECONDS - prefill_started))s"
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name path header paths _ uncached <<<"$scenario"
    log "warm-up round: $name, $warmup"
    measure "$name" "$path" "$header" "$paths" "$uncached" "$warmup" /dev/null
done
for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name path header paths _ uncached <<<"$scenario"
    file="$OUT_DIR/wrk-$(tr -c 'a-z0-9\n' '-' <<<"${name%% (*}" | tr -s '-').txt"
    log "$name: $settle to settle, then $duration measured"
    measure "$name" "$path" "$header" "$paths" "$uncached" "$settle" /dev/null
    read -r hits_before misses_before < <(cache_gets)
    measure "$name" "$path" "$header" "$paths" "$uncached" "$duration" "$file"
    read -r hits_after misses_after < <(cache_gets)
    hit_rate[$name]=$(awk -v h=$((hits_after - hits_before)) -v m=$((misses_after - misses_before)) \
        'BEGIN {if (h + m > 0) printf "%.0f %%", 100 * h / (h + m); else print "–"}')
    grep -q '^BENCH ' "$file" || die "no result from wrk for $name: $(cat "$file")"
    requests=$(field requests "$file")
    rps[$name]=$(awk -v r="$requests" -v d="$(field duration_us "$file")" 'BEGIN {printf "%.0f", r / (d / 1e6)}')
    p50[$name]=$(awk -v v="$(field p50_us "$file")" 'BEGIN {printf "%.2f", v / 1000}')
    p99[$name]=$(awk -v v="$(field p99_us "$file")" 'BEGIN {printf "%.2f", v / 1000}')
    errors[$name]=$(field errors "$file")
    size[$name]=$(awk -v b="$(field bytes "$file")" -v r="$requests" 'BEGIN {printf "%.0f", r ? b / r : 0}')
done
peak_rss=$(awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status")
stop_service

# ------------------------------------------------------------------ report
names=()
for scenario in "${scenarios[@]}"; do names+=("${scenario%%|*}"); done
ceiling=${names[0]} hot=${names[1]} long_tail=${names[2]} page1=${names[5]} deep=${names[6]}
search_names=("${names[10]}" "${names[11]}" "${names[12]}") autocomplete=${names[14]} revalidate_tail=${names[15]}
topic_uncached=${names[16]} quotes_uncached=${names[17]}

# ratio a b: a / b with two decimals.
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", (b > 0) ? a / b : 0}'
}
# verdict value op goal: PASS when "value op goal" holds.
verdict() {
    awk -v v="$1" -v g="$3" -v op="$2" 'BEGIN {
        ok = (op == ">=") ? v >= g : (op == "<=") ? v <= g : (op == "<") ? v < g : v == g
        print ok ? "PASS" : "MISS" }'
}

total_errors=0
worst_p99=0 worst_name=""
for name in "${names[@]}"; do
    total_errors=$((total_errors + ${errors[$name]}))
    if awk -v a="${p99[$name]}" -v b="$worst_p99" 'BEGIN {exit !(a > b)}'; then
        worst_p99=${p99[$name]} worst_name=$name
    fi
done
hot_share=$(ratio "${rps[$hot]}" "${rps[$ceiling]}")
tail_share=$(ratio "${rps[$long_tail]}" "${rps[$ceiling]}")
deep_cost=$(ratio "${p50[$deep]}" "${p50[$page1]}")
page1_share=$(ratio "${rps[$page1]}" "${rps[$ceiling]}")
deep_share=$(ratio "${rps[$deep]}" "${rps[$ceiling]}")
revalidate_share=$(ratio "${rps[$revalidate_tail]}" "${rps[$ceiling]}")
topic_share=$(ratio "${rps[$topic_uncached]}" "${rps[$ceiling]}")
quotes_share=$(ratio "${rps[$quotes_uncached]}" "${rps[$ceiling]}")
search_p99=0 search_worst=""
for name in "${search_names[@]}"; do
    if awk -v a="${p99[$name]}" -v b="$search_p99" 'BEGIN {exit !(a > b)}'; then
        search_p99=${p99[$name]} search_worst=${name%% (*}
    fi
done

result="$OUT_DIR/result-$articles.md"
{
    echo "content-api benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$PROJECT_DIR" rev-parse --short HEAD)"
    echo
    echo "- data set: $articles public articles in schema $schema"
    echo "- machine: $(nproc) cores ($(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/^MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo) GiB"
    echo "- $(java -version 2>&1 | head -n 1), JAVA_OPTS='${JAVA_OPTS:-}', $(psql --version | head -n 1 | awk '{print "PostgreSQL client " $3}')"
    echo "- wrk -t $threads -c $connections -d $duration per scenario, over loopback (wrk shares the cores), after a warm-up round of $warmup per scenario and $settle just before each"
    echo "- load average before the load (1, 5, 15 min): $load_before (other work on the machine skews the numbers)"
    echo "- startup to first 200 of /q/health/ready: $startup_ms ms; peak RSS: $peak_rss MiB"
    echo "- stored documents (render on write) waited for after the start: $documents_seconds s"
    echo "- rate limits: CONTENT_RATE_LIMITS_ENABLED=${CONTENT_RATE_LIMITS_ENABLED:-true}, quota of wrk's one address $anonymous_quota per 60 s (never reached)"
    echo "- representation cache: CONTENT_CACHE_MAX_SIZE=${CONTENT_CACHE_MAX_SIZE:-64M (default)}, CONTENT_CACHE_ENABLED=${CONTENT_CACHE_ENABLED:-true}, prefilled with every article: $([[ ${BENCH_PREFILL:-0} == 1 ]] && echo yes || echo no)"
    echo
    echo "| scenario | req/s | p50 ms | p99 ms | errors | bytes/resp | RSS MiB | cache hits |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for name in "${names[@]}"; do
        echo "| $name | ${rps[$name]} | ${p50[$name]} | ${p99[$name]} | ${errors[$name]} | ${size[$name]} | ${rss[$name]} | ${hit_rate[$name]} |"
    done
    echo
    echo "| target (issue 5) | measured | goal | verdict |"
    echo "|---|---:|---:|---|"
    echo "| hot article req/s / ceiling req/s | $hot_share | ≥ 0.80 | $(verdict "$hot_share" ">=" 0.80) |"
    echo "| long-tail req/s / ceiling req/s | $tail_share | ≥ 0.30 | $(verdict "$tail_share" ">=" 0.30) |"
    echo "| deep page p50 / page 1 p50, both uncached | $deep_cost | ≤ 1.20 | $(verdict "$deep_cost" "<=" 1.20) |"
    echo "| errors, all scenarios | $total_errors | 0 | $(verdict "$total_errors" "==" 0) |"
    echo "| worst p99 ($worst_name) | $worst_p99 ms | < 50 ms | $(verdict "$worst_p99" "<" 50) |"
    echo "| search p99, worst uncached ($search_worst; issue 14) | $search_p99 ms | < 50 ms | $(verdict "$search_p99" "<" 50) |"
    echo "| autocomplete p99 (issue 14) | ${p99[$autocomplete]} ms | < 10 ms | $(verdict "${p99[$autocomplete]}" "<" 10) |"
    echo "| long-tail req/s / ceiling req/s (issue 16) | $tail_share | ≥ 0.10 | $(verdict "$tail_share" ">=" 0.10) |"
    echo "| long-tail p99 (issue 16) | ${p99[$long_tail]} ms | < 50 ms | $(verdict "${p99[$long_tail]}" "<" 50) |"
    echo "| page 1 uncached req/s / ceiling req/s (issue 16) | $page1_share | ≥ 0.10 | $(verdict "$page1_share" ">=" 0.10) |"
    echo "| deep page uncached req/s / ceiling req/s (issue 16) | $deep_share | ≥ 0.10 | $(verdict "$deep_share" ">=" 0.10) |"
    echo "| 304 of the long tail req/s / ceiling req/s (issue 16) | $revalidate_share | ≥ 0.30 | $(verdict "$revalidate_share" ">=" 0.30) |"
    echo "| topic page uncached req/s / ceiling req/s (issue 16) | $topic_share | ≥ 0.08 | $(verdict "$topic_share" ">=" 0.08) |"
    echo "| person's quotes uncached req/s / ceiling req/s (issue 16) | $quotes_share | ≥ 0.08 | $(verdict "$quotes_share" ">=" 0.08) |"
} >"$result"

cat "$result"
log "run took $((SECONDS - run_started))s; table in $result, wrk output and service log in $OUT_DIR"
