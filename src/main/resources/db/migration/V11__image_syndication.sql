-- An image's own syndication rights: one not cleared (an agency picture licensed to the magazine only) is
-- left out of what partners receive; the articles that show it still go, without it.
alter table image add column syndication_cleared boolean not null default true;
