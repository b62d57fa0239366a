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
 * The application as a separate JVM on the test's class path, for what only a real process shows: a {@code kill -9}
 * or a halt right after a commit, and what the next start makes of it. Its output goes to a log file that a failed
 * wait prints.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final Path log;
    private final int port;
    private final int managementPort;

    private AppProcess(Process process, Path log, int port, int managementPort) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
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
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.toasoan.ToaSoanApplication");
        command.add("--server.port=" + port);
        command.add("--management.server.port=" + managementPort);
        command.add("--toasoan.data-dir=" + dataDir);
        command.addAll(arguments);
        Path log = Files.createTempFile(dataDir.getParent(), "app-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, log, port, managementPort);
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
