-- What keeping search current costs a write (issue 14), on a benchmark schema:
--
--   psql -h 127.0.0.1 -U postgres -v schema=bench -f bench/search-write-cost.sql
--
-- Edits the headlines of 500 articles one statement each, as the service writes them, with
-- V14's triggers on and then off, and adds and removes a topic link of each; the difference
-- is what the search document and its indexes cost. Everything runs in transactions that
-- roll back, and a vacuum clears what they left in the indexes: the data set is left as it was.

\set ON_ERROR_STOP on
set search_path to :"schema";
\pset tuples_only on
\pset format unaligned

create temp table sample as select id from article order by md5(id::text) limit 500;

create function pg_temp.edit_headlines() returns double precision language plpgsql as $$
declare
    started timestamptz := clock_timestamp();
    r record;
begin
    for r in select id from pg_temp.sample loop
        update article set headline = headline || ' again' where id = r.id;
    end loop;
    return extract(epoch from clock_timestamp() - started) * 1000 / 500;
end $$;

create function pg_temp.relink_topics() returns double precision language plpgsql as $$
declare
    started timestamptz := clock_timestamp();
    r record;
    extra uuid := (select id from topic order by slug limit 1);
begin
    for r in select id from pg_temp.sample loop
        delete from article_topic where article_id = r.id and topic_id = extra;
        insert into article_topic (article_id, topic_id, position) values (r.id, extra, 99);
    end loop;
    return extract(epoch from clock_timestamp() - started) * 1000 / 500;
end $$;

-- Each measurement rolls back; its result survives in a psql variable.
begin;
select pg_temp.edit_headlines() as kept \gset
rollback;
begin;
alter table article disable trigger article_search_update;
select pg_temp.edit_headlines() as off \gset
rollback;
begin;
select pg_temp.relink_topics() as linked_kept \gset
rollback;
begin;
alter table article_topic disable trigger article_topic_search_insert;
alter table article_topic disable trigger article_topic_search_delete;
select pg_temp.relink_topics() as linked_off \gset
rollback;

\pset tuples_only off
\pset format aligned
select what, round(kept::numeric, 2) as "ms per write, search kept current", round(off::numeric, 2) as "ms, triggers off",
       round((kept - off)::numeric, 2) as "search's share, ms"
  from (values ('headline edit', :kept, :off), ('topic link replaced (delete + insert)', :linked_kept, :linked_off))
       as t(what, kept, off);

-- Rolled-back writes still left entries in the GIN indexes' pending lists, which every search
-- would read until the next vacuum: clean them up now, as autovacuum would later.
vacuum analyze article, article_topic;
