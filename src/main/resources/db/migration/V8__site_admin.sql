-- The rest of the site, managed in the newsroom: categories keep their old addresses, the audit log is read by
-- action and by person.

-- A category's earlier slugs: /chuyen-muc/<old> answers 301 to the category's current address. A slug taken
-- again by a category (the same or another) leaves this table, so a live address always wins.
CREATE TABLE category_old_slug (
    slug        VARCHAR(200) PRIMARY KEY,
    category_id BIGINT       NOT NULL REFERENCES category (id) ON DELETE CASCADE,
    replaced_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX category_old_slug_by_category ON category_old_slug (category_id);

CREATE INDEX audit_event_by_action ON audit_event (action, occurred_at);
CREATE INDEX audit_event_by_actor ON audit_event (actor_id, occurred_at);
