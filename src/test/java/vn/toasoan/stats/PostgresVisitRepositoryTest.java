package vn.toasoan.stats;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link VisitRepository} on a real PostgreSQL, in a database of its own (group {@code postgres}, excluded from the
 * default build; {@code mvn -B -o test -DexcludedTestGroups= -DincludedTestGroups=postgres}). Server as the other
 * PostgreSQL tests: {@code -Dtoasoan.test.postgres.url} (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code .user} (postgres), {@code .password} (empty).
 */
@Tag("postgres")
class PostgresVisitRepositoryTest {

    @Test
    void addsVisitsAndViewsOnPostgres() throws SQLException {
        String server = System.getProperty("toasoan.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
        server = server.endsWith("/") ? server : server + "/";
        String user = System.getProperty("toasoan.test.postgres.user", "postgres");
        String password = System.getProperty("toasoan.test.postgres.password", "");
        String database = "toasoan_t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            try {
                DriverManagerDataSource dataSource = new DriverManagerDataSource(server + database, user, password);
                Flyway.configure().dataSource(dataSource).load().migrate();
                VisitRepositoryTest.verifyRepository(dataSource);
            } finally {
                statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
    }
}
