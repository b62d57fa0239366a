package vn.toasoan.testsupport;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Throw-away data directories and databases for test contexts, removed at JVM exit (best effort).
 *
 * <p>Mode: system property {@value #MODE_PROPERTY}: absent or {@code h2} (default) uses an H2 file database in
 * the context's temp data directory; {@code postgres} creates a fresh database {@code toasoan_t_<random>} on
 * {@value #DEFAULT_POSTGRES_URL} (override with {@code toasoan.test.postgres.url}, {@code .user}, {@code .password}).
 */
public final class TestDatabases {

    public static final String MODE_PROPERTY = "toasoan.test.database";
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/";
    public static final String DATA_ROOT_PROPERTY = "toasoan.test.data-root";
    static final String MEMORY_ROOT = "/dev/shm";
    static final String DIRECTORY_PREFIX = "toasoan-t-";
    private static final long PID = ProcessHandle.current().pid();

    private static final List<Path> tempDirs = new ArrayList<>();
    private static final List<String> postgresDatabases = new ArrayList<>();
    private static boolean hookInstalled;
    private static boolean leftoversRemoved;

    private TestDatabases() {
    }

    public enum Mode { H2, POSTGRES }

    /** The mode selected by {@value #MODE_PROPERTY}; an unknown value fails loudly rather than testing H2 by accident. */
    public static Mode mode() {
        String value = System.getProperty(MODE_PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "h2" -> Mode.H2;
            case "postgres", "postgresql" -> Mode.POSTGRES;
            default -> throw new IllegalStateException(
                    "-D" + MODE_PROPERTY + "=" + value + " is not supported: use h2 (default) or postgres");
        };
    }

    /** Server URL (ends with '/', no database name) used in postgres mode. */
    public static String postgresServerUrl() {
        String url = System.getProperty("toasoan.test.postgres.url", DEFAULT_POSTGRES_URL);
        return url.endsWith("/") ? url : url + "/";
    }

    public static String postgresUser() {
        return System.getProperty("toasoan.test.postgres.user", "postgres");
    }

    public static String postgresPassword() {
        return System.getProperty("toasoan.test.postgres.password", "");
    }

    /**
     * A new empty directory {@code toasoan-t-<pid>-*} under {@link #dataRoot()}, deleted recursively at JVM exit;
     * the first call also removes what test JVMs that have ended left there ({@link #removeLeftovers}).
     */
    public static synchronized Path newDataDirectory() {
        try {
            Path base = dataRoot();
            if (base != null && !leftoversRemoved) {
                leftoversRemoved = true;
                removeLeftovers(base);
            }
            String prefix = DIRECTORY_PREFIX + PID + "-";
            Path dir = base != null ? Files.createTempDirectory(base, prefix) : Files.createTempDirectory(prefix);
            tempDirs.add(dir);
            installHook();
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temp data directory for a test context", e);
        }
    }

    /**
     * Where test contexts keep their data: {@value #DATA_ROOT_PROPERTY} if set; else {@value #MEMORY_ROOT}, a file
     * system in memory, when it is there (Linux); else target/ when run by Maven; else null (java.io.tmpdir).
     * In memory because most changes a test makes end in fsyncs (each search index commit syncs several files):
     * about 5 ms each on this disk, nothing in memory, and no test here asserts what survives a power cut.
     */
    public static Path dataRoot() {
        String configured = System.getProperty(DATA_ROOT_PROPERTY, "").trim();
        if (!configured.isEmpty()) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path candidate : List.of(Path.of(MEMORY_ROOT), Path.of("target").toAbsolutePath())) {
            if (Files.isDirectory(candidate) && Files.isWritable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Deletes the data directories under {@code root} of test JVMs that are no longer running. The exit hook of a
     * JVM races with Spring closing its contexts, and H2 may write its trace file into a directory just deleted; in
     * memory such leftovers would stay until the machine restarts.
     */
    static void removeLeftovers(Path root) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, DIRECTORY_PREFIX + "*")) {
            for (Path dir : dirs) {
                String rest = dir.getFileName().toString().substring(DIRECTORY_PREFIX.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid != PID && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    deleteRecursively(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: leftovers cost memory, not correctness
        }
    }

    /** The JDBC URL of the H2 database that lives in {@code dataDir}. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("toasoan").toAbsolutePath();
    }

    /**
     * Creates an empty database {@code toasoan_t_<random>} on {@code serverUrl} and returns its JDBC URL; it is
     * dropped at JVM exit. Fails with a clear message when the server cannot be reached: never skips.
     */
    public static String createPostgresDatabase(String serverUrl, String user, String password) {
        String name = "toasoan_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("-D" + MODE_PROPERTY + "=postgres: cannot create a test database on "
                    + serverUrl + " as user '" + user + "' (is PostgreSQL running? check with "
                    + "`pg_isready -h 127.0.0.1 -p 5432`; override with -Dtoasoan.test.postgres.url/user/password): "
                    + e.getMessage(), e);
        }
        synchronized (TestDatabases.class) {
            postgresDatabases.add(serverUrl + "\n" + user + "\n" + password + "\n" + name);
            installHook();
        }
        return serverUrl + name;
    }

    private static void installHook() {
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::cleanUp, "toasoan-test-cleanup"));
        }
    }

    private static synchronized void cleanUp() {
        for (String entry : postgresDatabases) {
            String[] p = entry.split("\n", -1);
            try (Connection c = DriverManager.getConnection(p[0] + "postgres", p[1], p[2]);
                    Statement s = c.createStatement()) {
                // FORCE: the context's pool may still hold connections while the JVM shuts down.
                s.execute("DROP DATABASE IF EXISTS " + p[3] + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("toasoan tests: could not drop test database " + p[3] + ": " + e.getMessage());
            }
        }
        // Spring closes the contexts (and H2 its files) in another shutdown hook, at the same time: retry.
        for (int attempt = 0; attempt < 5; attempt++) {
            boolean left = false;
            for (Path dir : tempDirs) {
                deleteRecursively(dir);
                left |= Files.exists(dir);
            }
            if (!left) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
