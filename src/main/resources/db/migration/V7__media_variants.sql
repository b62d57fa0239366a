-- Uploaded media: images (re-encoded, with smaller copies for responsive srcset) and files (PDF, Word, …).
-- kind: IMAGE has width, height and alt text; FILE has neither. original_name is the uploader's file name, kept
-- for the library only (the stored file is named by the application). uploaded_by is an account id, without a
-- foreign key so media does not depend on the accounts table. search_text is alt text, caption, credit and name
-- folded (no tones, "đ" as "d", lower case) so "hoi nghi" finds "Hội nghị" on H2 and PostgreSQL alike; rows
-- stored before this migration get it at start-up.
ALTER TABLE media ADD COLUMN kind VARCHAR(10) DEFAULT 'IMAGE' NOT NULL;
ALTER TABLE media ADD COLUMN original_name VARCHAR(255);
ALTER TABLE media ADD COLUMN uploaded_by BIGINT;
ALTER TABLE media ADD COLUMN search_text VARCHAR(2000);
ALTER TABLE media ALTER COLUMN alt_text DROP NOT NULL;
ALTER TABLE media ADD CONSTRAINT media_kind CHECK (kind IN ('IMAGE', 'FILE'));
ALTER TABLE media ADD CONSTRAINT media_image_has_alt CHECK (kind = 'FILE' OR alt_text IS NOT NULL);
CREATE INDEX media_newest ON media (created_at, id);
CREATE INDEX media_by_kind ON media (kind, created_at, id);
-- What delete checks: is the media still used by an article?
CREATE INDEX media_used_in_article ON article_media (media_id);
CREATE INDEX media_used_as_cover ON article (cover_media_id);

-- Smaller copies of an image, one per configured width narrower than the original (never enlarged).
CREATE TABLE media_variant (
    media_id    BIGINT       NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    storage_key VARCHAR(500) NOT NULL UNIQUE,
    byte_size   BIGINT       NOT NULL,
    PRIMARY KEY (media_id, width)
);
