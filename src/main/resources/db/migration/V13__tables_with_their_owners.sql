-- Each feature writes only its own tables. What lived in another feature's table moves to a table of its owner,
-- with the values it had.

-- Article views are counted by the statistics, which write only their own tables: the counts leave the article
-- table. A row goes with its article (ON DELETE CASCADE); an article without a row has no views yet.
CREATE TABLE article_view_count (
    article_id BIGINT NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    views      BIGINT NOT NULL
);
CREATE INDEX article_view_count_most ON article_view_count (views);
INSERT INTO article_view_count (article_id, views) SELECT id, view_count FROM article WHERE view_count > 0;
DROP INDEX article_most_read;
ALTER TABLE article DROP COLUMN view_count;

-- The words before the banner items ("Nhiệt liệt chào mừng kỷ niệm"): one row, or none for no lead.
CREATE TABLE banner_lead (
    id        INT           NOT NULL PRIMARY KEY,
    lead_text VARCHAR(4000) NOT NULL,
    CONSTRAINT banner_lead_one_row CHECK (id = 1)
);
INSERT INTO banner_lead (id, lead_text) SELECT 1, setting_value FROM site_setting WHERE name = 'banner.lead';
DELETE FROM site_setting WHERE name = 'banner.lead';

-- One-off catch-up work of the article feature that has been done on this database, by name: the mentions of
-- registered documents found in the bodies stored before V4 ("document-mentions").
CREATE TABLE article_backfill (
    name    VARCHAR(100) NOT NULL PRIMARY KEY,
    done_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO article_backfill (name, done_at)
SELECT 'document-mentions', CURRENT_TIMESTAMP FROM site_setting WHERE name = 'article.document-mentions-recorded';
DELETE FROM site_setting WHERE name = 'article.document-mentions-recorded';

-- Published for a later time and not yet announced as gone live. Set by the publish action when its time is in
-- the future, cleared by the one announcement (ScheduledPublications) or by any other move of the article: an
-- article published "now" or back-dated is never announced as gone live. Articles waiting for their time today
-- were scheduled.
ALTER TABLE article ADD COLUMN scheduled BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE article SET scheduled = TRUE WHERE status = 'PUBLISHED' AND published_at > CURRENT_TIMESTAMP;
CREATE INDEX article_scheduled ON article (scheduled, published_at);
