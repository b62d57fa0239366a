package vn.toasoan.document;

import static vn.toasoan.SqlValues.likeLiteral;
import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewDocument d, String slug, String symbolKey, String searchText, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        withFields(jdbc.sql("""
                INSERT INTO document (symbol, number, issued_year, type_code, issuer_code, doc_type, issuing_body, issued_on,
                                      signer, summary, effective_on, slug, symbol_key, search_text, created_at,
                                      updated_at)
                VALUES (:symbol, :number, :year, :typeCode, :issuerCode, :docType, :issuingBody, :issuedOn,
                        :signer, :summary, :effectiveOn, :slug, :symbolKey, :searchText, :now, :now)"""),
                d, symbolKey, searchText, now)
                .param("slug", slug)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The document's own columns, shared by INSERT and UPDATE. */
    private static JdbcClient.StatementSpec withFields(JdbcClient.StatementSpec statement, NewDocument d,
            String symbolKey, String searchText, Instant now) {
        return statement
                .param("symbol", d.symbol())
                .param("number", d.number())
                .param("year", d.year())
                .param("typeCode", d.typeCode())
                .param("issuerCode", d.issuerCode())
                .param("docType", d.docType())
                .param("issuingBody", d.issuingBody())
                .param("issuedOn", d.issuedOn())
                .param("signer", d.signer())
                .param("summary", d.summary())
                .param("effectiveOn", d.effectiveOn())
                .param("symbolKey", symbolKey)
                .param("searchText", searchText)
                .param("now", utc(now));
    }

    Optional<Document> findById(long id) {
        return jdbc.sql("SELECT * FROM document WHERE id = :id").param("id", id).query(DocumentRepository::map)
                .optional();
    }

    Optional<Document> findBySlug(String slug) {
        return jdbc.sql("SELECT * FROM document WHERE slug = :slug").param("slug", slug)
                .query(DocumentRepository::map).optional();
    }

    List<Document> latest(int limit, int offset) {
        return jdbc.sql("SELECT * FROM document ORDER BY issued_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(DocumentRepository::map).list();
    }

    /** Up to {@code limit} documents with an id above {@code afterId}, by id: for reading them all in batches. */
    List<Document> afterId(long afterId, int limit) {
        return jdbc.sql("SELECT * FROM document WHERE id > :afterId ORDER BY id LIMIT :limit")
                .param("afterId", afterId).param("limit", limit).query(DocumentRepository::map).list();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM document WHERE slug = :slug").param("slug", slug).query(Long.class)
                .single() > 0;
    }

    /** Whether another document than {@code exceptId} (any, when null) has this identity. */
    boolean existsOther(String symbol, String issuingBody, LocalDate issuedOn, Long exceptId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM document
                WHERE symbol = :symbol AND issuing_body = :issuingBody AND issued_on = :issuedOn AND id <> :exceptId""")
                .param("symbol", symbol).param("issuingBody", issuingBody).param("issuedOn", issuedOn)
                .param("exceptId", exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    /** The most recent document with this symbol key: numbers restart, and a mention means the latest. */
    Optional<Document> latestByKey(String symbolKey) {
        return jdbc.sql("SELECT * FROM document WHERE symbol_key = :key ORDER BY issued_on DESC, id DESC LIMIT 1")
                .param("key", symbolKey).query(DocumentRepository::map).optional();
    }

    List<Document> search(DocumentFilter filter, List<String> foldedWords, int limit, long offset) {
        Where where = where(filter, foldedWords);
        return jdbc.sql("SELECT * FROM document" + where.sql + " ORDER BY issued_on DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", limit).param("offset", offset)
                .query(DocumentRepository::map).list();
    }

    long count(DocumentFilter filter, List<String> foldedWords) {
        Where where = where(filter, foldedWords);
        return jdbc.sql("SELECT COUNT(*) FROM document" + where.sql).params(where.params).query(Long.class).single();
    }

    List<String> docTypes() {
        return jdbc.sql("SELECT DISTINCT doc_type FROM document").query(String.class).list();
    }

    List<String> issuingBodies() {
        return jdbc.sql("SELECT DISTINCT issuing_body FROM document").query(String.class).list();
    }

    List<LocalDate> issueDates() {
        return jdbc.sql("SELECT DISTINCT issued_on FROM document").query(LocalDate.class).list();
    }

    /** Rows written before the lookup columns existed (V2), or by hand. */
    List<Document> missingLookup() {
        return jdbc.sql("SELECT * FROM document WHERE symbol_key IS NULL OR search_text IS NULL")
                .query(DocumentRepository::map).list();
    }

    void setLookup(long id, String symbolKey, String searchText) {
        jdbc.sql("UPDATE document SET symbol_key = :key, search_text = :text WHERE id = :id")
                .param("key", symbolKey).param("text", searchText).param("id", id).update();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(DocumentFilter filter, List<String> foldedWords) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.docType() != null) {
            conditions.add("doc_type = :docType");
            params.put("docType", filter.docType());
        }
        if (filter.issuingBody() != null) {
            conditions.add("issuing_body = :issuingBody");
            params.put("issuingBody", filter.issuingBody());
        }
        if (filter.year() != null) {
            // A date range rather than EXTRACT(YEAR …): portable and able to use the index on issued_on.
            conditions.add("issued_on >= :yearStart AND issued_on < :yearEnd");
            params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(filter.year() + 1, 1, 1));
        }
        for (int i = 0; i < foldedWords.size(); i++) {
            // A word may be in the document's own fields or in the text of one of its attached files.
            conditions.add("(search_text LIKE :word" + i + " ESCAPE '\\' OR EXISTS (SELECT 1 FROM document_attachment t"
                    + " WHERE t.document_id = document.id AND t.folded_text LIKE :word" + i + " ESCAPE '\\'))");
            params.put("word" + i, "%" + likeLiteral(foldedWords.get(i)) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("symbol"), rs.getString("number"),
                (Integer) rs.getObject("issued_year"), rs.getString("type_code"), rs.getString("issuer_code"),
                rs.getString("doc_type"), rs.getString("issuing_body"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("signer"), rs.getString("summary"), rs.getObject("effective_on", LocalDate.class),
                rs.getString("slug"), rs.getInt("version"));
    }

    // ---- Newsroom edits ----

    /**
     * Saves an edit if nobody saved the document since {@code version} was read; the slug (its public address)
     * stays.
     *
     * @return the rows changed: 0 when the document is gone or was changed meanwhile
     */
    int update(long id, int version, NewDocument d, String symbolKey, String searchText, Instant now) {
        return withFields(jdbc.sql("""
                UPDATE document SET symbol = :symbol, number = :number, issued_year = :year, type_code = :typeCode,
                       issuer_code = :issuerCode, doc_type = :docType, issuing_body = :issuingBody,
                       issued_on = :issuedOn, signer = :signer, summary = :summary, effective_on = :effectiveOn,
                       symbol_key = :symbolKey, search_text = :searchText, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version"""), d, symbolKey, searchText, now)
                .param("id", id)
                .param("version", version)
                .update();
    }

    /**
     * Deletes the document if it is still at {@code version}; its attachment rows and recorded mentions go with it
     * (ON DELETE CASCADE), the attached files on disk stay for the caller to remove after its commit.
     */
    int delete(long id, int version) {
        return jdbc.sql("DELETE FROM document WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update();
    }
}
