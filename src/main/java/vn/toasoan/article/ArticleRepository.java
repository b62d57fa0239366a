package vn.toasoan.article;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.likeLiteral;
import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.toasoan.media.MediaRef;

@Repository
class ArticleRepository {

    /**
     * An article's views, counted by the statistics in their own table: read here, never written (a read-only join
     * named in the table ownership test's list, as are the category and cover joins of {@link #SUMMARY}).
     */
    static final String VIEWS = " LEFT JOIN article_view_count v ON v.article_id = a.id ";

    /** Every column of an article with its views, for {@link #mapArticle}. */
    static final String ARTICLE = "SELECT a.*, COALESCE(v.views, 0) AS view_count FROM article a" + VIEWS;

    private static final String SUMMARY = """
            SELECT a.id, a.kind, a.title, a.slug, a.sapo, a.published_at, a.category_id,
                   COALESCE(v.views, 0) AS view_count,
                   c.name AS category_name, c.slug AS category_slug,
                   m.storage_key, m.alt_text, m.width, m.height
            FROM article a
            LEFT JOIN category c ON c.id = a.category_id
            LEFT JOIN media m ON m.id = a.cover_media_id
            """ + VIEWS;

    /** Visible to readers: published, and the publication time has come (scheduled ones wait). */
    private static final String VISIBLE = " a.status = 'PUBLISHED' AND a.published_at <= :now ";

    /** In one of the categories as its main category or as an extra one. */
    private static final String IN_CATEGORIES = " (a.category_id IN (:ids) OR a.id IN (SELECT ac.article_id FROM"
            + " article_category ac WHERE ac.category_id IN (:ids))) ";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> findById(long id) {
        return jdbc.sql(ARTICLE + " WHERE a.id = :id").param("id", id).query(ArticleRepository::mapArticle)
                .optional();
    }

    long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single();
    }

    /** Keyset paging: the next {@code limit} published articles with an id above {@code afterId}. */
    List<Article> publishedAfter(long afterId, int limit) {
        return jdbc.sql(ARTICLE + " WHERE a.status = 'PUBLISHED' AND a.id > :after ORDER BY a.id LIMIT :limit")
                .param("after", afterId).param("limit", limit)
                .query(ArticleRepository::mapArticle).list();
    }

    List<Article> publishedInAfter(long categoryId, long afterId, int limit) {
        return jdbc.sql(ARTICLE + " WHERE a.status = 'PUBLISHED' AND a.category_id = :category AND a.id > :after"
                + " ORDER BY a.id LIMIT :limit")
                .param("category", categoryId).param("after", afterId).param("limit", limit)
                .query(ArticleRepository::mapArticle).list();
    }

    Optional<Article> findVisible(long id, Instant now) {
        return jdbc.sql(ARTICLE + " WHERE a.id = :id AND" + VISIBLE)
                .param("id", id).param("now", utc(now))
                .query(ArticleRepository::mapArticle).optional();
    }

    Optional<Article> findVisiblePage(String slug, Instant now) {
        return jdbc.sql(ARTICLE + " WHERE a.kind = 'PAGE' AND a.slug = :slug AND" + VISIBLE)
                .param("slug", slug).param("now", utc(now))
                .query(ArticleRepository::mapArticle).optional();
    }

    List<ArticleSummary> latest(Instant now, int limit, int offset) {
        return jdbc.sql(SUMMARY + " WHERE a.kind = 'ARTICLE' AND" + VISIBLE
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("now", utc(now)).param("limit", limit).param("offset", offset)
                .query(ArticleRepository::mapSummary).list();
    }

    List<ArticleSummary> featured(Instant now, int limit) {
        return jdbc.sql(SUMMARY + " WHERE a.kind = 'ARTICLE' AND a.featured = TRUE AND" + VISIBLE
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
                .param("now", utc(now)).param("limit", limit)
                .query(ArticleRepository::mapSummary).list();
    }

    List<ArticleSummary> inCategories(Collection<Long> categoryIds, Instant now, int limit, long offset) {
        return jdbc.sql(SUMMARY + " WHERE a.kind = 'ARTICLE' AND" + IN_CATEGORIES + "AND" + VISIBLE
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("ids", categoryIds).param("now", utc(now)).param("limit", limit).param("offset", offset)
                .query(ArticleRepository::mapSummary).list();
    }

    long countInCategories(Collection<Long> categoryIds, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE a.kind = 'ARTICLE' AND" + IN_CATEGORIES + "AND"
                        + VISIBLE)
                .param("ids", categoryIds).param("now", utc(now))
                .query(Long.class).single();
    }

    List<ArticleSummary> tagged(long tagId, Instant now, int limit, long offset) {
        return jdbc.sql(SUMMARY + " WHERE a.id IN (SELECT atg.article_id FROM article_tag atg WHERE atg.tag_id = :tag)"
                        + " AND a.kind = 'ARTICLE' AND" + VISIBLE
                        + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("tag", tagId).param("now", utc(now)).param("limit", limit).param("offset", offset)
                .query(ArticleRepository::mapSummary).list();
    }

    long countTagged(long tagId, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM article a WHERE a.id IN (SELECT atg.article_id FROM article_tag atg"
                        + " WHERE atg.tag_id = :tag) AND a.kind = 'ARTICLE' AND" + VISIBLE)
                .param("tag", tagId).param("now", utc(now)).query(Long.class).single();
    }

    Map<Long, String> urls(Collection<Long> ids) {
        Map<Long, String> urls = new HashMap<>();
        jdbc.sql("SELECT id, kind, slug FROM article WHERE id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("id");
                    urls.put(id, ArticleUrls.of(ArticleKind.valueOf(rs.getString("kind")), rs.getString("slug"), id));
                });
        return urls;
    }

    List<StaticPage> pages() {
        return jdbc.sql("SELECT id, title, slug, status FROM article WHERE kind = 'PAGE' ORDER BY title, id")
                .query((rs, n) -> new StaticPage(rs.getLong("id"), rs.getString("title"),
                        ArticleUrls.of(ArticleKind.PAGE, rs.getString("slug"), rs.getLong("id")),
                        ArticleStatus.PUBLISHED.name().equals(rs.getString("status"))))
                .list();
    }

    /** An image of the media library, to show an article's cover in the newsroom. */
    Optional<MediaRef> image(long mediaId) {
        return jdbc.sql("SELECT storage_key, alt_text, width, height FROM media WHERE id = :id")
                .param("id", mediaId)
                .query((rs, row) -> new MediaRef(MediaRef.urlOf(rs.getString("storage_key")), rs.getString("alt_text"),
                        (Integer) rs.getObject("width"), (Integer) rs.getObject("height")))
                .optional();
    }

    /** The newest images of the media library, for the editor's pickers. */
    List<ImageChoice> recentImages(int limit) {
        return jdbc.sql("""
                SELECT id, storage_key, alt_text, caption FROM media WHERE kind = 'IMAGE'
                ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, row) -> {
                    String alt = rs.getString("alt_text");
                    String caption = rs.getString("caption");
                    String title = alt != null && !alt.isBlank() ? alt
                            : caption != null && !caption.isBlank() ? caption : "Ảnh " + rs.getLong("id");
                    return new ImageChoice(title, MediaRef.urlOf(rs.getString("storage_key")), rs.getLong("id"));
                })
                .list();
    }

    List<ArticleSummary> mostRead(Instant now, int limit) {
        return jdbc.sql(SUMMARY + " WHERE a.kind = 'ARTICLE' AND" + VISIBLE
                        + " ORDER BY COALESCE(v.views, 0) DESC, a.published_at DESC, a.id DESC LIMIT :limit")
                .param("now", utc(now)).param("limit", limit)
                .query(ArticleRepository::mapSummary).list();
    }

    /** Others in the same category, the newest first, the article itself excluded. */
    List<ArticleSummary> related(long articleId, long categoryId, Instant now, int limit) {
        return jdbc.sql(SUMMARY + " WHERE a.kind = 'ARTICLE' AND a.category_id = :categoryId AND a.id <> :id AND"
                        + VISIBLE + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
                .param("categoryId", categoryId).param("id", articleId).param("now", utc(now))
                .param("limit", limit)
                .query(ArticleRepository::mapSummary).list();
    }

    List<ArticleSummary> citing(long documentId, Instant now) {
        return jdbc.sql(SUMMARY + " WHERE (a.document_id = :documentId OR a.id IN (SELECT m.article_id FROM"
                        + " article_document_mention m WHERE m.document_id = :documentId)) AND" + VISIBLE
                        + " ORDER BY a.published_at DESC, a.id DESC")
                .param("documentId", documentId).param("now", utc(now))
                .query(ArticleRepository::mapSummary).list();
    }

    /** An article body, for finding the documents it mentions. */
    record Body(long id, String html) {
    }

    void addMentions(long articleId, Collection<Long> documentIds) {
        for (long documentId : documentIds) {
            boolean known = jdbc.sql("""
                    SELECT COUNT(*) FROM article_document_mention
                    WHERE article_id = :articleId AND document_id = :documentId""")
                    .param("articleId", articleId).param("documentId", documentId).query(Long.class).single() > 0;
            if (!known) {
                jdbc.sql("INSERT INTO article_document_mention (article_id, document_id) VALUES (:articleId, :documentId)")
                        .param("articleId", articleId).param("documentId", documentId).update();
            }
        }
    }

    /** Forgets the mentions of a document by any article but {@code keep}. */
    void clearMentionsOf(long documentId, Collection<Long> keep) {
        jdbc.sql("DELETE FROM article_document_mention WHERE document_id = :documentId"
                        + (keep.isEmpty() ? "" : " AND article_id NOT IN (:keep)"))
                .param("documentId", documentId).param("keep", keep.isEmpty() ? List.of(-1L) : keep).update();
    }

    void clearMentions(long articleId) {
        jdbc.sql("DELETE FROM article_document_mention WHERE article_id = :articleId").param("articleId", articleId)
                .update();
    }

    /** Whether the one-off work {@code name} has been done on this database. */
    boolean backfillDone(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM article_backfill WHERE name = :name").param("name", name)
                .query(Long.class).single() > 0;
    }

    void markBackfillDone(String name, Instant now) {
        jdbc.sql("INSERT INTO article_backfill (name, done_at) VALUES (:name, :now)")
                .param("name", name).param("now", utc(now)).update();
    }

    /** Bodies holding this text as written (LIKE wildcards in it are escaped): candidates for a mention. */
    List<Body> bodiesContaining(String text) {
        String escaped = likeLiteral(text);
        return jdbc.sql("SELECT id, body_html FROM article WHERE body_html LIKE :pattern ESCAPE '\\' ORDER BY id")
                .param("pattern", "%" + escaped + "%")
                .query((rs, row) -> new Body(rs.getLong("id"), rs.getString("body_html"))).list();
    }

    /** The bodies recorded as mentioning the document. */
    List<Body> bodiesMentioning(long documentId) {
        return jdbc.sql("""
                SELECT a.id, a.body_html FROM article a
                WHERE a.id IN (SELECT m.article_id FROM article_document_mention m WHERE m.document_id = :documentId)
                ORDER BY a.id""")
                .param("documentId", documentId)
                .query((rs, row) -> new Body(rs.getLong("id"), rs.getString("body_html"))).list();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Article mapArticle(ResultSet rs, int row) throws SQLException {
        return new Article(rs.getLong("id"), ArticleKind.valueOf(rs.getString("kind")),
                nullableLong(rs, "category_id"), rs.getString("title"), rs.getString("slug"), rs.getString("sapo"),
                rs.getString("body_html"), nullableLong(rs, "cover_media_id"), rs.getString("byline"),
                ArticleStatus.valueOf(rs.getString("status")), rs.getBoolean("featured"),
                instant(rs, "published_at"), nullableLong(rs, "document_id"), rs.getLong("view_count"),
                rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
                nullableLong(rs, "author_id"), rs.getString("return_reason"));
    }

    private static ArticleSummary mapSummary(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("storage_key");
        MediaRef cover = key == null ? null
                : new MediaRef(MediaRef.urlOf(key), rs.getString("alt_text"), (Integer) rs.getObject("width"),
                        (Integer) rs.getObject("height"));
        return new ArticleSummary(rs.getLong("id"), ArticleKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("slug"), rs.getString("sapo"), instant(rs, "published_at"),
                nullableLong(rs, "category_id"), rs.getString("category_name"), rs.getString("category_slug"), cover,
                rs.getLong("view_count"));
    }

    // ---- Newsroom queues and document references: read-only, kept together at the end of the class ----

    long countInStatus(Collection<ArticleStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE status IN (:statuses)")
                .param("statuses", names(statuses)).query(Long.class).single();
    }

    long countOwn(long authorId, Collection<ArticleStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE author_id = :authorId AND status IN (:statuses)")
                .param("authorId", authorId).param("statuses", names(statuses)).query(Long.class).single();
    }

    /**
     * Articles in these statuses, of one author when {@code authorId} is given (the most recently changed first),
     * otherwise of everybody (the longest waiting first: a review queue).
     */
    List<QueuedArticle> queue(Collection<ArticleStatus> statuses, Long authorId, int limit) {
        String sql = "SELECT id, kind, title, status, author_id, byline, return_reason, updated_at FROM article"
                + " WHERE status IN (:statuses)"
                + (authorId == null ? " ORDER BY updated_at ASC, id ASC"
                        : " AND author_id = :authorId ORDER BY updated_at DESC, id DESC")
                + " LIMIT :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("statuses", names(statuses)).param("limit", limit);
        if (authorId != null) {
            statement = statement.param("authorId", authorId);
        }
        return statement.query(ArticleRepository::mapQueued).list();
    }

    /** Every article, whatever its status, registered with this document as the one it cites. */
    List<QueuedArticle> referencingDocument(long documentId) {
        return jdbc.sql("""
                SELECT id, kind, title, status, author_id, byline, return_reason, updated_at FROM article
                WHERE document_id = :documentId ORDER BY id""")
                .param("documentId", documentId).query(ArticleRepository::mapQueued).list();
    }

    private static QueuedArticle mapQueued(ResultSet rs, int row) throws SQLException {
        return new QueuedArticle(rs.getLong("id"), ArticleKind.valueOf(rs.getString("kind")), rs.getString("title"),
                ArticleStatus.valueOf(rs.getString("status")), nullableLong(rs, "author_id"), rs.getString("byline"),
                rs.getString("return_reason"), instant(rs, "updated_at"));
    }

    private static List<String> names(Collection<ArticleStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
