-- Webhooks (Standard Webhooks): partners' endpoints and the deliveries of events taken from the change log.
-- All delivery state lives here, so that a restarted service resumes and several instances share the work.

create table webhook_endpoint (
    id                        uuid primary key,
    -- The key that registered it; only that key (and admins) see and manage it.
    owner_key_id              uuid not null references api_key (id),
    -- For a partner's key, its name and region: events carry only what its syndication rights allow.
    owner_partner             text,
    owner_region              text,
    url                       text not null check (length(url) between 1 and 2000),
    -- Comma-separated event types: article.published, article.*, *
    events                    text not null check (length(events) between 1 and 2000),
    description               text check (length(description) <= 500),
    enabled                   boolean not null default true,
    disabled_reason           text,
    disabled_at               timestamptz,
    -- whsec_ + base64 of 32 random bytes; kept to sign, never logged.
    secret                    text not null,
    -- The secret before the last rotation, which signs too until previous_secret_until.
    previous_secret           text,
    previous_secret_until     timestamptz,
    -- The last change-log position this endpoint has taken events from.
    position                  bigint not null check (position >= 0),
    created_at                timestamptz not null,
    updated_at                timestamptz not null
);
-- An owner's list and the admins' list, newest first (keyset on created_at, id).
create index webhook_endpoint_owner_idx on webhook_endpoint (owner_key_id, created_at desc, id desc);
create index webhook_endpoint_created_idx on webhook_endpoint (created_at desc, id desc);
-- The dispatcher reads the enabled endpoints.
create index webhook_endpoint_enabled_idx on webhook_endpoint (id) where enabled;

create table webhook_delivery (
    id               uuid primary key,
    endpoint_id      uuid not null references webhook_endpoint (id) on delete cascade,
    -- The change-log position of the event: one event per endpoint and position, sent in this order.
    position         bigint not null,
    type             text not null,
    -- The body, built when the event was enqueued, so that every attempt sends the same bytes.
    payload          text not null,
    status           text not null check (status in ('pending', 'delivered', 'failed')),
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz,
    -- A claimed attempt: other instances leave the delivery alone until then.
    locked_until     timestamptz,
    last_status      integer,
    last_error       text,
    last_attempt_at  timestamptz,
    created_at       timestamptz not null,
    unique (endpoint_id, position)
);
-- The delivery log, newest first, is the unique index read backwards.
-- The oldest pending delivery of each endpoint, and those that are due.
create index webhook_delivery_pending_idx on webhook_delivery (endpoint_id, position) where status = 'pending';
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'pending';
