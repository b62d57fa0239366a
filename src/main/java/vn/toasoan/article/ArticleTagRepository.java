package vn.toasoan.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An article's tags and extra categories. */
@Repository
class ArticleTagRepository {

    private final JdbcClient jdbc;

    ArticleTagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Tag> tagsOf(long articleId) {
        return jdbc.sql("""
                SELECT t.id, t.slug, t.name FROM article_tag atg JOIN tag t ON t.id = atg.tag_id
                WHERE atg.article_id = :id ORDER BY atg.position""")
                .param("id", articleId).query((rs, row) -> new Tag(rs.getLong("id"), rs.getString("slug"),
                        rs.getString("name"))).list();
    }

    Optional<Tag> tagBySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name FROM tag WHERE slug = :slug").param("slug", slug)
                .query((rs, row) -> new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
                .optional();
    }

    /** Replaces the article's tags; a tag seen for the first time is created with the spelling typed. */
    void setTags(long articleId, Map<String, String> namesBySlug) {
        jdbc.sql("DELETE FROM article_tag WHERE article_id = :id").param("id", articleId).update();
        int position = 0;
        for (Map.Entry<String, String> tag : namesBySlug.entrySet()) {
            long tagId = tagBySlug(tag.getKey()).map(Tag::id).orElseGet(() -> {
                jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name)")
                        .param("slug", tag.getKey()).param("name", tag.getValue()).update();
                return tagBySlug(tag.getKey()).orElseThrow().id();
            });
            jdbc.sql("INSERT INTO article_tag (article_id, tag_id, position) VALUES (:article, :tag, :position)")
                    .param("article", articleId).param("tag", tagId).param("position", position++).update();
        }
    }

    List<Long> extraCategoriesOf(long articleId) {
        return jdbc.sql("SELECT category_id FROM article_category WHERE article_id = :id ORDER BY category_id")
                .param("id", articleId).query(Long.class).list();
    }

    void setExtraCategories(long articleId, List<Long> categoryIds) {
        jdbc.sql("DELETE FROM article_category WHERE article_id = :id").param("id", articleId).update();
        for (long categoryId : categoryIds.stream().distinct().sorted().toList()) {
            jdbc.sql("INSERT INTO article_category (article_id, category_id) VALUES (:article, :category)")
                    .param("article", articleId).param("category", categoryId).update();
        }
    }
}
