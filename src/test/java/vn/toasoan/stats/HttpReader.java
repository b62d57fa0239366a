package vn.toasoan.stats;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A client speaking real HTTP to the test server, with a User-Agent and, if it keeps them, cookies. */
final class HttpReader {

    private final String base;
    private final String userAgent;
    private final HttpClient client;

    private HttpReader(int port, String userAgent, boolean keepsCookies) {
        this.base = "http://127.0.0.1:" + port;
        this.userAgent = userAgent;
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (keepsCookies) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    private HttpReader(String base, String userAgent, HttpClient client) {
        this.base = base;
        this.userAgent = userAgent;
        this.client = client;
    }

    /** The same client, cookies included, talking to the server on {@code port}: another node of a cluster. */
    HttpReader on(int port) {
        return new HttpReader("http://127.0.0.1:" + port, userAgent, client);
    }

    static HttpReader browser(int port, String userAgent) {
        return new HttpReader(port, userAgent, true);
    }

    static HttpReader withoutCookies(int port, String userAgent) {
        return new HttpReader(port, userAgent, false);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", userAgent);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
