package vn.toasoan.testsupport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, as a browser sends a form with a file input; posted through a
 * {@link NewsroomClient}, so the session's cookies go with it. Add the CSRF token as a field
 * ({@code field("_csrf", NewsroomClient.csrf(page))}).
 */
public final class Multipart {

    private final String boundary = "----toasoan-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        write(value);
        write("\r\n");
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** Posts the body to {@code action}; redirects are not followed. */
    public HttpResponse<String> post(NewsroomClient client, String action) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + action))
                .header("Content-Type", contentType())
                .header("User-Agent", WebClient.CHROME)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes())).build());
    }

    /** The {@code Content-Type} header the body goes with. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body, closing boundary included. */
    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
