package vn.toasoan.document;

import static vn.toasoan.SqlValues.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    /** An attachment row with what serving the file needs. */
    record Stored(Attachment attachment, String storageKey) {
    }

    private static final String COLUMNS = """
            SELECT t.id, t.document_id, t.file_name, t.content_type, t.byte_size, t.storage_key, d.slug
            FROM document_attachment t JOIN document d ON d.id = t.document_id
            """;

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long documentId, String fileName, String contentType, long byteSize, String storageKey, String text,
            String foldedText, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document_attachment (document_id, file_name, content_type, byte_size, storage_key,
                                                 extracted_text, folded_text, created_at)
                VALUES (:documentId, :fileName, :contentType, :byteSize, :storageKey, :text, :folded, :now)""")
                .param("documentId", documentId).param("fileName", fileName).param("contentType", contentType)
                .param("byteSize", byteSize).param("storageKey", storageKey).param("text", text)
                .param("folded", foldedText).param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<Attachment> ofDocument(long documentId) {
        return jdbc.sql(COLUMNS + " WHERE t.document_id = :documentId ORDER BY t.id")
                .param("documentId", documentId).query((rs, row) -> map(rs).attachment()).list();
    }

    Optional<Stored> find(String documentSlug, long id) {
        return jdbc.sql(COLUMNS + " WHERE d.slug = :slug AND t.id = :id").param("slug", documentSlug).param("id", id)
                .query((rs, row) -> map(rs)).optional();
    }

    /** The texts extracted from a document's files, in the order they were attached. */
    List<String> textsOfDocument(long documentId) {
        return jdbc.sql("SELECT extracted_text FROM document_attachment WHERE document_id = :documentId ORDER BY id")
                .param("documentId", documentId).query(String.class).list();
    }

    Optional<String> text(long id) {
        return jdbc.sql("SELECT extracted_text FROM document_attachment WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** The attachment {@code id} if it belongs to the document. */
    Optional<Stored> findInDocument(long documentId, long id) {
        return jdbc.sql(COLUMNS + " WHERE t.document_id = :documentId AND t.id = :id")
                .param("documentId", documentId).param("id", id).query((rs, row) -> map(rs)).optional();
    }

    /** Where the files attached to a document are stored. */
    List<String> storageKeysOfDocument(long documentId) {
        return jdbc.sql("SELECT DISTINCT storage_key FROM document_attachment WHERE document_id = :documentId")
                .param("documentId", documentId).query(String.class).list();
    }

    /** Whether any attachment, of any document, is stored under this key: the same bytes are stored once. */
    boolean names(String storageKey) {
        return jdbc.sql("SELECT COUNT(*) FROM document_attachment WHERE storage_key = :key")
                .param("key", storageKey).query(Long.class).single() > 0;
    }

    /**
     * Removes the attachment from its document. The bytes stay on disk until the caller removes them after its
     * commit ({@link AttachmentStore#deleteUnlessNamed}).
     */
    int delete(long documentId, long id) {
        return jdbc.sql("DELETE FROM document_attachment WHERE document_id = :documentId AND id = :id")
                .param("documentId", documentId).param("id", id).update();
    }

    private static Stored map(java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong("id");
        return new Stored(new Attachment(id, rs.getLong("document_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("byte_size"),
                "/van-ban/" + rs.getString("slug") + "/tep/" + id), rs.getString("storage_key"));
    }
}
