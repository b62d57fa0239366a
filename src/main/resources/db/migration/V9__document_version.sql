-- Documents edited in the newsroom: a version for optimistic locking (two editors saving the same document must
-- not silently overwrite each other) and the time of the last change.
ALTER TABLE document ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE document ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
UPDATE document SET updated_at = created_at;
