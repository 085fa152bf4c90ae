-- Autocomplete over the names of people and topics (GET /people?q=, /topics?q=): typo-tolerant with pg_trgm,
-- accent- and case-insensitive with unaccent. The extensions go to public, where every schema of the database
-- (each profile's, each test run's) finds them by qualified name; a schema's search_path holds only itself.
create extension if not exists pg_trgm schema public;
create extension if not exists unaccent schema public;

-- The form names are compared in: lower case, accents removed ("Zoë" is "zoe"). unaccent() itself is only
-- STABLE (its dictionary could be changed); naming the dictionary makes the result depend on the text alone,
-- so an index can hold it.
create function name_search_key(name text) returns text language sql immutable parallel safe
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- The key's words, separated by single spaces: anything but a letter or digit separates words, so "adib" is a
-- word of "Adib-Moghaddam". Letters and digits only, so the words are safe inside a LIKE pattern.
create function name_search_words(name text) returns text language sql immutable parallel safe
as $$ select btrim(regexp_replace(name_search_key($1), '[^[:alnum:]]+', ' ', 'g')) $$;

-- Whether a name matches what was typed: a word of the name resembles it (pg_trgm's word similarity above
-- pg_trgm.word_similarity_threshold, 0.6 by default), which forgives typos and finds prefixes, or the name holds
-- it as typed (LIKE, with its wildcards escaped). STABLE like the operators, so PostgreSQL inlines the function
-- and both conditions can use the trigram indexes below.
create function name_search_matches(query text, name text) returns boolean language sql stable parallel safe
as $$ select name_search_key($2) operator(public.%>) name_search_key($1)
          or name_search_key($2) like '%' || replace(replace(replace(name_search_key($1), '\', '\\'), '%', '\%'), '_', '\_') || '%' $$;

-- How well a matching name matches, higher first: 1 for a name with a word that starts with what was typed
-- ("adib" in "Arshin Adib-Moghaddam"), plus the word similarity (0..1).
create function name_search_rank(query text, name text) returns real language sql stable parallel safe
as $$ select (case when name_search_words($1) <> '' and ' ' || name_search_words($2) like '% ' || name_search_words($1) || '%'
                   then 1 else 0 end + public.word_similarity(name_search_key($1), name_search_key($2)))::real $$;

create index person_name_search_idx on person using gin (name_search_key(name) public.gin_trgm_ops);
create index topic_name_search_idx on topic using gin (name_search_key(name) public.gin_trgm_ops);
