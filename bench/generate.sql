-- Synthetic magazine for the benchmark, loaded by bench/generate.sh:
--
--   psql -v articles=100000 -v schema=bench -f bench/generate.sql
--
-- The schema must already hold the empty tables of the Flyway migration (the
-- packaged service creates them). Everything is set-based (generate_series,
-- INSERT ... SELECT), so 100k articles load in a few minutes on two cores.
--
-- The data set is deterministic: every "random" choice is a hash of the row
-- number (hashint8extended with a salt per choice), and every id is an md5 of
-- a name, so two loads of the same size are the same data set and a run can
-- be compared with an earlier one. Only the times move: articles end an hour
-- before the load, so all of them are public.
--
-- Shape, for N articles:
--   * 200 topics: 20 sections, each with 9 children (a 2-level tree);
--   * N/5 people (at least 50): the first 2% are staff writers of the
--     magazine, the others experts and public figures with titles and
--     affiliations; who gets quoted is skewed, so a few people are quoted in
--     hundreds of articles as in a real magazine;
--   * one hero image per article;
--   * N published articles over 5 years, one published_at each (distinct),
--     bodies of 8-20 paragraphs of 40-120 words drawn from a pool of 20,000
--     paragraphs, word_count as the service computes it;
--   * 1-2 authors, 1-4 topics, 2-6 people (about half quoted, the rest
--     mentioned), 0-3 related earlier articles, 1-4 quotes per article: each
--     quote is a sentence that stands word for word in the paragraph at its
--     block_index, said by a person the article quotes, positions 0..n-1 in
--     reading order.

\set ON_ERROR_STOP on
set search_path to :"schema";
-- A bulk load that a crash may lose: it is run again, not recovered.
set synchronous_commit to off;
set work_mem to '256MB';
set maintenance_work_mem to '512MB';

-- ------------------------------------------------------------ helpers
-- Prints how long a step took, and the time since the start.
create temp table clock as select clock_timestamp() as started, clock_timestamp() as last;
create function pg_temp.done(step text) returns text language plpgsql as $$
declare
    t timestamptz := clock_timestamp();
    line text;
begin
    select format('%s %s s   total %s s', rpad(step, 18), to_char(extract(epoch from t - last), '9990.0'),
                  to_char(extract(epoch from t - started), '9990.0'))
      into line from pg_temp.clock;
    update pg_temp.clock set last = t;
    return line;
end $$;
\pset tuples_only on
\pset format unaligned

-- A stable pseudo-random number in [0, m) for row n and choice salt.
create function pg_temp.r(n bigint, salt integer, m bigint) returns integer
    language sql immutable parallel safe
    as 'select ((hashint8extended(n, salt) & 9223372036854775807) % m)::integer';
-- The concatenation of tsvectors, in order: positions continue from one to the next.
create aggregate pg_temp.tsv_agg(tsvector) (sfunc = tsvector_concat, stype = tsvector, initcond = '');
-- A stable pseudo-random number in [0, m) drawn log-uniformly: i comes up about as
-- often as 1 / (i + 1.5), Zipf's law, so word i of the vocabulary is in about
-- 1 - exp(-108 / (i + 1.5)) of the articles (of 1,118 words on average).
create function pg_temp.zipf(n bigint, salt integer, m bigint) returns integer
    language sql immutable parallel safe
    as 'select least(m - 1, floor(exp(ln(m + 1) * pg_temp.r(n, salt, 1000000) / 1e6)) - 1)::integer';

-- Lower-case ASCII words only: headlines become slugs without any translation.
-- The English words first, the most common ones first; then 100,000 made-up words
-- of three syllables ("kaledu"), so that the words of the texts follow a Zipf-like
-- curve from "the" (in every article) down to words in a few dozen of them: what
-- a search over the archive meets (see pg_temp.zipf below).
create temp table vocab as
select i::integer - 1 as i, w
  from unnest(string_to_array(
    'the of and to in that for on with as by at from about after over under between against during '
    'government minister parliament election vote voters party campaign coalition opposition policy reform budget '
    'economy inflation interest rates growth recession markets investors bank banks trade tariffs exports imports '
    'energy oil gas power grid solar wind nuclear climate emissions heat drought flood water river coast '
    'city cities town village region border province capital country nation state states republic empire '
    'war peace ceasefire talks treaty alliance army troops militia drone strike siege security intelligence '
    'court judge law ruling rights freedom press media newspaper broadcast story reporters editors '
    'science research scientists study data evidence model models laboratory university students teachers school '
    'health hospital doctors nurses patients disease vaccine medicine care insurance costs '
    'technology software chips factory factories workers union strike wages jobs labor automation robots '
    'culture music art artists museum film films theater novel books writers poetry language history memory '
    'family families children parents women men generation youth elders community neighbors '
    'housing rent homes streets traffic transit railway airport port shipping freight container '
    'farmers farms harvest food prices bread rice wheat coffee fishing forest land soil '
    'old new long short quiet hidden strange uncertain fragile bold slow fast early late small large '
    'rising falling growing shrinking broken open closed public private local global northern southern '
    'question answer problem promise risk crisis plan deal debate argument decision choice change future past '
    'year years decade decades month months week night morning summer winter spring autumn '
    'says said argues warns believes expects hopes fears knows wants needs makes takes builds moves '
    'returns remains becomes begins ends keeps holds brings finds shows tells asks leaves loses wins '
    'still again already never often rarely almost nearly perhaps together apart instead', ' '))
       with ordinality as t(w, i);
create temp table syllables as
select row_number() over (order by c, v)::integer - 1 as i, c || v as s
  from unnest(string_to_array('b d f g k l m n p r s t v z', ' ')) as c
 cross join unnest(string_to_array('a e i o u', ' ')) as v;
insert into vocab (i, w)
select (select count(*) from vocab) + j, s1.s || s2.s || s3.s
  from generate_series(0, 99999) as j
  join syllables s1 on s1.i = j % 70
  join syllables s2 on s2.i = (j / 70) % 70
  join syllables s3 on s3.i = (j / 4900) % 70;
create unique index on vocab (i);
analyze vocab;
create temp table sections as
select i::integer as i, name
  from unnest(array['World', 'Politics', 'Business', 'Economy', 'Science', 'Technology', 'Climate', 'Health',
                    'Culture', 'Books', 'Arts', 'Sport', 'Education', 'Travel', 'Food', 'Media', 'Law', 'Energy',
                    'Cities', 'Opinion']) with ordinality as t(name, i);
create temp table facets as
select i::integer as i, name
  from unnest(array['Analysis', 'Briefing', 'Data', 'Dispatches', 'Explainers', 'Interviews', 'Investigations',
                    'Profiles', 'Reviews']) with ordinality as t(name, i);
create temp table first_names as
select i::integer - 1 as i, name
  from unnest(array['Amira', 'Anders', 'Beatriz', 'Carlos', 'Chen', 'Daniel', 'Divya', 'Elena', 'Emeka', 'Fatima',
                    'Felix', 'Grace', 'Hannah', 'Hiro', 'Ibrahim', 'Ines', 'Jakob', 'James', 'Julia', 'Kenji',
                    'Laila', 'Lars', 'Leila', 'Lucas', 'Maren', 'Maria', 'Mateo', 'Mei', 'Nadia', 'Nikolai',
                    'Noor', 'Olga', 'Omar', 'Paula', 'Philip', 'Priya', 'Rafael', 'Rania', 'Samuel', 'Sara',
                    'Sofia', 'Tariq', 'Thomas', 'Tobias', 'Valentina', 'Victor', 'Wei', 'Yasmin', 'Yusuf', 'Zoe'])
       with ordinality as t(name, i);
create temp table last_names as
select i::integer - 1 as i, name
  from unnest(array['Adeyemi', 'Alvarez', 'Andersson', 'Bauer', 'Becker', 'Chowdhury', 'Costa', 'Dubois', 'Eriksen',
                    'Farouk', 'Fischer', 'Garcia', 'Haddad', 'Hansen', 'Hoffmann', 'Ibrahimi', 'Ivanova', 'Jensen',
                    'Kaur', 'Kim', 'Kowalski', 'Lindqvist', 'Lopez', 'Martin', 'Mendes', 'Moreau', 'Nakamura',
                    'Nguyen', 'Novak', 'Okafor', 'Okonjo', 'Olsen', 'Park', 'Petrov', 'Quraishi', 'Renner',
                    'Rossi', 'Santos', 'Schmidt', 'Silva', 'Singh', 'Tanaka', 'Torres', 'Varga', 'Wagner',
                    'Whitcombe', 'Yilmaz', 'Zhang', 'Ziegler', 'Zubair']) with ordinality as t(name, i);
create temp table titles as
select i::integer - 1 as i, title
  from unnest(array['professor of economics', 'professor of political science', 'senior fellow',
                    'research director', 'chief economist', 'climate scientist', 'historian', 'former ambassador',
                    'minister of finance', 'mayor', 'chief executive', 'union leader', 'epidemiologist',
                    'senior analyst', 'lecturer in international relations', 'founder', 'spokesperson',
                    'member of parliament', 'public health physician', 'head of research', 'novelist',
                    'curator', 'civil engineer', 'farmer', 'lawyer', 'judge', 'software engineer',
                    'labor organizer', 'archivist', 'marine biologist']) with ordinality as t(title, i);
create temp table affiliations as
select i::integer - 1 as i, affiliation
  from unnest(array['University of Vienna', 'SOAS University of London', 'Sciences Po', 'Brookings Institution',
                    'Chatham House', 'University of Cape Town', 'National University of Singapore',
                    'Kiel Institute', 'World Bank', 'International Monetary Fund', 'Red Cross', 'ETH Zurich',
                    'University of Toronto', 'Carnegie Endowment', 'Max Planck Institute', 'Stockholm University',
                    'Universidad de Chile', 'Tata Institute', 'Kyoto University', 'Harvard Kennedy School',
                    'European Commission', 'United Nations', 'OECD', 'Amnesty International', 'Oxfam',
                    'Ministry of Health', 'City Council', 'National Farmers Union', 'Halden Contemporary',
                    'Alpine Ice Archive']) with ordinality as t(affiliation, i);
create temp table staff_titles as
select i::integer - 1 as i, title
  from unnest(array['staff writer', 'correspondent', 'senior editor', 'science editor', 'foreign editor',
                    'data reporter', 'columnist', 'economics editor']) with ordinality as t(title, i);
create temp table credits as
select i::integer - 1 as i, credit
  from unnest(array['Modern Media', 'Anadolu Agency / Getty', 'AFP / Getty', 'Reuters', 'AP Photo',
                    'iStock / Getty Images', 'Pool / AFP / Getty', 'Alpine Ice Archive / Modern Media'])
       with ordinality as t(credit, i);

select count(*) as nvocab from vocab \gset
select count(*) - 100000 as nenglish from vocab \gset
select count(*) as nfirst from first_names \gset
select count(*) as nlast from last_names \gset
select count(*) as ntitles from titles \gset
select count(*) as naffiliations from affiliations \gset
select count(*) as nstafftitles from staff_titles \gset
select count(*) as ncredits from credits \gset

-- Sizes derived from the number of articles.
select greatest(:articles / 5, 50) as people,
       greatest(:articles / 5, 50) / 50 + 20 as staff,
       20000 as pool,
       -- Five years of seconds shared out among the articles: one slot each, so times are distinct.
       greatest(5 * 365 * 86400 / :articles, 1) as step,
       extract(epoch from date_trunc('hour', now()) - interval '1 hour')::bigint as end_epoch
\gset
select :people - :staff as others \gset

select pg_temp.done('setup');

-- ------------------------------------------------------------ paragraph pool
-- 20,000 paragraphs of 40-120 words in sentences of 9-18 words. An article
-- body is 8-20 of them; a quote is the second sentence of one, so it stands
-- in the paragraph verbatim.
create temp table para_shape as
select p, 40 + pg_temp.r(p, 1, 81) as nw, 9 + pg_temp.r(p, 2, 10) as sl
  from generate_series(0, :pool - 1) p;

create temp table para_token as
select s.p, w.w, (w.w - 1) / s.sl as sentence,
       case when (w.w - 1) % s.sl = 0 then initcap(v.w) else v.w end
           || case when w.w % s.sl = 0 or w.w = s.nw then '.' else '' end as token
  from para_shape s
 cross join lateral generate_series(1, s.nw) as w(w)
  join vocab v on v.i = pg_temp.zipf(s.p * 256 + w.w, 3, :nvocab);

create temp table pool as
select p as id,
       string_agg(token, ' ' order by w) as text,
       count(*)::integer as nwords,
       string_agg(token, ' ' order by w) filter (where sentence = 0) as lead,
       string_agg(token, ' ' order by w) filter (where sentence = 1) as quote
  from para_token
 group by p;
-- The words of each paragraph as V14 indexes them: an article's body is indexed by
-- joining its paragraphs' vectors (tsvector ||, as tsv_agg below), once per paragraph
-- rather than once per article, which would take 1 ms per article.
alter table pool add column doc tsvector;
update pool set doc = to_tsvector('content_english', text);
create unique index on pool (id);
analyze pool;

select pg_temp.done('paragraphs');

-- ------------------------------------------------------------ topics
insert into topic (id, slug, name, description, parent_id)
select md5('bench-topic-' || s.i)::uuid, lower(s.name), s.name,
       'Reporting and analysis on ' || lower(s.name) || '.', null
  from sections s;
insert into topic (id, slug, name, description, parent_id)
select md5('bench-topic-' || s.i || '-' || f.i)::uuid, lower(s.name || '-' || f.name), s.name || ' ' || f.name,
       f.name || ' from the ' || s.name || ' desk.', md5('bench-topic-' || s.i)::uuid
  from sections s cross join facets f;
-- The topics numbered 0..199, for articles to pick from.
create temp table topic_ix as
select (row_number() over (order by slug))::integer - 1 as ix, id from topic;
select count(*) as ntopics from topic_ix \gset

select pg_temp.done('topics');

-- ------------------------------------------------------------ people
insert into person (id, slug, name, honorific, bio, title, affiliation)
select md5('bench-person-' || n)::uuid,
       lower(f.name || '-' || sn.surname) || '-' || n,
       f.name || ' ' || sn.surname,
       case when n > :staff and pg_temp.r(n, 4, 10) = 0 then 'Dr.' end,
       case when pg_temp.r(n, 5, 3) = 0 then b.lead end,
       case when n <= :staff then st.title else t.title end,
       case when n <= :staff then 'Modern Media' else a.affiliation end
  from generate_series(1, :people) as g(n)
  join first_names f on f.i = pg_temp.r(n, 6, :nfirst)
  join last_names l on l.i = pg_temp.r(n, 7, :nlast)
  -- One in five has a common surname, the others a made-up one: names that autocomplete must tell apart.
  join vocab m on m.i = :nenglish + pg_temp.r(n, 12, 100000)
 cross join lateral (select case when pg_temp.r(n, 13, 5) = 0 then l.name else initcap(m.w) end as surname) sn
  join titles t on t.i = pg_temp.r(n, 8, :ntitles)
  join affiliations a on a.i = pg_temp.r(n, 9, :naffiliations)
  join staff_titles st on st.i = pg_temp.r(n, 10, :nstafftitles)
  join pool b on b.id = pg_temp.r(n, 11, :pool);

select pg_temp.done('people');

-- ------------------------------------------------------------ articles
-- What each article is made of, decided once so that every table below agrees.
create temp table art as
select n,
       md5('bench-article-' || n)::uuid as id,
       to_timestamp(:end_epoch - (:articles - n) * :step - pg_temp.r(n, 20, :step)) as published_at,
       8 + pg_temp.r(n, 21, 13) as nblocks,
       1 + (pg_temp.r(n, 22, 10) / 7) as nauthors,        -- 1, or 2 for 30%
       1 + pg_temp.r(n, 23, 4) as ntopics,
       2 + pg_temp.r(n, 24, 5) as npeople,
       1 + pg_temp.r(n, 25, 4) as nquotes,
       pg_temp.r(n, 26, 4) as nrelated,
       -- Skewed: the square of a uniform number picks low-numbered people far more often.
       floor(:others * power(pg_temp.r(n, 27, 1000000) / 1e6, 2))::integer as pbase
  from generate_series(1, :articles) n;
-- About half of an article's people are quoted, at least one.
alter table art add column nquoted integer;
update art set nquoted = (npeople + 1) / 2;
create unique index on art (n);
analyze art;

create temp table art_headline as
select a.n, string_agg(v.w, ' ' order by k) as words, string_agg(v.w, '-' order by k) as slug
  from art a
 cross join lateral generate_series(1, 5 + pg_temp.r(a.n, 28, 6)) as k
  join vocab v on v.i = pg_temp.zipf(a.n * 16 + k, 29, :nvocab)
 group by a.n;
create unique index on art_headline (n);

select pg_temp.done('article plan');

insert into image (id, url, width, height, alt_text, caption, credit, created_at, updated_at)
select md5('bench-image-' || a.n)::uuid,
       'https://images.modernmedia.example/bench/' || to_char(a.published_at, 'YYYY/MM') || '/' || a.n || '.jpg',
       2400, 1350, p.lead, c.lead, cr.credit, a.published_at, a.published_at
  from art a
  join pool p on p.id = pg_temp.r(a.n, 30, :pool)
  join pool c on c.id = pg_temp.r(a.n, 31, :pool)
  join credits cr on cr.i = pg_temp.r(a.n, 32, :ncredits)
 order by a.n;

select pg_temp.done('images');

-- ------------------------------------------------------------ links
-- The links go in before their articles, with triggers and foreign key checks off
-- (session_replication_role = replica): V14's triggers would otherwise rebuild every
-- article's search document once per link statement. V4's trigger would set
-- article_topic.public_at to the article's published_at; it is set here instead.
set session_replication_role = replica;

-- Authors are staff writers (people 1..staff); the second one differs from the first.
insert into article_author (article_id, person_id, position)
select a.id, md5('bench-person-' || (1 + x.k))::uuid, x.position
  from art a
 cross join lateral (values (0, pg_temp.r(a.n, 41, :staff)),
                            (1, (pg_temp.r(a.n, 41, :staff) + 1 + pg_temp.r(a.n, 42, :staff - 1)) % :staff))
       as x(position, k)
 where x.position < a.nauthors;

select pg_temp.done('article authors');

-- Topics k, k+37, k+74, k+111 (mod 200): distinct for up to 4.
insert into article_topic (article_id, topic_id, position, public_at)
select a.id, t.id, k, a.published_at
  from art a
 cross join lateral generate_series(0, a.ntopics - 1) as k
  join topic_ix t on t.ix = (pg_temp.r(a.n, 43, :ntopics) + k * 37) % :ntopics;

select pg_temp.done('article topics');

-- People from the non-staff range, spread a sixth of the range apart so that they are distinct;
-- the first ones are quoted, under the title and affiliation they have.
insert into article_person (article_id, person_id, position, role, title, affiliation)
select a.id, p.id, k, case when k < a.nquoted then 'quoted' else 'mentioned' end, p.title, p.affiliation
  from art a
 cross join lateral generate_series(0, a.npeople - 1) as k
  join person p on p.id = md5('bench-person-' || (:staff + 1 + (a.pbase + k * (:others / 6)) % :others))::uuid;

select pg_temp.done('article people');

-- Earlier articles, 1-50 apart: n - d, n - 2d, n - 3d while they exist.
insert into article_related (article_id, related_id, position)
select a.id, md5('bench-article-' || (a.n - (k + 1) * (1 + pg_temp.r(a.n, 44, 50))))::uuid, k
  from art a
 cross join lateral generate_series(0, a.nrelated - 1) as k
 where a.n - (k + 1) * (1 + pg_temp.r(a.n, 44, 50)) >= 1;

select pg_temp.done('article related');

-- Statistics first: without them the planner scans the link tables for every article's document.
analyze topic, person, article_topic, article_person;

-- Block i of article n is paragraph r(n * 32 + i, 40, pool) of the pool; the quotes below use the same formula.
-- The search document is made here, once, from links that are already in place: V14's article_search_document
-- without the body, joined with the body's paragraphs' vectors (weight C, as the function gives the body). It is
-- the function's document but for word positions after a paragraph that ends in stop words, which matter to
-- phrases that span two paragraphs only.
insert into article (id, slug, headline, dek, status, published_at, created_at, updated_at, revision, word_count,
                     hero_image_id, body, call_to_action, search_vector)
select x.id, x.slug, x.headline, x.dek, x.status, x.published_at, x.created_at, x.updated_at, x.revision, x.word_count,
       x.hero_image_id, x.body, x.call_to_action,
       article_search_document(x.id, x.headline, x.dek, '[]') || setweight(x.body_doc, 'C')
  from (
select a.id, h.slug || '-' || a.n as slug, upper(left(h.words, 1)) || substr(h.words, 2) as headline, d.lead as dek,
       'published' as status, a.published_at, a.published_at - interval '3 hours' as created_at,
       a.published_at + make_interval(mins => pg_temp.r(a.n, 33, 50)) as updated_at, 1 as revision, b.word_count,
       md5('bench-image-' || a.n)::uuid as hero_image_id, b.body,
       case when pg_temp.r(a.n, 34, 5) = 0
            then jsonb_build_object('kind', 'newsletter', 'text', 'Sign up for the weekly newsletter',
                                    'url', 'https://www.modernmedia.example/newsletter') end as call_to_action,
       b.body_doc
  from art a
  join art_headline h on h.n = a.n
  join pool d on d.id = pg_temp.r(a.n, 35, :pool)
 cross join lateral (
        select jsonb_agg(jsonb_build_object('type', 'paragraph', 'text', p.text) order by i) as body,
               sum(p.nwords)::integer as word_count, pg_temp.tsv_agg(p.doc order by i) as body_doc
          from generate_series(0, a.nblocks - 1) as i
          join pool p on p.id = pg_temp.r(a.n * 32 + i, 40, :pool)) b
 order by a.n) x;

-- Triggers and foreign key checks back on for the quotes, whose articles now exist.
set session_replication_role = origin;

select pg_temp.done('articles');

-- Quote j stands in block (2j+1)*blocks/(2*quotes): spread over the body, in reading order,
-- said by the article's quoted person j mod quoted, under the title they were quoted under.
insert into quote (id, text, person_id, article_id, block_index, position, title, affiliation, created_at, updated_at)
select md5('bench-quote-' || a.n || '-' || j)::uuid, p.quote, ap.person_id, a.id, b.block_index, j,
       ap.title, ap.affiliation, a.published_at, a.published_at
  from art a
 cross join lateral generate_series(0, a.nquotes - 1) as j
 cross join lateral (select (2 * j + 1) * a.nblocks / (2 * a.nquotes) as block_index) b
  join pool p on p.id = pg_temp.r(a.n * 32 + b.block_index, 40, :pool)
  join article_person ap on ap.article_id = a.id and ap.position = j % a.nquoted;

select pg_temp.done('quotes');

-- Each article asks for its stored document (V19), as a write through the change log does: the service renders
-- them after it starts (bench/run.sh waits for that).
insert into stored_document (kind, id) select 'article', id from article on conflict do nothing;
select pg_temp.done('documents asked for');

-- Fresh statistics and visibility maps, as a database in service would have.
vacuum (analyze) image, person, topic, article, article_author, article_topic, article_person, article_related,
    article_image, quote, slug_redirect, stored_document;
select pg_temp.done('vacuum analyze');

\pset tuples_only off
\pset format aligned

select (select count(*) from article) as articles, (select count(*) from person) as people,
       (select count(*) from topic) as topics, (select count(*) from quote) as quotes,
       (select count(*) from article_person) as article_people,
       (select round(avg(word_count)) from article) as avg_words,
       pg_size_pretty(sum(pg_total_relation_size(c.oid))) as size
  from pg_class c join pg_namespace s on s.oid = c.relnamespace
 where s.nspname = :'schema' and c.relkind = 'r';
