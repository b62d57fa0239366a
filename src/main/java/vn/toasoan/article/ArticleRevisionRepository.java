package vn.toasoan.article;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.utc;
import static vn.toasoan.article.ArticleRepository.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.toasoan.account.Actor;

@Repository
class ArticleRevisionRepository {

    private final JdbcClient jdbc;

    ArticleRevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the article as it now stands in the database as its next revision. */
    int keep(long articleId, Actor actor, String note, Instant now) {
        int number = jdbc.sql("SELECT COALESCE(MAX(revision_no), 0) + 1 FROM article_revision WHERE article_id = :id")
                .param("id", articleId).query(Integer.class).single();
        String tags = String.join(", ", jdbc.sql("""
                SELECT t.name FROM article_tag atg JOIN tag t ON t.id = atg.tag_id WHERE atg.article_id = :id
                ORDER BY atg.position""").param("id", articleId).query(String.class).list());
        String extra = String.join(",", jdbc.sql(
                "SELECT category_id FROM article_category WHERE article_id = :id ORDER BY category_id")
                .param("id", articleId).query(Long.class).list().stream().map(String::valueOf).toList());
        jdbc.sql("""
                INSERT INTO article_revision (article_id, revision_no, saved_by, saved_by_name, saved_at, note, title,
                                              slug, sapo, body_html, byline, category_id, cover_media_id, document_id,
                                              featured, status, tags, extra_category_ids)
                SELECT id, :number, :savedBy, :savedByName, :now, :note, title, slug, sapo, body_html, byline,
                       category_id, cover_media_id, document_id, featured, status, :tags, :extra
                FROM article WHERE id = :id""")
                .param("tags", tags)
                .param("extra", extra)
                .param("number", number)
                .param("savedBy", actor.id())
                .param("savedByName", actor.name())
                .param("now", utc(now))
                .param("note", note)
                .param("id", articleId)
                .update();
        return number;
    }

    /** Newest first, without bodies: the list a person chooses from. */
    List<ArticleRevision> list(long articleId) {
        return jdbc.sql("""
                SELECT article_id, revision_no, saved_by, saved_by_name, saved_at, note, title, slug, sapo,
                       '' AS body_html, byline, category_id, cover_media_id, document_id, featured, status, tags,
                       extra_category_ids
                FROM article_revision WHERE article_id = :id ORDER BY revision_no DESC""")
                .param("id", articleId).query(ArticleRevisionRepository::map).list();
    }

    Optional<ArticleRevision> find(long articleId, int number) {
        return jdbc.sql("SELECT * FROM article_revision WHERE article_id = :id AND revision_no = :number")
                .param("id", articleId).param("number", number).query(ArticleRevisionRepository::map).optional();
    }

    private static ArticleRevision map(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        String extra = rs.getString("extra_category_ids");
        return new ArticleRevision(rs.getLong("article_id"), rs.getInt("revision_no"), nullableLong(rs, "saved_by"),
                rs.getString("saved_by_name"), instant(rs, "saved_at"), rs.getString("note"), rs.getString("title"),
                rs.getString("slug"), rs.getString("sapo"), rs.getString("body_html"), rs.getString("byline"),
                nullableLong(rs, "category_id"), nullableLong(rs, "cover_media_id"), nullableLong(rs, "document_id"),
                rs.getBoolean("featured"), ArticleStatus.valueOf(rs.getString("status")),
                tags == null ? null : TagNames.parse(tags),
                extra == null ? null : Arrays.stream(extra.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf)
                        .toList());
    }
}
