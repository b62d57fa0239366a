package vn.toasoan.blob;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Stored bytes, opened only when read: a download may be answered with "not modified" or a range, and a large
 * file is never held in memory.
 *
 * @param length the number of bytes
 * @param lastModified when the bytes were stored (the same on every node, so caches agree)
 * @param content opens a new stream over the bytes, each time from the start
 */
public record Blob(long length, Instant lastModified, Content content) {

    /** Opens the bytes; each call gives a new stream, which the caller closes. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return content.open();
    }
}
