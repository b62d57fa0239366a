package vn.toasoan.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Category(rs.getLong("id"), parentId, rs.getString("slug"),
                rs.getString("name"), rs.getString("description"), rs.getInt("position"),
                rs.getBoolean("show_on_home"));
    }
}
