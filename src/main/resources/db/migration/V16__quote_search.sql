-- Search within quotes (GET /quotes?q=): the words of a quote in V14's content_english configuration (English
-- stems, accents ignored), in a GIN index over the live quotes, which are all the list ever reads.
create index quote_text_search_idx on quote using gin (to_tsvector('content_english', text)) where deleted_at is null;
