package vn.toasoan.article;


import static vn.toasoan.SqlValues.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The newsroom's writes to articles: every update names the version it read, so nobody overwrites anybody. */
@Repository
class ArticleDeskRepository {

    private final JdbcClient jdbc;

    ArticleDeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(NewArticle a, String slug, String body, Long authorId, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        withFields(jdbc.sql("""
                INSERT INTO article (kind, category_id, title, slug, sapo, body_html, cover_media_id, byline, status,
                                     featured, document_id, author_id, created_at, updated_at)
                VALUES (:kind, :categoryId, :title, :slug, :sapo, :body, :cover, :byline, 'DRAFT',
                        :featured, :documentId, :authorId, :now, :now)"""), a, slug, body, now)
                .param("authorId", authorId)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The article's own columns, shared by INSERT and UPDATE. */
    private static JdbcClient.StatementSpec withFields(JdbcClient.StatementSpec statement, NewArticle a, String slug,
            String body, Instant now) {
        return statement
                .param("kind", a.kind().name())
                .param("categoryId", a.categoryId())
                .param("title", a.title())
                .param("slug", slug)
                .param("sapo", a.sapo())
                .param("body", body)
                .param("cover", a.coverMediaId())
                .param("byline", a.byline())
                .param("featured", a.featured())
                .param("documentId", a.documentId())
                .param("now", utc(now));
    }

    /** Rows changed: 0 when someone saved since {@code version} was read. */
    int update(long id, int version, NewArticle a, String slug, String body, Instant now) {
        return withFields(jdbc.sql("""
                UPDATE article SET kind = :kind, category_id = :categoryId, title = :title, slug = :slug,
                       sapo = :sapo, body_html = :body, cover_media_id = :cover, byline = :byline,
                       featured = :featured, document_id = :documentId, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version"""), a, slug, body, now)
                .param("id", id)
                .param("version", version)
                .update();
    }

    /**
     * Moves the article to {@code status}; a null publication time keeps the stored one. Published for a time after
     * {@code now}, the article is scheduled: it is announced once when its time comes ({@link #dueScheduled}); any
     * other move ends that wait.
     */
    int transition(long id, int version, ArticleStatus status, Instant publishedAt, String returnReason,
            Instant now) {
        boolean scheduled = status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
        return jdbc.sql("""
                UPDATE article SET status = :status, published_at = COALESCE(:publishedAt, published_at),
                       scheduled = :scheduled, return_reason = :reason, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", status.name())
                .param("publishedAt", publishedAt == null ? null : utc(publishedAt))
                .param("scheduled", scheduled)
                .param("reason", returnReason)
                .param("now", utc(now))
                .param("id", id)
                .param("version", version)
                .update();
    }

    int delete(long id, int version) {
        jdbc.sql("DELETE FROM article_document_mention WHERE article_id = :id").param("id", id).update();
        return jdbc.sql("DELETE FROM article WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update();
    }

    boolean slugTakenByAnother(String slug, Long id) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", id == null ? -1L : id).query(Long.class).single() > 0;
    }

    /** An article that has just reached readers, as the audit log names it. */
    record WentLive(long id, String title) {
    }

    /** Scheduled articles whose time has come ({@code upTo} or earlier), not yet announced. */
    List<WentLive> dueScheduled(Instant upTo) {
        return jdbc.sql("""
                SELECT id, title FROM article
                WHERE scheduled = TRUE AND status = 'PUBLISHED' AND published_at <= :upTo
                ORDER BY published_at, id""")
                .param("upTo", utc(upTo))
                .query((rs, row) -> new WentLive(rs.getLong("id"), rs.getString("title"))).list();
    }

    /**
     * Ends the wait of a scheduled article whose time has come, so it is announced once: false when another
     * announcement (another node), an unpublish or a new time came first. The version stays: an editor's open form
     * still saves.
     */
    boolean markAnnounced(long id, Instant upTo) {
        return jdbc.sql("""
                UPDATE article SET scheduled = FALSE
                WHERE id = :id AND scheduled = TRUE AND status = 'PUBLISHED' AND published_at <= :upTo""")
                .param("id", id).param("upTo", utc(upTo)).update() == 1;
    }

    /** The columns of an article without its body, for lists. */
    private static final String LISTED = """
            SELECT a.id, a.kind, a.category_id, a.title, a.slug, a.sapo, '' AS body_html, a.cover_media_id, a.byline,
                   a.status, a.featured, a.published_at, a.document_id, COALESCE(v.views, 0) AS view_count, a.version,
                   a.created_at, a.updated_at, a.author_id, a.return_reason
            FROM article a""" + ArticleRepository.VIEWS;

    List<Article> listed(ArticleStatus status, Long authorId, int limit, long offset) {
        return jdbc.sql(LISTED + listedWhere(status, authorId)
                        + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(listedParams(status, authorId)).param("limit", limit).param("offset", offset)
                .query(ArticleRepository::mapArticle).list();
    }

    long countListed(ArticleStatus status, Long authorId) {
        return jdbc.sql("SELECT COUNT(*) FROM article a" + listedWhere(status, authorId))
                .params(listedParams(status, authorId)).query(Long.class).single();
    }

    private static String listedWhere(ArticleStatus status, Long authorId) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("a.status = :status");
        }
        if (authorId != null) {
            conditions.add("a.author_id = :authorId");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static Map<String, Object> listedParams(ArticleStatus status, Long authorId) {
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            params.put("status", status.name());
        }
        if (authorId != null) {
            params.put("authorId", authorId);
        }
        return params;
    }
}
