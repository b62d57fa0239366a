package vn.toasoan.menu;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleUrls;

@Repository
class MenuRepository {

    record Row(long id, Long parentId, String label, String url) {
    }

    private final JdbcClient jdbc;

    MenuRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows in display order; links to categories and articles are resolved to their current addresses. */
    List<Row> findMenu(String menu) {
        return jdbc.sql("""
                SELECT i.id, i.parent_id, i.label, i.url, c.slug AS category_slug,
                       a.id AS article_id, a.slug AS article_slug, a.kind AS article_kind
                FROM menu_item i
                LEFT JOIN category c ON c.id = i.category_id
                LEFT JOIN article a ON a.id = i.article_id
                WHERE i.menu = :menu
                ORDER BY i.position, i.id""")
                .param("menu", menu)
                .query((rs, n) -> {
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    String url = rs.getString("url");
                    if (rs.getString("category_slug") != null) {
                        url = "/chuyen-muc/" + rs.getString("category_slug");
                    } else if (rs.getString("article_slug") != null) {
                        url = ArticleUrls.of(ArticleKind.valueOf(rs.getString("article_kind")),
                                rs.getString("article_slug"), rs.getLong("article_id"));
                    }
                    return new Row(rs.getLong("id"), parentId, rs.getString("label"), url);
                })
                .list();
    }

    long insert(NewMenuItem item) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO menu_item (menu, parent_id, label, url, category_id, article_id, position)
                VALUES (:menu, :parentId, :label, :url, :categoryId, :articleId, :position)""")
                .param("menu", item.menu())
                .param("parentId", item.parentId())
                .param("label", item.label())
                .param("url", item.url())
                .param("categoryId", item.categoryId())
                .param("articleId", item.articleId())
                .param("position", item.position())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
