-- A topic's articles, newest first, as a true keyset.
--
-- V1 kept the publication time only on article, so a topic page walked the
-- whole public feed and probed each article's topics until it had a page:
-- thousands of probes for a topic with 1 % of the articles, more the deeper
-- the page. Here the time the article is public from travels with its
-- article_topic rows, kept by triggers, so that every page of a topic is one
-- range of an index in the exact order of the page.
--
-- public_at is the article's published_at while the article may be public
-- (status published or scheduled, not deleted), and null otherwise. A
-- scheduled article has it already, so it appears once public_at <= now,
-- without any write.

alter table article_topic add column public_at timestamptz;

-- When the article with this id is public from; null while it cannot be public.
create function article_public_at(uuid) returns timestamptz
    language sql stable
    as $$
        select a.published_at from article a
        where a.id = $1 and a.status in ('published', 'scheduled') and a.deleted_at is null
    $$;

-- A row takes the time of its article when it is written. Hibernate writes an
-- article's topics as inserts (and updates of topic_id, which keep the article).
create function article_topic_set_public_at() returns trigger
    language plpgsql
    as $$
    begin
        new.public_at := article_public_at(new.article_id);
        return new;
    end
    $$;
create trigger article_topic_public_at before insert or update of article_id on article_topic
    for each row execute function article_topic_set_public_at();

-- Publishing, unpublishing, rescheduling and deleting an article carry its
-- time over to its rows, in the same transaction.
create function article_spread_public_at() returns trigger
    language plpgsql
    as $$
    declare
        since timestamptz := case
            when new.status in ('published', 'scheduled') and new.deleted_at is null then new.published_at end;
    begin
        update article_topic x set public_at = since
            where x.article_id = new.id and x.public_at is distinct from since;
        return null;
    end
    $$;
create trigger article_spread_public_at after update of status, published_at, deleted_at on article
    for each row
    when (old.status is distinct from new.status or old.published_at is distinct from new.published_at
          or old.deleted_at is distinct from new.deleted_at)
    execute function article_spread_public_at();

-- The rows that exist already.
update article_topic x set public_at = a.published_at
    from article a
    where a.id = x.article_id and a.status in ('published', 'scheduled') and a.deleted_at is null;

-- /topics/{slug}/articles, include=articles and ?topic=: a topic's public articles
-- newest first, keyset on (published_at, id); a topic's articleCount, index only.
create index article_topic_public_idx on article_topic (topic_id, public_at desc, article_id desc)
    where public_at is not null;
