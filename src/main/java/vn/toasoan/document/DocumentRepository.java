package vn.toasoan.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

    long insert(NewDocument d, String slug, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document (symbol, number, issued_year, type_code, issuer_code, doc_type, issuing_body, issued_on,
                                      signer, summary, effective_on, slug, created_at)
                VALUES (:symbol, :number, :year, :typeCode, :issuerCode, :docType, :issuingBody, :issuedOn,
                        :signer, :summary, :effectiveOn, :slug, :now)""")
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
                .param("slug", slug)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
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

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("symbol"), rs.getString("number"),
                (Integer) rs.getObject("issued_year"), rs.getString("type_code"), rs.getString("issuer_code"),
                rs.getString("doc_type"), rs.getString("issuing_body"), rs.getObject("issued_on", LocalDate.class),
                rs.getString("signer"), rs.getString("summary"), rs.getObject("effective_on", LocalDate.class),
                rs.getString("slug"));
    }
}
