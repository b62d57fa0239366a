package vn.toasoan.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script speaking to the admin API ({@code /api/v1/admin/…}) of one address with a bearer token. */
public final class AdminApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    /** @param base {@code http://host:port}, without a path */
    public AdminApi(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** POSTs {@code fields} as JSON; the answer must have {@code expectedStatus}; its JSON body. */
    public JsonNode post(String path, Map<String, ?> fields, int expectedStatus) {
        return expect(send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(fields)))), path, expectedStatus);
    }

    /** POSTs a {@link Multipart} body; the answer must have {@code expectedStatus}; its JSON body. */
    public JsonNode post(String path, Multipart body, int expectedStatus) {
        return expect(send(request(path).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))), path, expectedStatus);
    }

    /** GETs {@code path}, which must answer 200; its JSON body. */
    public JsonNode get(String path) {
        return expect(send(request(path).GET()), path, 200);
    }

    /** Reads JSON text (for pages that are not the admin API, such as {@code /api/v1/search}). */
    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private static JsonNode expect(HttpResponse<String> response, String path, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError(response.request().method() + " " + path + " answered " + response.statusCode()
                    + " instead of " + expectedStatus + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
