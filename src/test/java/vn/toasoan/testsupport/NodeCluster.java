package vn.toasoan.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Tòa Soạn in cluster mode, as {@code docs/deploy.md} describes it, on this machine: identical nodes of
 * {@code target/toasoan.jar}, each with its own ports and data directory, on one fresh PostgreSQL database and a Redis
 * of the test's own ({@link PrivateRedis}, so it can be restarted) under a key prefix of their own, behind
 * {@link Nginx}. The first node starts alone, as a site's first server does (it creates the first administrator and
 * their API token, {@link #ADMIN_TOKEN}); the others then start together. Node logs are copied to
 * {@value #LOG_DIR} when the cluster closes.
 */
public final class NodeCluster implements AutoCloseable {

    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "mat-khau-cum-may-chu-2026";
    public static final String ADMIN_TOKEN = "cluster-suite-token-0123456789-abcdefghij";
    public static final Path JAR = Path.of("target", "toasoan.jar");
    static final String LOG_DIR = "target/cluster-logs";

    /**
     * C1 only and the serial collector, as the test JVMs run (see the pom): three nodes share two cores with the test,
     * and the suite checks behaviour, not speed.
     */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Path root;
    private final String jdbcUrl;
    private final PrivateRedis redis;
    private final String keyPrefix;
    private final AppProcess[] nodes;
    private final List<Path> logs = new ArrayList<>();
    private Nginx nginx;

    private NodeCluster(Path root, String jdbcUrl, PrivateRedis redis, String keyPrefix, int size) {
        this.root = root;
        this.jdbcUrl = jdbcUrl;
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.nodes = new AppProcess[size];
    }

    /** Starts {@code size} nodes and nginx in front of them; on failure, stops what it started. */
    public static NodeCluster start(int size) throws Exception {
        Path root = TestDatabases.newDataDirectory();
        deleteOldLogs();
        String jdbcUrl = TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(),
                TestDatabases.postgresUser(), TestDatabases.postgresPassword());
        NodeCluster cluster = new NodeCluster(root, jdbcUrl, PrivateRedis.start(root.resolve("redis")),
                TestRedis.uniquePrefix(), size);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::killAll, "node-cluster-kill"));
        try {
            int[] ports = new int[size];
            int[] managementPorts = new int[size];
            for (int i = 0; i < size; i++) {
                ports[i] = freePort();
                managementPorts[i] = freePort();
            }
            cluster.nodes[0] = cluster.launch(0, ports[0], managementPorts[0]);
            List<CompletableFuture<AppProcess>> others = new ArrayList<>();
            for (int i = 1; i < size; i++) {
                int node = i;
                others.add(CompletableFuture.supplyAsync(() -> cluster.launchUnchecked(node, ports[node],
                        managementPorts[node])));
            }
            for (int i = 1; i < size; i++) {
                cluster.nodes[i] = join(others.get(i - 1));
            }
            List<Integer> nodePorts = new ArrayList<>();
            for (int port : ports) {
                nodePorts.add(port);
            }
            cluster.nginx = Nginx.start(root.resolve("nginx"), nodePorts);
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    public int size() {
        return nodes.length;
    }

    /** Node {@code i} (0 is the first); it may have stopped. */
    public AppProcess node(int i) {
        return nodes[i];
    }

    public Nginx nginx() {
        return nginx;
    }

    public PrivateRedis redis() {
        return redis;
    }

    /** The Redis key prefix of this cluster's site. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** A connection to the nodes' database, to check what they stored. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, TestDatabases.postgresUser(), TestDatabases.postgresPassword());
    }

    public boolean isRunning(int i) {
        return nodes[i].process().isAlive();
    }

    /** Stops node {@code i} as an operator would (SIGTERM: it finishes its requests and flushes its counts). */
    public void stop(int i) throws InterruptedException {
        nodes[i].close();
    }

    /** Ends node {@code i} with SIGKILL. */
    public void kill(int i) throws InterruptedException {
        nodes[i].kill();
    }

    /** Starts node {@code i} again, on its ports and data directory, with {@code more} arguments. */
    public void startAgain(int i, List<String> more) throws IOException, InterruptedException {
        logs.add(nodes[i].log());
        nodes[i] = nodes[i].startAgain(more);
    }

    /** Starts again any node that is not running, so a check does not depend on how the one before it ended. */
    public void ensureAllRunning() throws IOException, InterruptedException {
        for (int i = 0; i < nodes.length; i++) {
            if (!isRunning(i)) {
                startAgain(i, List.of());
            }
        }
    }

    /** The name of node {@code i} in messages: a, b, c… */
    public static String name(int i) {
        return String.valueOf((char) ('a' + i));
    }

    /** Which node {@code upstream} ({@code 127.0.0.1:port}, as nginx names it) is; -1 for none of them. */
    public int nodeAt(String upstream) {
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] != null && upstream.equals("127.0.0.1:" + nodes[i].port())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        for (AppProcess node : nodes) {
            if (node != null) {
                node.close();
                logs.add(node.log());
            }
        }
        redis.close();
        keepLogs();
    }

    private AppProcess launch(int i, int port, int managementPort) throws IOException, InterruptedException {
        return AppProcess.startJar(JAR.toAbsolutePath(), root.resolve("node-" + name(i)), port, managementPort,
                JVM_OPTIONS, List.of(
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + TestDatabases.postgresUser(),
                        "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                        "--toasoan.cluster.redis-url=" + redis.url(),
                        "--toasoan.cluster.key-prefix=" + keyPrefix,
                        "--toasoan.demo.enabled=false",
                        "--toasoan.account.admin-username=" + ADMIN_USERNAME,
                        "--toasoan.account.admin-password=" + ADMIN_PASSWORD,
                        "--toasoan.account.admin-token=" + ADMIN_TOKEN));
    }

    private AppProcess launchUnchecked(int i, int port, int managementPort) {
        try {
            return launch(i, port, managementPort);
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    private static AppProcess join(CompletableFuture<AppProcess> start) throws Exception {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The last resort when the test JVM ends without closing the cluster: no node may outlive it. */
    private void killAll() {
        for (AppProcess node : nodes) {
            if (node != null) {
                node.process().destroyForcibly();
            }
        }
        try {
            if (nginx != null) {
                nginx.close();
            }
            redis.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void keepLogs() {
        try {
            Path target = Path.of(LOG_DIR);
            Files.createDirectories(target);
            for (Path log : logs) {
                if (Files.exists(log)) {
                    Files.copy(log, target.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            System.err.println("node-cluster: could not keep the node logs: " + e);
        }
    }

    private static void deleteOldLogs() throws IOException {
        Path logs = Path.of(LOG_DIR);
        if (Files.isDirectory(logs)) {
            try (var old = Files.list(logs)) {
                for (Path log : old.toList()) {
                    Files.delete(log);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
