package vn.toasoan.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** A test that sets spring.datasource.url itself keeps it, in either mode (e.g. restart tests on a file DB). */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:own_url_test;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "management.server.port=0" })
class OwnDatasourceUrlTest {

    @Autowired
    Environment env;

    @Autowired
    DataSource dataSource;

    @Test
    void testValuesWinOverTheDefaults() throws SQLException {
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:h2:mem:own_url_test;DB_CLOSE_DELAY=-1");
        assertThat(env.getProperty("management.server.port")).isEqualTo("0");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getURL()).isEqualTo("jdbc:h2:mem:own_url_test");
        }
        // The data directory default still applies.
        assertThat(env.getProperty("toasoan.data-dir")).contains(TestDatabases.DIRECTORY_PREFIX);
    }
}
