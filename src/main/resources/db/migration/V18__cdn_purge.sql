-- CDN purges (purge/PurgePublisher), taken from the change log after the writes commit.

-- Each entry keeps the cache tags its write made stale, space-separated as in the Surrogate-Key header: the
-- publisher reads them later, when what the resource was listed in before the change (an article's old topics)
-- can no longer be worked out. Empty for an entry whose write's own entry names what shows it (an article's
-- quotes and people); null on entries written before this migration. Read by position, the primary key.
alter table change_log add column stale_tags text;
