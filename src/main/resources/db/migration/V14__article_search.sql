-- Full-text search over articles (GET /api/v1/search).
--
-- Each article carries a weighted tsvector: headline A, dek B, the names of
-- its topics and of the people it quotes or mentions B, body text C. Topic
-- and person names live in other tables, so no generated column can hold
-- them: triggers keep the column current in the transaction of every write
-- that changes what it is made of (the article, its topic and person links,
-- a topic's or a person's name).
--
-- Words are matched without accents ("Zurich" finds "Zürich") and stemmed in
-- English. The unaccent dictionary sits in the text search configuration
-- rather than around the text, so ts_headline can highlight the article's own
-- words, accents kept. The extension lives in public, where every profile's
-- schema can name it, whichever schema its migration runs in.

create extension if not exists unaccent with schema public;

create text search configuration content_english (copy = pg_catalog.english);
alter text search configuration content_english
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

-- The readable text of a body: its paragraphs, headings and pull quotes, in order.
create function article_body_text(body jsonb) returns text
    language sql immutable
    as $$
        select coalesce(string_agg(b.block ->> 'text', E'\n' order by b.n), '')
        from jsonb_array_elements(body) with ordinality as b(block, n)
        where b.block ->> 'type' in ('paragraph', 'heading', 'pull_quote')
    $$;

-- The weighted document of the article with this id, from its own fields and its current links.
create function article_search_document(article_id uuid, headline text, dek text, body jsonb) returns tsvector
    language sql stable
    as $$
        select setweight(to_tsvector('content_english', headline), 'A')
            || setweight(to_tsvector('content_english', coalesce(dek, '')), 'B')
            || setweight(to_tsvector('content_english', coalesce((select string_agg(t.name, ' ')
                   from article_topic x join topic t on t.id = x.topic_id where x.article_id = $1), '')), 'B')
            || setweight(to_tsvector('content_english', coalesce((select string_agg(p.name, ' ')
                   from article_person x join person p on p.id = x.person_id where x.article_id = $1), '')), 'B')
            || setweight(to_tsvector('content_english', article_body_text(body)), 'C')
    $$;

alter table article add column search_vector tsvector;

create function article_search_own() returns trigger
    language plpgsql
    as $$
    begin
        new.search_vector := article_search_document(new.id, new.headline, new.dek, new.body);
        return new;
    end
    $$;
create trigger article_search_insert before insert on article
    for each row execute function article_search_own();
-- Hibernate sets every column on update: only a change of the words rebuilds the document.
create trigger article_search_update before update of headline, dek, body on article
    for each row
    when (old.headline is distinct from new.headline or old.dek is distinct from new.dek or old.body is distinct from new.body)
    execute function article_search_own();

-- Once per statement, so replacing an article's links rebuilds its document once, not once per row.
-- (A trigger with transition tables has one event, hence one trigger per event.)
create function article_search_links() returns trigger
    language plpgsql
    as $$
    begin
        if tg_op = 'INSERT' then
            update article a set search_vector = article_search_document(a.id, a.headline, a.dek, a.body)
                where a.id in (select article_id from added);
        elsif tg_op = 'DELETE' then
            update article a set search_vector = article_search_document(a.id, a.headline, a.dek, a.body)
                where a.id in (select article_id from removed);
        else
            update article a set search_vector = article_search_document(a.id, a.headline, a.dek, a.body)
                where a.id in (select article_id from added union select article_id from removed);
        end if;
        return null;
    end
    $$;
create trigger article_topic_search_insert after insert on article_topic
    referencing new table as added for each statement execute function article_search_links();
create trigger article_topic_search_update after update on article_topic
    referencing old table as removed new table as added for each statement execute function article_search_links();
create trigger article_topic_search_delete after delete on article_topic
    referencing old table as removed for each statement execute function article_search_links();
create trigger article_person_search_insert after insert on article_person
    referencing new table as added for each statement execute function article_search_links();
create trigger article_person_search_update after update on article_person
    referencing old table as removed new table as added for each statement execute function article_search_links();
create trigger article_person_search_delete after delete on article_person
    referencing old table as removed for each statement execute function article_search_links();

-- A renamed topic or person rebuilds the documents of the articles that name them.
create function topic_search_rename() returns trigger
    language plpgsql
    as $$
    begin
        update article a set search_vector = article_search_document(a.id, a.headline, a.dek, a.body)
            where a.id in (select x.article_id from article_topic x where x.topic_id = new.id);
        return null;
    end
    $$;
create trigger topic_search_rename after update of name on topic
    for each row when (old.name is distinct from new.name) execute function topic_search_rename();

create function person_search_rename() returns trigger
    language plpgsql
    as $$
    begin
        update article a set search_vector = article_search_document(a.id, a.headline, a.dek, a.body)
            where a.id in (select x.article_id from article_person x where x.person_id = new.id);
        return null;
    end
    $$;
create trigger person_search_rename after update of name on person
    for each row when (old.name is distinct from new.name) execute function person_search_rename();

-- The rows that exist already.
update article set search_vector = article_search_document(id, headline, dek, body);
alter table article alter column search_vector set not null;

create index article_search_idx on article using gin (search_vector);
