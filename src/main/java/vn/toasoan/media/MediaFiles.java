package vn.toasoan.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.text.Slugs;

/**
 * Media files in the data directory, under keys the application makes up: {@code 2026/05/hoi-nghi-3f9a1c07d2b4.jpg}
 * and, for the smaller copies, {@code 2026/05/hoi-nghi-3f9a1c07d2b4-480.jpg}. The uploader's name gives only the
 * readable part, reduced to a slug, so no name can reach outside the directory or be served as something else; the
 * random part makes keys unguessable and unique, so a file once served never changes and caches keep it a year.
 */
@Component
class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);
    private static final int READABLE_LENGTH = 60;

    private final SecureRandom random = new SecureRandom();
    private final Path root;

    MediaFiles(DataDirectoryProperties dataDirectory) {
        this.root = dataDirectory.media().toAbsolutePath().normalize();
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

    /**
     * Writes a file in full under a temporary name, then renames it, so a reader never gets half a file. An
     * existing file is never replaced: it may be served already.
     */
    void write(String key, byte[] content) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, content);
                // Same directory, so a rename: atomic, and it fails rather than replace.
                Files.move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("Media file " + key + " exists already", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store media file " + key, e);
        }
    }

    /** Deletes files, going on past any that cannot be deleted: a leftover file costs disk space, nothing more. */
    void delete(Collection<String> keys) {
        for (String key : keys) {
            try {
                Files.deleteIfExists(path(key));
            } catch (IOException | RuntimeException e) {
                log.warn("Could not delete media file {}: {}", key, e.toString());
            }
        }
    }

    Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return path;
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
