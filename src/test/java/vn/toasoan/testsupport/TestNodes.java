package vn.toasoan.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.toasoan.ToaSoanApplication;

/**
 * Several nodes of the application in this JVM on one database, each with its own data directory (its own search
 * index), as on separate machines: for tests of what nodes share and what each must catch up on. The database
 * follows {@link TestDatabases#mode()}: one throw-away PostgreSQL database, or one H2 file that the nodes of this JVM
 * open together. Command-line arguments, so they win over application.properties; demo content off.
 */
public final class TestNodes {

    private final List<String> database;

    private TestNodes(List<String> database) {
        this.database = database;
    }

    /** A new database for the nodes of one test; {@code dir} holds it in H2 mode. */
    public static TestNodes onOneDatabase(Path dir) {
        return TestDatabases.mode() == TestDatabases.Mode.POSTGRES ? onPostgres() : new TestNodes(List.of(
                "--spring.datasource.url=" + TestDatabases.h2Url(dir) + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                "--spring.datasource.username=sa", "--spring.datasource.password="));
    }

    /** A new PostgreSQL database whatever the mode: for tests that only mean something there (cluster mode). */
    public static TestNodes onPostgres() {
        String user = TestDatabases.postgresUser();
        String password = TestDatabases.postgresPassword();
        String url = TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(), user, password);
        return new TestNodes(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password));
    }

    /**
     * Starts a node with its data in {@code dataDir} (the same directory again is the same node restarted).
     *
     * @param sources configuration classes added to the application's (a test clock)
     * @param settings more arguments, {@code --name=value}
     */
    public ConfigurableApplicationContext start(Path dataDir, List<Class<?>> sources, String... settings) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--management.server.port=-1", "--toasoan.data-dir=" + dataDir,
                "--toasoan.demo.enabled=false", "--spring.datasource.hikari.maximum-pool-size=4",
                "--spring.datasource.hikari.minimum-idle=1"));
        args.addAll(List.of(settings));
        List<Class<?>> all = new ArrayList<>();
        all.add(ToaSoanApplication.class);
        all.addAll(sources);
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }
}
