-- The editorial write API: API keys, an audit log, idempotent creates,
-- article revisions, and soft deletes that leave tombstones.

create table api_key (
    id            uuid primary key,
    name          text not null check (length(btrim(name)) between 1 and 100),
    role          text not null check (role in ('partner', 'editor', 'admin')),
    -- SHA-256 of the key, hex; the key itself is shown once and never stored.
    key_hash      text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    -- The first characters of the key, so that a person can tell keys apart.
    key_prefix    text not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    expires_at    timestamptz,
    revoked_at    timestamptz
);
-- GET /admin/keys lists keys newest first.
create index api_key_created_idx on api_key (created_at desc, id desc);

create table audit_log (
    id           bigint generated always as identity primary key,
    at           timestamptz not null default now(),
    key_id       uuid references api_key (id),
    key_name     text not null,
    action       text not null check (length(action) between 1 and 50),
    target_kind  text not null check (length(target_kind) between 1 and 50),
    target_id    uuid,
    detail       jsonb
);
-- GET /admin/audit reads newest first; id follows time.

-- A POST retried with the same Idempotency-Key answers what the first one answered.
create table idempotent_request (
    key_id           uuid not null references api_key (id),
    idempotency_key  text not null check (length(idempotency_key) between 1 and 200),
    request_hash     text not null,
    status           integer not null,
    location         text,
    body             text,
    created_at       timestamptz not null default now(),
    primary key (key_id, idempotency_key)
);
create index idempotent_request_created_idx on idempotent_request (created_at);

-- Every change of an article: who, when, what changed, and the article as it was then.
create table article_revision (
    article_id  uuid not null references article (id),
    revision    integer not null check (revision >= 1),
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    action      text not null,
    changes     jsonb not null check (jsonb_typeof(changes) = 'array'),
    snapshot    jsonb not null check (jsonb_typeof(snapshot) = 'object'),
    primary key (article_id, revision)
);

-- Soft deletes: a deleted row stays, with the time it was deleted, as the
-- tombstone a sync client reads; public reads never see it.
alter table article add column deleted_at timestamptz;
alter table person add column deleted_at timestamptz;
alter table topic add column deleted_at timestamptz;
alter table image add column deleted_at timestamptz;
alter table quote add column deleted_at timestamptz;

-- Optimistic concurrency (If-Match) needs a revision on everything editable.
alter table person add column revision integer not null default 1 check (revision >= 1);
alter table topic add column revision integer not null default 1 check (revision >= 1);
alter table image add column revision integer not null default 1 check (revision >= 1);
alter table image add column updated_at timestamptz not null default now();
alter table quote add column revision integer not null default 1 check (revision >= 1);
alter table quote add column updated_at timestamptz not null default now();

-- Editors' lists (all statuses) and the scheduler (due scheduled articles).
create index article_status_published_idx on article (status, published_at);
create index article_updated_idx on article (updated_at desc, id desc);
-- Tombstones newest first, for the sync API.
create index article_deleted_idx on article (deleted_at) where deleted_at is not null;
create index person_deleted_idx on person (deleted_at) where deleted_at is not null;
create index topic_deleted_idx on topic (deleted_at) where deleted_at is not null;
