-- The change log: every committed write of content, in the order the writes
-- committed, for the sync API, webhooks, search indexing and CDN purges.

-- The last position handed out. A write takes the next one as it commits,
-- under this row's lock, so positions follow commit order and have no gaps:
-- a reader that pages by position never skips an entry (docs/architecture.md).
create table change_log_head (
    only_row  boolean primary key default true check (only_row),
    position  bigint not null check (position >= 0)
);
insert into change_log_head (position) values (0);

create table change_log (
    position     bigint primary key check (position >= 1),
    kind         text not null check (kind in ('article', 'person', 'topic', 'quote', 'image')),
    resource_id  uuid not null,
    action       text not null check (action in ('created', 'updated', 'published', 'unpublished', 'deleted')),
    revision     integer not null check (revision >= 1),
    changed_at   timestamptz not null,
    key_id       uuid references api_key (id),
    key_name     text not null check (length(key_name) between 1 and 100)
);
-- Retention removes the oldest entries by time.
create index change_log_changed_at_idx on change_log (changed_at);

-- Editors' lists: the articles of one status, most recently changed first.
create index article_status_updated_idx on article (status, updated_at desc, id desc) where deleted_at is null;
