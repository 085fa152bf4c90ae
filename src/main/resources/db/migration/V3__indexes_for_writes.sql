-- Indexes for queries the write API makes that V2 left without one.

-- GET /admin/audit?targetId=: one resource's entries, newest first.
create index audit_log_target_idx on audit_log (target_id, id desc);

-- Deleting an image checks whether an article shows it as hero or a person as picture.
create index article_hero_image_idx on article (hero_image_id) where hero_image_id is not null;
create index person_image_idx on person (image_id) where image_id is not null;
