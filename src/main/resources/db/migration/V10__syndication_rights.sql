-- Syndication rights: what partners' keys may see of an article, where and when. The public is not
-- affected. An article is open to every partner unless these say otherwise.
alter table article
    add column syndication_allowed    boolean not null default true,
    -- Key names of the partners it is limited to; empty: every partner.
    add column syndication_partners   varchar[] not null default '{}',
    -- ISO 3166-1 alpha-2 regions it is limited to; empty: every region.
    add column syndication_regions    varchar[] not null default '{}',
    add column embargo_until          timestamptz,
    add column syndication_expires_at timestamptz,
    -- The last time the service logged that an embargo ended or the rights expired (RightsTransitions),
    -- so that partners' syncs learn of changes that come with time alone.
    add column rights_announced_at    timestamptz,
    add constraint article_embargo_before_expiry check (embargo_until is null or syndication_expires_at is null
                                                        or embargo_until < syndication_expires_at);

-- The job finds public articles whose embargo or rights ended since it last announced them.
create index article_embargo_idx on article (embargo_until) where embargo_until is not null and deleted_at is null;
create index article_rights_expiry_idx on article (syndication_expires_at)
    where syndication_expires_at is not null and deleted_at is null;

-- A partner's region, which articles limited to regions are matched against.
alter table api_key add column region text check (region ~ '^[A-Z]{2}$');
