package vn.toasoan.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI 3.1 description of the admin API at {@value #PATH}: public (it holds no secret, and a client needs
 * it before it has a token) and cacheable. Written by hand in {@code api/openapi.yaml}, read once, when first
 * asked for.
 */
@RestController
class OpenApiController {

    static final String PATH = "/api/v1/openapi.json";
    static final String SOURCE = "/api/openapi.yaml";

    /** The document as served, with its entity tag. */
    private record Served(byte[] json, String etag) {

        static Served fromSource() {
            byte[] json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsBytes(read());
            return new Served(json, "\"" + sha256(json) + "\"");
        }
    }

    /** Made at the first request, not at start-up: reading the YAML costs a few hundred milliseconds. */
    private final SingletonSupplier<Served> served = SingletonSupplier.of(Served::fromSource);

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> document(WebRequest request) {
        Served document = served.obtain();
        if (request.checkNotModified(document.etag())) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .eTag(document.etag())
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8)).body(document.json());
    }

    /** The YAML as plain maps, lists and scalars (SafeConstructor: no objects of any other type). */
    static Map<String, Object> read() {
        try (InputStream in = OpenApiController.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the application");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
