package vn.toasoan.article;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.likeLiteral;
import static vn.toasoan.article.ArticleRepository.nullableLong;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The newsroom's list of articles: every status, filtered, sorted, a page at a time. */
@Repository
class ArticleListRepository {

    private final JdbcClient jdbc;

    ArticleListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ArticleList find(ArticleFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.categoryId() != null) {
            // The main category or one of the extra ones.
            where.append(" AND (a.category_id = :category OR a.id IN (SELECT ac.article_id FROM article_category ac"
                    + " WHERE ac.category_id = :category))");
            params.put("category", filter.categoryId());
        }
        if (filter.authorId() != null) {
            where.append(" AND a.author_id = :author");
            params.put("author", filter.authorId());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String escaped = likeLiteral(filter.text().strip().toLowerCase(Locale.ROOT));
            where.append(" AND LOWER(a.title) LIKE :text ESCAPE '\\'");
            params.put("text", "%" + escaped + "%");
        }
        String order = switch (filter.sort() == null ? ArticleFilter.Sort.UPDATED : filter.sort()) {
            case UPDATED -> " ORDER BY a.updated_at DESC, a.id DESC";
            case PUBLISHED -> " ORDER BY a.published_at DESC NULLS LAST, a.id DESC";
            case TITLE -> " ORDER BY a.title, a.id";
        };
        long total = jdbc.sql("SELECT COUNT(*) FROM article a" + where).params(params).query(Long.class).single();
        List<ArticleListItem> items = jdbc.sql("""
                SELECT a.id, a.kind, a.title, a.slug, a.status, a.author_id, a.byline, a.updated_at, a.published_at,
                       a.version, c.name AS category_name, u.display_name AS author_name
                FROM article a
                LEFT JOIN category c ON c.id = a.category_id
                LEFT JOIN account u ON u.id = a.author_id""" + where + order + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) (page - 1) * size)
                .query((rs, row) -> new ArticleListItem(rs.getLong("id"), ArticleKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("slug"), ArticleStatus.valueOf(rs.getString("status")),
                        rs.getString("category_name"), nullableLong(rs, "author_id"), rs.getString("author_name"),
                        rs.getString("byline"), instant(rs, "updated_at"), instant(rs, "published_at"),
                        rs.getInt("version")))
                .list();
        return new ArticleList(items, page, size, total);
    }
}
