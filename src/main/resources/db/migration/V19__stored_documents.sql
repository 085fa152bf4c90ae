-- Render on write (issue 16): public representations stored as the bytes they are sent as, so that a read the
-- representation cache misses is one indexed read instead of an entity graph, mapping and hashing
-- (shared/StoredDocuments). A document is served only while it is not stale; the change log marks documents stale
-- in the transaction of the write that changes what they show, so a reader never gets one that a committed
-- write has made old. A renderer (article/ArticleDocuments) renders the stale ones again in the background.
create table stored_document (
    kind           text not null,
    id             uuid not null,
    -- Null until first rendered.
    slug           text,
    body           bytea,
    etag           text,
    surrogate_key  text,
    revision       integer,
    last_modified  timestamptz,
    -- Served only from this time on (an article's publication time).
    visible_from   timestamptz,
    -- The cache tags of what the document shows, and of what it may show once that becomes public (an article's
    -- related stories that are not published yet): a change with one of these tags makes it stale.
    tags           text[] not null default '{}',
    stale          boolean not null default true,
    primary key (kind, id)
);
-- Reads by slug; the id is the primary key.
create unique index stored_document_slug on stored_document (kind, slug);
-- The change log's trigger finds the documents a change makes stale by their tags.
create index stored_document_tags on stored_document using gin (tags);
-- The renderer's work: the stale documents of a kind.
create index stored_document_stale on stored_document (kind) where stale;

-- Every change-log entry marks the documents that show what it changed stale, in the write's transaction and
-- under the log head's lock, which the renderer also takes to store a document: a document is stored either
-- before a change commits (and the change marks it) or after (and the renderer sees the change and does not
-- store it). A change of an article also asks for that article's document, which it may not have yet.
create function mark_stored_documents_stale() returns trigger language plpgsql as $$
begin
    if new.stale_tags is not null and new.stale_tags <> '' then
        update stored_document set stale = true
        where not stale and tags && string_to_array(new.stale_tags, ' ');
    end if;
    if new.kind = 'article' then
        insert into stored_document (kind, id) values ('article', new.resource_id)
        on conflict (kind, id) do update set stale = true where not stored_document.stale;
    end if;
    return new;
end
$$;
create trigger change_log_marks_stored_documents after insert on change_log
    for each row execute function mark_stored_documents_stale();

-- The articles written before this migration: each asks for its document.
insert into stored_document (kind, id) select 'article', id from article where deleted_at is null;
