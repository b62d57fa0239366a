package vn.toasoan.testsupport;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A member of staff's browser without JavaScript: keeps cookies, logs in through the real form, and posts forms
 * with the CSRF token the page carries. Redirects are not followed, so tests can assert them.
 */
public final class NewsroomClient {

    private final HttpClient http;
    private final String base;

    public NewsroomClient(int port) {
        this(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    /** A browser whose cookies are {@code cookies}: give two clients the same to reach two nodes as one browser. */
    public NewsroomClient(int port, CookieHandler cookies) {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5)).build(), port);
    }

    private NewsroomClient(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /**
     * The same browser, with the same cookies, speaking to the server on another port: another node of a cluster
     * (cookies do not tell ports apart, so a browser sends its session to every node of a host).
     */
    public NewsroomClient onPort(int port) {
        return new NewsroomClient(http, port);
    }

    /** Logs in through the login form; returns the response to the form post (a 302 to /quan-tri on success). */
    public HttpResponse<String> login(String username, String password) {
        Document form = parse("/quan-tri/dang-nhap", get("/quan-tri/dang-nhap"));
        return post("/quan-tri/dang-nhap", Map.of("_csrf", csrf(form), "username", username, "password", password));
    }

    /** Logs in through the login form, the post carrying {@code X-Forwarded-For: forwardedFor} (as from a proxy). */
    public HttpResponse<String> loginForwardedFor(String username, String password, String forwardedFor) {
        String csrf = csrf(parse("/quan-tri/dang-nhap", get("/quan-tri/dang-nhap")));
        return send(HttpRequest.newBuilder(URI.create(base + "/quan-tri/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", WebClient.CHROME)
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(encode(List.of(Map.entry("_csrf", csrf),
                        Map.entry("username", username), Map.entry("password", password))))).build());
    }

    /** Logs in and fails the test unless it worked. */
    public NewsroomClient loggedInAs(String username, String password) {
        HttpResponse<String> response = login(username, password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("dang-nhap")) {
            throw new AssertionError("Login of " + username + " failed: " + response.statusCode() + " " + location);
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", WebClient.CHROME).GET()
                .build());
    }

    /** GETs a page that must answer 200 and parses it. */
    public Document page(String path) {
        return parse(path, get(path));
    }

    /**
     * Posts the given fields urlencoded, adding the CSRF token of the page at {@code formPage} (any newsroom page
     * carries one in its logout form).
     */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrf(page(formPage)));
        return post(action, all);
    }

    /** Posts a list of fields (repeated names allowed) with the CSRF token of {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf(page(formPage))));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", WebClient.CHROME)
                .POST(HttpRequest.BodyPublishers.ofString(encode(all))).build());
    }

    /** Posts exactly these fields: no token is added (to test that a missing one is refused). */
    public HttpResponse<String> post(String action, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", WebClient.CHROME)
                .POST(HttpRequest.BodyPublishers.ofString(encode(new ArrayList<>(fields.entrySet())))).build());
    }

    /** Posts exactly these fields (repeated names allowed, the CSRF token among them if wanted). */
    public HttpResponse<String> post(String action, List<Map.Entry<String, String>> fields) {
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", WebClient.CHROME)
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    /** The CSRF token of a page's first form that has one. */
    public static String csrf(Document page) {
        Element token = page.selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("No CSRF token on " + page.location());
        }
        return token.val();
    }

    private Document parse(String path, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(l -> " → " + l).orElse(""));
        }
        return Jsoup.parse(response.body(), base + path);
    }

    private static String encode(List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
