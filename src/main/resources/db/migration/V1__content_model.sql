-- The content model of the magazine: images, people, topics, articles and the
-- quotes inside them. Checks and foreign keys stop bad data here too, not only
-- in the API; every query the API makes has an index below.

create table image (
    id          uuid primary key,
    url         text not null check (url ~ '^https?://' and length(url) <= 2048),
    width       integer check (width > 0),
    height      integer check (height > 0),
    alt_text    text not null default '' check (length(alt_text) <= 500),
    caption     text check (length(caption) <= 2000),
    credit      text check (length(credit) <= 500),
    created_at  timestamptz not null default now()
);

create table person (
    id           uuid primary key,
    slug         text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 200),
    name         text not null check (length(btrim(name)) between 1 and 200),
    honorific    text check (length(honorific) <= 50),
    bio          text check (length(bio) <= 2000),
    title        text check (length(title) <= 300),
    affiliation  text check (length(affiliation) <= 300),
    image_id     uuid references image (id),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
-- GET /people is ordered by name, keyset on (name, id).
create index person_name_id_idx on person (name, id);

create table topic (
    id           uuid primary key,
    slug         text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 200),
    name         text not null check (length(btrim(name)) between 1 and 200),
    description  text check (length(description) <= 2000),
    parent_id    uuid references topic (id) check (parent_id <> id),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
-- GET /topics is ordered by name, keyset on (name, id); children by parent.
create index topic_name_id_idx on topic (name, id);
create index topic_parent_idx on topic (parent_id);

create table article (
    id              uuid primary key,
    slug            text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 200),
    headline        text not null check (length(btrim(headline)) between 1 and 300),
    dek             text check (length(dek) <= 600),
    status          text not null check (status in ('draft', 'scheduled', 'published', 'unpublished')),
    published_at    timestamptz,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    revision        integer not null default 1 check (revision >= 1),
    word_count      integer not null default 0 check (word_count >= 0),
    hero_image_id   uuid references image (id),
    body            jsonb not null default '[]' check (jsonb_typeof(body) = 'array'),
    call_to_action  jsonb check (call_to_action is null or jsonb_typeof(call_to_action) = 'object'),
    -- Published and scheduled articles need the time they go (or went) public.
    check (status not in ('published', 'scheduled') or published_at is not null)
);
-- The public lists: visible articles newest first, keyset on (published_at, id).
-- A scheduled article is public once its time has come, so both statuses are in.
create index article_public_feed_idx on article (published_at desc, id desc)
    where status in ('published', 'scheduled');

create table article_author (
    article_id  uuid not null references article (id) on delete cascade,
    person_id   uuid not null references person (id),
    position    integer not null check (position >= 0),
    primary key (article_id, position),
    unique (article_id, person_id)
);
create index article_author_person_idx on article_author (person_id, article_id);

create table article_topic (
    article_id  uuid not null references article (id) on delete cascade,
    topic_id    uuid not null references topic (id),
    position    integer not null check (position >= 0),
    primary key (article_id, position),
    unique (article_id, topic_id)
);
create index article_topic_topic_idx on article_topic (topic_id, article_id);

create table article_related (
    article_id  uuid not null references article (id) on delete cascade,
    related_id  uuid not null references article (id),
    position    integer not null check (position >= 0),
    primary key (article_id, position),
    unique (article_id, related_id),
    check (article_id <> related_id)
);
create index article_related_related_idx on article_related (related_id);

-- The people in an article other than its authors: quoted sources, with the
-- title and affiliation they were quoted under, and people only mentioned.
create table article_person (
    article_id   uuid not null references article (id) on delete cascade,
    person_id    uuid not null references person (id),
    position     integer not null check (position >= 0),
    role         text not null check (role in ('quoted', 'mentioned')),
    title        text check (length(title) <= 300),
    affiliation  text check (length(affiliation) <= 300),
    primary key (article_id, position),
    unique (article_id, person_id)
);
create index article_person_person_idx on article_person (person_id, role, article_id);

-- Images an article's body shows, kept in step with its image blocks so that
-- an image in use cannot be deleted from under it.
create table article_image (
    article_id  uuid not null references article (id) on delete cascade,
    image_id    uuid not null references image (id),
    primary key (article_id, image_id)
);
create index article_image_image_idx on article_image (image_id);

create table quote (
    id           uuid primary key,
    text         text not null check (length(btrim(text)) between 1 and 5000),
    person_id    uuid not null references person (id),
    article_id   uuid not null references article (id) on delete cascade,
    -- Index of the body block the words stand in, and the quote's order in the article.
    block_index  integer not null check (block_index >= 0),
    position     integer not null check (position >= 0),
    title        text check (length(title) <= 300),
    affiliation  text check (length(affiliation) <= 300),
    created_at   timestamptz not null default now(),
    unique (article_id, position)
);
create index quote_person_idx on quote (person_id, article_id);

-- Old slugs keep answering with a 301 to the resource's current slug.
create table slug_redirect (
    kind        text not null check (kind in ('article', 'person', 'topic')),
    old_slug    text not null,
    target_id   uuid not null,
    created_at  timestamptz not null default now(),
    primary key (kind, old_slug)
);
