package vn.toasoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.testsupport.FixedClockConfiguration;

/** The demo fills an empty database once, and never touches one that has content. */
@SpringBootTest(properties = "spring.application.name=demo-content-test")
@Import(FixedClockConfiguration.class)
class DemoContentTest {

    @Autowired
    DemoContent demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheReferenceSiteOnceOnly() {
        assertThat(counts()).isEqualTo("categories=8 articles=31 pages=3 documents=8 menu=18 banners=3 media=9");
        demo.afterSingletonsInstantiated();
        assertThat(counts()).as("a second start adds nothing").isEqualTo(
                "categories=8 articles=31 pages=3 documents=8 menu=18 banners=3 media=9");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single())
                .isEqualTo(34);
        assertThat(jdbc.sql("SELECT byline FROM article WHERE document_id IS NOT NULL").query(String.class).single())
                .isEqualTo("Ngọc Ánh");
    }

    private String counts() {
        return "categories=%d articles=%d pages=%d documents=%d menu=%d banners=%d media=%d".formatted(
                count("SELECT COUNT(*) FROM category"),
                count("SELECT COUNT(*) FROM article WHERE kind = 'ARTICLE'"),
                count("SELECT COUNT(*) FROM article WHERE kind = 'PAGE'"),
                count("SELECT COUNT(*) FROM document"),
                count("SELECT COUNT(*) FROM menu_item"),
                count("SELECT COUNT(*) FROM banner"),
                count("SELECT COUNT(*) FROM media"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
