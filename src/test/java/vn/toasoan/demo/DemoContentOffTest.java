package vn.toasoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"toasoan.demo.enabled=false", "spring.application.name=demo-off-test"})
class DemoContentOffTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void switchedOffItLeavesTheDatabaseEmpty() {
        assertThat(jdbc.sql("SELECT (SELECT COUNT(*) FROM category) + (SELECT COUNT(*) FROM article)"
                + " + (SELECT COUNT(*) FROM menu_item) + (SELECT COUNT(*) FROM banner)").query(Long.class).single())
                .isZero();
    }
}
