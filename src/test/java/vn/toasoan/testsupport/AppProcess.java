package vn.toasoan.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate JVM, from the test's class path or the packaged jar, for what only a real process
 * shows: a {@code kill -9} or a halt right after a commit, and what the next start makes of it; several of them as the
 * nodes of a cluster. Its output goes to a log file that a failed wait prints.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    /** What runs the application (JVM options, then a class path and main class, or a jar). */
    private final List<String> launcher;
    private final Path dataDir;
    private final int port;
    private final int managementPort;
    private final List<String> arguments;

    private AppProcess(Process process, Path log, List<String> launcher, Path dataDir, int port, int managementPort,
            List<String> arguments) {
        this.process = process;
        this.log = log;
        this.launcher = List.copyOf(launcher);
        this.dataDir = dataDir;
        this.port = port;
        this.managementPort = managementPort;
        this.arguments = List.copyOf(arguments);
    }

    /**
     * Starts the application on a free port with {@code dataDir} as its data directory (the embedded default: H2
     * and Lucene under it) and waits until it answers HTTP.
     *
     * @param jvmOptions system properties and the like, before the main class
     * @param arguments Spring properties, as {@code --name=value}
     */
    public static AppProcess start(Path dataDir, List<String> jvmOptions, List<String> arguments)
            throws IOException, InterruptedException {
        List<String> launcher = new ArrayList<>(jvmOptions);
        launcher.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.toasoan.ToaSoanApplication"));
        return launch(launcher, dataDir, freePort(), freePort(), arguments);
    }

    /**
     * Starts the packaged application ({@code java -jar}, as an operator runs it) on the given ports with
     * {@code dataDir} as its data directory, and waits until it answers HTTP. Ports are fixed so that a proxy
     * in front of it finds it again after {@link #startAgain}.
     */
    public static AppProcess startJar(Path jar, Path dataDir, int port, int managementPort, List<String> jvmOptions,
            List<String> arguments) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn package or mvn verify)");
        }
        List<String> launcher = new ArrayList<>(jvmOptions);
        launcher.addAll(List.of("-jar", jar.toString()));
        return launch(launcher, dataDir, port, managementPort, arguments);
    }

    /**
     * The same application again, on the same ports and data directory, after this one ended; {@code more}
     * arguments are added to (and so override) the first start's.
     */
    public AppProcess startAgain(List<String> more) throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("still running: stop or kill it first");
        }
        List<String> arguments = new ArrayList<>(this.arguments);
        arguments.addAll(more);
        return launch(launcher, dataDir, port, managementPort, arguments);
    }

    private static AppProcess launch(List<String> launcher, Path dataDir, int port, int managementPort,
            List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.addAll(launcher);
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        command.add("--toasoan.data-dir=" + dataDir);
        command.addAll(arguments);
        Files.createDirectories(dataDir);
        Path log = Files.createTempFile(dataDir.getParent(), dataDir.getFileName() + "-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, log, launcher, dataDir, port, managementPort, arguments);
        app.awaitServing();
        return app;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** An address on the management port (health, prometheus). */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    /** Its output so far (a new file on each start). */
    public Path log() {
        return log;
    }

    /** Waits for the process to end by itself; its exit status. */
    public int awaitExit(Duration patience) throws InterruptedException {
        if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the application did not stop within " + patience + "\n" + logTail());
        }
        return process.exitValue();
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private void awaitServing() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the application exited with " + process.exitValue() + "\n" + logTail());
            }
            try {
                client.send(HttpRequest.newBuilder(URI.create(url("/"))).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the application did not answer within " + START_PATIENCE + "\n" + logTail());
    }

    /** Ends it at once, as {@code kill -9} does: no shutdown hook, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the application did not die within 30 s of SIGKILL");
        }
    }

    /** Stops it as an operator would (SIGTERM, a graceful shutdown), or for good after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
