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
import java.util.stream.Collectors;

/**
 * nginx ({@code /usr/sbin/nginx} of the Debian package) as the load balancer in front of a cluster's nodes, configured
 * as {@code docs/deploy.md} shows (without TLS, and with the port in {@code Host}: it listens on a free one): round
 * robin, no stickiness, a node that refuses, times out or answers 502/503 skipped for the next
 * ({@code proxy_next_upstream}), the client's address and scheme passed on in {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto}. Runs as the test's user, with its configuration, pid, logs and temp files in a directory
 * of its own. Each answer names the node that gave it in {@value #UPSTREAM_HEADER}.
 */
public final class Nginx implements AutoCloseable {

    /** The node(s) nginx asked, as {@code 127.0.0.1:port}, comma-separated when it went on to the next. */
    public static final String UPSTREAM_HEADER = "X-Upstream";

    private static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts nginx in {@code dir} on a free port, balancing over the nodes on {@code nodePorts}. */
    public static Nginx start(Path dir, List<Integer> nodePorts) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: apt-get install nginx");
        }
        Files.createDirectories(dir.resolve("logs"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration(dir, port, nodePorts));
        Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", conf.toString(),
                "-e", dir.resolve("logs/error.log").toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, port);
        nginx.awaitListening(dir);
        return nginx;
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    static String configuration(Path dir, int port, List<Integer> nodePorts) {
        String servers = nodePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=2 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        // As root, workers would otherwise run as nobody, who cannot write the temp directories made here.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return user + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    client_max_body_size 60m;
                    upstream toasoan {
                %2$s
                        keepalive 64;
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://toasoan;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 60s;
                            add_header %4$s $upstream_addr always;
                        }
                    }
                }
                """.formatted(dir, servers, port, UPSTREAM_HEADER);
    }

    private void awaitListening(Path dir) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("nginx did not start: " + errorLog(dir));
                }
                Thread.sleep(50);
            }
        }
    }

    private static String errorLog(Path dir) {
        try {
            return Files.readString(dir.resolve("logs/error.log"), StandardCharsets.UTF_8)
                    + Files.readString(dir.resolve("logs/nginx.out"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
