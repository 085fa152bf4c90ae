-- The replay of a retried POST carries the ETag of the first answer, so the client can edit with If-Match
-- straight away; V2 kept only status, Location and body.
-- "if not exists": databases migrated before V2 was restored to its first form already have it.
alter table idempotent_request add column if not exists etag text;

comment on column idempotent_request.status is 'HTTP status of the first answer; 0 while the first request is still running';
