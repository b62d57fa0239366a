package vn.toasoan.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Redis server of the test's own ({@code /usr/bin/redis-server} of the Debian package), on a free port, keeping
 * nothing on disk: one the test may stop and start again, which the machine's shared Redis never is.
 */
public final class PrivateRedis implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/bin/redis-server");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Path dir;
    private final int port;
    private Process process;

    private PrivateRedis(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts it with its working directory and log in {@code dir}; fails when redis-server is not installed. */
    public static PrivateRedis start(Path dir) throws IOException, InterruptedException {
        if (!Files.isExecutable(SERVER)) {
            throw new IllegalStateException(SERVER + " is missing: apt-get install redis-server");
        }
        Files.createDirectories(dir);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PrivateRedis redis = new PrivateRedis(dir, port);
        redis.startServer();
        return redis;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Stops it (its data are gone: nothing is saved) and waits until the port is closed. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    /** Starts it again, empty, on the same port. */
    public void startAgain() throws IOException, InterruptedException {
        if (process != null) {
            throw new IllegalStateException("Redis is running");
        }
        startServer();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void startServer() throws IOException, InterruptedException {
        List<String> command = List.of(SERVER.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile())).start();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!answersPing()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("redis-server on port " + port + " did not start; see "
                        + dir.resolve("redis.log"));
            }
            Thread.sleep(50);
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readNBytes(5);
            return new String(answer, StandardCharsets.US_ASCII).equals("+PONG");
        } catch (IOException notYet) {
            return false;
        }
    }
}
