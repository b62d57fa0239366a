package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

/** What a reader's browser gets for a stored file, whichever store holds it: the same headers on every node. */
final class ServedMedia {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ServedMedia() {
    }

    static HttpResponse<byte[]> get(int port, String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JPEG at {@code url} is served in full with its type, length, a year of caching and its time; a range
     * gives that range, and a conditional request with that time gives "not modified".
     *
     * @return the Last-Modified header, which every node must give alike
     */
    static String assertServedJpeg(int port, String url, byte[] bytes) {
        HttpResponse<byte[]> full = get(port, url);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.body()).isEqualTo(bytes);
        assertThat(full.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(full.headers().firstValue("Content-Length")).hasValue(String.valueOf(bytes.length));
        assertThat(full.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(full.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        String lastModified = full.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> range = get(port, url, "Range", "bytes=10-19");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + bytes.length);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, 10, 20));

        assertThat(get(port, url, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        return lastModified;
    }
}
