-- CDN purges (purge/PurgePublisher), taken from the change log after the writes commit.

-- Each entry keeps the cache tags its write made stale, space-separated as in the Surrogate-Key header: the
-- publisher reads them later, when what the resource was listed in before the change (an article's old topics)
-- can no longer be worked out. Empty for an entry whose write's own entry names what shows it (an article's
-- quotes and people); null on entries written before this migration. Read by position, the primary key.
alter table change_log add column stale_tags text;

-- How far purging has got: one row, which one instance at a time claims to send a batch (PurgeCursor).
-- Every statement reads or writes it by its primary key.
create table purge_state (
    only_row         boolean primary key default true check (only_row),
    -- The last change-log position whose tags the CDN has accepted.
    position         bigint not null check (position >= 0),
    -- Failed attempts in a row at the next batch, the last one's reason, and when the next may start.
    attempts         integer not null default 0 check (attempts >= 0),
    last_error       text,
    next_attempt_at  timestamptz,
    -- A batch being sent: other instances leave the row alone until locked_until; only the claim's sender
    -- records its outcome.
    claim_id         uuid,
    locked_until     timestamptz
);
-- Changes made before purging existed have nothing recorded to purge by: it starts at the head.
insert into purge_state (position) select position from change_log_head;
