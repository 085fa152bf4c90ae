-- The rate-limit buckets of API keys, shared by every instance: one row per key that has made a request, keyed by
-- the key's id, holding Bucket4j's serialized state (its tokens and when it last refilled). Bucket4j's PostgreSQL
-- proxy manager locks the row (select ... for update) for each decision, so instances never admit more than the
-- quota together. A missing row is a full bucket, so deleting rows is always safe. Callers without a key are
-- counted in each instance's memory, not here.
create table rate_limit_bucket (
    id    text primary key,
    state bytea
);
