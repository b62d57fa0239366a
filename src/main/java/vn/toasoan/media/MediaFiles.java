package vn.toasoan.media;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.blob.BlobArea;
import vn.toasoan.blob.BlobStore;
import vn.toasoan.blob.BlobStores;
import vn.toasoan.text.Slugs;

/**
 * Media files, under keys the application makes up: {@code 2026/05/hoi-nghi-3f9a1c07d2b4.jpg} and, for the smaller
 * copies, {@code 2026/05/hoi-nghi-3f9a1c07d2b4-480.jpg}. The uploader's name gives only the readable part, reduced to
 * a slug, so no name can reach outside the store or be served as something else; the random part makes keys
 * unguessable and unique, so a file once served never changes and caches keep it a year. The bytes are in the data
 * directory ({@code media/}) on one node and in {@value #TABLE} in cluster mode.
 */
@Component
class MediaFiles {

    /** The media feature's table of blobs, in cluster mode. */
    static final String TABLE = "media_blob";

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);
    private static final int READABLE_LENGTH = 60;

    private final SecureRandom random = new SecureRandom();
    private final BlobStore store;

    MediaFiles(BlobStores stores, DataDirectoryProperties dataDirectory) {
        this.store = stores.open(new BlobArea(dataDirectory.media(), TABLE));
    }

    /** A new key for a file of this type, named after {@code originalName} where it has letters or digits. */
    String newKey(String originalName, FileType type, LocalDate today) {
        String base = Slugs.slugify(withoutExtension(originalName == null ? "" : originalName), READABLE_LENGTH);
        byte[] bytes = new byte[6];
        random.nextBytes(bytes);
        return "%d/%02d/%s-%s.%s".formatted(today.getYear(), today.getMonthValue(),
                base.isEmpty() ? (type.kind == MediaKind.IMAGE ? "anh" : "tep") : base, HexFormat.of().formatHex(bytes),
                type.extension);
    }

    /** The key of the copy of {@code key} scaled to {@code width} pixels. */
    static String variantKey(String key, int width) {
        int dot = key.lastIndexOf('.');
        return key.substring(0, dot) + "-" + width + key.substring(dot);
    }

    /** Stores a new file. An existing file is never replaced: it may be served already. */
    void write(String key, byte[] content) {
        if (!store.putIfAbsent(key, content)) {
            throw new IllegalStateException("Media file " + key + " exists already");
        }
    }

    /**
     * Deletes files, going on past any that cannot be deleted: a leftover file costs disk space, nothing more. In a
     * transaction they go when it commits.
     */
    void delete(Collection<String> keys) {
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                log.warn("Could not delete media file {}: {}", key, e.toString());
            }
        }
    }

    /** Where readers get the files from. */
    BlobStore store() {
        return store;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
