package vn.toasoan.category;

import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Category> findAll() {
        return jdbc.sql("SELECT * FROM category ORDER BY position, id").query(CategoryRepository::map).list();
    }

    Optional<Category> findById(long id) {
        return jdbc.sql("SELECT * FROM category WHERE id = :id").param("id", id).query(CategoryRepository::map)
                .optional();
    }

    long insert(NewCategory category, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO category (parent_id, slug, name, description, position, show_on_home, created_at)
                VALUES (:parentId, :slug, :name, :description, :position, :showOnHome, :now)""")
                .param("parentId", category.parentId())
                .param("slug", category.slug())
                .param("name", category.name())
                .param("description", category.description())
                .param("position", category.position())
                .param("showOnHome", category.showOnHome())
                .param("now", utc(now))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, Long parentId, String slug, String name, String description, boolean showOnHome) {
        jdbc.sql("""
                UPDATE category SET parent_id = :parentId, slug = :slug, name = :name, description = :description,
                                    show_on_home = :showOnHome
                WHERE id = :id""")
                .param("parentId", parentId)
                .param("slug", slug)
                .param("name", name)
                .param("description", description)
                .param("showOnHome", showOnHome)
                .param("id", id)
                .update();
    }

    void setPosition(long id, int position) {
        jdbc.sql("UPDATE category SET position = :position WHERE id = :id")
                .param("position", position).param("id", id).update();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM category WHERE slug = :slug AND id <> :id")
                .param("slug", slug).param("id", exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    /** Articles and pages of each category, by category id. */
    Map<Long, Long> articleCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("SELECT category_id, COUNT(*) AS n FROM article WHERE category_id IS NOT NULL GROUP BY category_id")
                .query(rs -> {
                    counts.put(rs.getLong("category_id"), rs.getLong("n"));
                });
        return counts;
    }

    long countArticles(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM article WHERE category_id = :id").param("id", id)
                .query(Long.class).single();
    }

    long countMenuItems(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM menu_item WHERE category_id = :id").param("id", id)
                .query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM category WHERE id = :id").param("id", id).update();
    }

    /** The current slug of the category that once had {@code oldSlug}. */
    Optional<String> slugReplacing(String oldSlug) {
        return jdbc.sql("""
                SELECT c.slug FROM category_old_slug o JOIN category c ON c.id = o.category_id
                WHERE o.slug = :slug""")
                .param("slug", oldSlug).query(String.class).optional();
    }

    /** Remembers that {@code slug} was the category's address until now. */
    void rememberOldSlug(String slug, long categoryId, Instant now) {
        forgetOldSlug(slug);
        jdbc.sql("INSERT INTO category_old_slug (slug, category_id, replaced_at) VALUES (:slug, :id, :now)")
                .param("slug", slug).param("id", categoryId).param("now", utc(now)).update();
    }

    /** A slug in use again is a live address: it no longer redirects. */
    void forgetOldSlug(String slug) {
        jdbc.sql("DELETE FROM category_old_slug WHERE slug = :slug").param("slug", slug).update();
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Category(rs.getLong("id"), parentId, rs.getString("slug"),
                rs.getString("name"), rs.getString("description"), rs.getInt("position"),
                rs.getBoolean("show_on_home"));
    }
}
