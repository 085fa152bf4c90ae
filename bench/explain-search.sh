#!/usr/bin/env bash
# Shows how PostgreSQL runs search (issue 14) on a benchmark schema: EXPLAIN (ANALYZE, BUFFERS)
# of the queries the service makes for one search, with the given words.
#
#   bench/explain-search.sh <schema> <q> [candidates, default 100 as content.search.candidates]
#   bench/explain-search.sh bench 'pabeba'
#
# The SQL is SearchRepository's as Hibernate renders it, with the parameters written in, and the
# weights of the defaults (content.search.*). Each query runs twice and the second plan is
# shown: the first pays for reading pages from disk into the buffer cache.
set -euo pipefail

# shellcheck source=bench/lib.sh
source "$(dirname "$0")/lib.sh"

schema=${1:-}
q=${2:-}
candidates=${3:-100}
[[ -n $schema && -n $q ]] || die "usage: bench/explain-search.sh <schema> <q> [candidates]"
check_schema_name "$schema"
[[ $candidates =~ ^[0-9]+$ ]] || die "candidates must be a number"

public="status in ('published', 'scheduled') and published_at <= now()"
ranked="select h.id, h.score from (
    select a.id, 0.8 * ts_rank_cd(a.search_vector, websearch_to_tsquery('content_english', :'q'), 32)
                 + 0.2 * power(0.5, least(1000, greatest(0, extract(epoch from (now() - a.published_at))) / 2592000)) as score
      from article a
     where a.id in ((select x.id from article x
                      where x.$public and x.search_vector @@ websearch_to_tsquery('content_english', :'q')
                        and x.published_at <= now() order by x.published_at desc, x.id desc limit $candidates)
                    union
                    (select x.id from article x
                      where x.$public and ts_filter(x.search_vector, '{a,b}') @@ websearch_to_tsquery('content_english', :'q')
                        and x.published_at <= now() order by x.published_at desc, x.id desc limit $candidates))) h
 order by h.score desc, h.id desc limit 21"
# A passage: ts_headline of the first of the first three text blocks that may match (a word starting like one of
# the query's lexemes) and do, else of the beginning of the first block; and the dek's.
headline="ts_headline('content_english', translate(%s, E'\\\\x02\\\\x03', ''), websearch_to_tsquery('content_english', :'q'),
          'StartSel=<<, StopSel=>>, MinWords=15, MaxWords=35')"
blocks="from jsonb_array_elements(a.body) as b(block) where b.block ->> 'type' in ('paragraph', 'heading', 'pull_quote')"
may_match="name_search_key(b.block ->> 'text') ~ (select '\\m(' || string_agg(regexp_replace(left(l, greatest(3, length(l) - 1)),
          '([^[:alnum:]])', '\\\\\\1', 'g'), '|') || ')' from unnest(tsvector_to_array(to_tsvector('content_english', :'q'))) as l)"
# shellcheck disable=SC2059 # the format is ours
block_headline=$(printf "$headline" "b.block ->> 'text'")
# shellcheck disable=SC2059
dek_headline=$(printf "$headline" "coalesce(a.dek, '')")
snippets="select a.id,
       coalesce((select c.h from (select $block_headline as h $blocks and $may_match limit 3) c where strpos(c.h, '<<') > 0 limit 1),
                (select $block_headline $blocks limit 1), ''),
       $dek_headline
  from article a where a.id in (select id from ($ranked) r limit 20)"
tally="select count(*) from (select a.id from article a where a.$public
       and a.search_vector @@ websearch_to_tsquery('content_english', :'q')
       order by a.published_at desc, a.id desc limit 10001) m"

for part in ranked snippets tally; do
    printf '\n-- %s\n' "$part"
    sql=${!part}
    # Through standard input: psql fills in :'q' there, not in -c commands.
    bench_psql -v q="$q" >/dev/null <<<"set search_path to \"$schema\"; explain (analyze) $sql;"
    bench_psql -v q="$q" <<<"set search_path to \"$schema\"; explain (analyze, buffers) $sql;"
done
