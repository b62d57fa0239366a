package vn.toasoan.menu;

import java.util.List;
import java.util.Optional;

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

    /** An item with what it points at, as stored. */
    record Item(long id, String menu, Long parentId, String label, String url, Long categoryId, Long articleId,
            int position, String currentUrl) {
    }

    private static final String SELECT = """
            SELECT i.id, i.menu, i.parent_id, i.label, i.url, i.category_id, i.article_id, i.position,
                   c.slug AS category_slug, a.slug AS article_slug, a.kind AS article_kind
            FROM menu_item i
            LEFT JOIN category c ON c.id = i.category_id
            LEFT JOIN article a ON a.id = i.article_id
            """;

    private final JdbcClient jdbc;

    MenuRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows in display order; links to categories and articles are resolved to their current addresses. */
    List<Row> findMenu(String menu) {
        return items(menu).stream().map(i -> new Row(i.id(), i.parentId(), i.label(), i.currentUrl())).toList();
    }

    List<Item> items(String menu) {
        return jdbc.sql(SELECT + " WHERE i.menu = :menu ORDER BY i.position, i.id")
                .param("menu", menu)
                .query((rs, n) -> item(rs))
                .list();
    }

    Optional<Item> findById(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query((rs, n) -> item(rs)).optional();
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

    void update(long id, Long parentId, String label, String url, Long categoryId, Long articleId) {
        jdbc.sql("""
                UPDATE menu_item SET parent_id = :parentId, label = :label, url = :url, category_id = :categoryId,
                                     article_id = :articleId
                WHERE id = :id""")
                .param("parentId", parentId)
                .param("label", label)
                .param("url", url)
                .param("categoryId", categoryId)
                .param("articleId", articleId)
                .param("id", id)
                .update();
    }

    void setPosition(long id, int position) {
        jdbc.sql("UPDATE menu_item SET position = :position WHERE id = :id")
                .param("position", position).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM menu_item WHERE id = :id").param("id", id).update();
    }

    /** Static pages, for linking from a menu; the article table belongs to the article feature, read-only here. */
    List<PageChoice> pages() {
        return jdbc.sql("SELECT id, title, status FROM article WHERE kind = 'PAGE' ORDER BY title, id")
                .query((rs, n) -> new PageChoice(rs.getLong("id"), rs.getString("title"),
                        "PUBLISHED".equals(rs.getString("status"))))
                .list();
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long category = rs.getLong("category_id");
        Long categoryId = rs.wasNull() ? null : category;
        long article = rs.getLong("article_id");
        Long articleId = rs.wasNull() ? null : article;
        String url = rs.getString("url");
        String current = url;
        if (rs.getString("category_slug") != null) {
            current = "/chuyen-muc/" + rs.getString("category_slug");
        } else if (rs.getString("article_slug") != null) {
            current = ArticleUrls.of(ArticleKind.valueOf(rs.getString("article_kind")), rs.getString("article_slug"),
                    articleId);
        }
        return new Item(rs.getLong("id"), rs.getString("menu"), parentId, rs.getString("label"), url, categoryId,
                articleId, rs.getInt("position"), current);
    }
}
