-- A person's quotes, newest article first and in reading order within it, as
-- a true keyset.
--
-- Until now every page joined all of the person's quotes to their articles and
-- sorted them (1,112 quotes for the most quoted person of the 100k benchmark).
-- Like article_topic in V4, a quote now carries the time its article is public
-- from, kept by triggers: the article's published_at while the article may be
-- public and the quote is not deleted, null otherwise.

alter table quote add column public_at timestamptz;

-- A quote takes the time of its article when it is written, moved to another
-- article or deleted. Hibernate updates every column of a quote, so any edit
-- sets it again; renumbering positions in SQL leaves it as it is.
create function quote_set_public_at() returns trigger
    language plpgsql
    as $$
    begin
        new.public_at := case when new.deleted_at is null then article_public_at(new.article_id) end;
        return new;
    end
    $$;
create trigger quote_public_at before insert or update of article_id, deleted_at on quote
    for each row execute function quote_set_public_at();

-- The article's trigger of V4 now carries its time over to its live quotes too.
create or replace function article_spread_public_at() returns trigger
    language plpgsql
    as $$
    declare
        since timestamptz := case
            when new.status in ('published', 'scheduled') and new.deleted_at is null then new.published_at end;
    begin
        update article_topic x set public_at = since
            where x.article_id = new.id and x.public_at is distinct from since;
        update quote q set public_at = since
            where q.article_id = new.id and q.deleted_at is null and q.public_at is distinct from since;
        return null;
    end
    $$;

-- The rows that exist already.
update quote q set public_at = a.published_at
    from article a
    where a.id = q.article_id and q.deleted_at is null
      and a.status in ('published', 'scheduled') and a.deleted_at is null;

-- /people/{slug}/quotes, include=quotes and /quotes?person=: newest article first,
-- reading order within it, keyset on (published_at, article id, position).
create index quote_person_public_idx on quote (person_id, public_at desc, article_id desc, position)
    where public_at is not null;
