package vn.toasoan.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's cache keeps within its size, the least recently served leaving first, on a real directory. */
class BlobCacheTest {

    static final Instant STORED = Instant.parse("2026-05-07T03:00:00Z");

    @TempDir
    Path root;

    static Blob blob(int size, int fill) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) fill);
        return new Blob(size, STORED, () -> new ByteArrayInputStream(bytes));
    }

    @Test
    void theLeastRecentlyServedCopiesLeaveSoTheCacheKeepsItsSize() throws IOException {
        BlobCache cache = new BlobCache(root, 1000);
        cache.fill("media_blob", "2026/05/a.jpg", blob(300, 1));
        cache.fill("media_blob", "2026/05/b.jpg", blob(300, 2));
        cache.fill("attachment_blob", "ab/c.pdf", blob(300, 3));
        assertThat(cache.find("media_blob", "2026/05/a.jpg")).isPresent(); // a is now served more recently than b

        cache.fill("media_blob", "2026/05/d.jpg", blob(300, 4));

        assertThat(cache.count()).isEqualTo(3);
        assertThat(cache.bytes()).isEqualTo(900);
        assertThat(cache.find("media_blob", "2026/05/b.jpg")).isEmpty();
        assertThat(root.resolve("media_blob/2026/05/b.jpg")).doesNotExist();
        assertThat(filesUnder(root)).isEqualTo(3);
        Blob a = cache.find("media_blob", "2026/05/a.jpg").orElseThrow();
        assertThat(a.length()).isEqualTo(300);
        assertThat(a.lastModified()).isEqualTo(STORED);
        try (var in = a.open()) {
            assertThat(in.readAllBytes()).containsOnly((byte) 1).hasSize(300);
        }
    }

    @Test
    void aBlobLargerThanTheWholeCacheIsNotCached() throws IOException {
        BlobCache cache = new BlobCache(root, 1000);
        cache.fill("media_blob", "2026/05/a.jpg", blob(600, 1));

        assertThat(cache.fill("media_blob", "2026/05/big.pdf", blob(1001, 2))).isEmpty();

        assertThat(cache.count()).isEqualTo(1);
        assertThat(cache.bytes()).isEqualTo(600);
        assertThat(filesUnder(root)).isEqualTo(1);
    }

    @Test
    void anEvictedCopyIsGoneAndCounted() throws IOException {
        BlobCache cache = new BlobCache(root, 1000);
        cache.fill("media_blob", "2026/05/a.jpg", blob(100, 1));
        long before = cache.evictions();

        cache.evict("media_blob", "2026/05/a.jpg");

        assertThat(cache.evictions()).isEqualTo(before + 1);
        assertThat(cache.find("media_blob", "2026/05/a.jpg")).isEmpty();
        assertThat(cache.bytes()).isZero();
        assertThat(filesUnder(root)).isZero();
    }

    @Test
    void aStartingCacheEmptiesWhatAnEarlierProcessLeft() throws IOException {
        new BlobCache(root, 1000).fill("media_blob", "2026/05/a.jpg", blob(100, 1));

        BlobCache restarted = new BlobCache(root, 1000);

        assertThat(restarted.find("media_blob", "2026/05/a.jpg")).isEmpty();
        assertThat(filesUnder(root)).isZero();
    }

    @Test
    void aSourceThatEndsEarlyIsNotCached() {
        BlobCache cache = new BlobCache(root, 1000);
        Blob shortRead = new Blob(100, STORED, () -> new ByteArrayInputStream(new byte[40]));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.fill("media_blob", "2026/05/a.jpg", shortRead))
                .isInstanceOf(IOException.class).hasMessage("Read 40 of the 100 bytes of media_blob/2026/05/a.jpg");
        assertThat(cache.count()).isZero();
    }

    static long filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
