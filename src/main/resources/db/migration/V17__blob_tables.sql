-- Bytes of uploaded media and of files attached to documents, in cluster mode: every node reads them from here
-- (and keeps its own bounded disk cache). On one node they stay in the data directory (media/, documents/) and these
-- tables stay empty. One table per owning feature, with the columns vn.toasoan.blob.DatabaseBlobStore reads.
-- BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2, so the migration runs on both.
CREATE TABLE media_blob (
    storage_key VARCHAR(300)             NOT NULL PRIMARY KEY,
    byte_size   BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content     BYTEA                    NOT NULL
);

CREATE TABLE attachment_blob (
    storage_key VARCHAR(300)             NOT NULL PRIMARY KEY,
    byte_size   BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    content     BYTEA                    NOT NULL
);
