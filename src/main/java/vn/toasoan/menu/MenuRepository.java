package vn.toasoan.menu;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The menu items; the addresses of the categories and pages they link to are their owners' to say. */
@Repository
class MenuRepository {

    /**
     * An item as stored: it links to a typed address ({@code url}), a category or an article (a page), or nothing.
     */
    record Item(long id, String menu, Long parentId, String label, String url, Long categoryId, Long articleId,
            int position) {
    }

    private static final String SELECT = """
            SELECT id, menu, parent_id, label, url, category_id, article_id, position FROM menu_item
            """;

    private final JdbcClient jdbc;

    MenuRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Item> items(String menu) {
        return jdbc.sql(SELECT + " WHERE menu = :menu ORDER BY position, id")
                .param("menu", menu)
                .query((rs, n) -> item(rs))
                .list();
    }

    Optional<Item> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query((rs, n) -> item(rs)).optional();
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

    /** The items that link to this article, of any menu. */
    List<Item> linkingTo(long articleId) {
        return jdbc.sql(SELECT + " WHERE article_id = :articleId ORDER BY id").param("articleId", articleId)
                .query((rs, n) -> item(rs)).list();
    }

    private static Item item(java.sql.ResultSet rs) throws java.sql.SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long category = rs.getLong("category_id");
        Long categoryId = rs.wasNull() ? null : category;
        long article = rs.getLong("article_id");
        Long articleId = rs.wasNull() ? null : article;
        return new Item(rs.getLong("id"), rs.getString("menu"), parentId, rs.getString("label"), rs.getString("url"),
                categoryId, articleId, rs.getInt("position"));
    }
}
