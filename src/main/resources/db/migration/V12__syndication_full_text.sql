-- A teaser right: partners whose rights allow an article but not its full text get its headline, dek, byline,
-- topics and links, without the body (feeds give them the summary only). True keeps what every article had.
alter table article add column syndication_full_text boolean not null default true;
