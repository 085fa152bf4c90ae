-- A claim now commits in the transaction of its write, together with its answer, so no committed row is
-- "still running" any more. Rows left running by requests that failed before this version would answer 409
-- until they expire: they are released, so a retry runs again.
delete from idempotent_request where status = 0;

comment on column idempotent_request.status is 'HTTP status of the first answer, committed with the write it answers';
