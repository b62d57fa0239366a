-- Registered documents that an article body mentions by type and symbol ("Kế hoạch số 14-KH/ĐU"). Derived from
-- the bodies: written when an article is stored, and for a document when it is registered (older articles may
-- mention it). The document page lists these articles together with those registered with it (document_id).
CREATE TABLE article_document_mention (
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    document_id BIGINT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, document_id)
);
CREATE INDEX article_document_mention_by_document ON article_document_mention (document_id);
