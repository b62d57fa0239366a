package vn.toasoan.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.text.Slugs;
import vn.toasoan.text.VietnameseText;

/** Stores media files under the data directory and their descriptions in the database. */
@Service
public class MediaLibrary {

    private final MediaRepository repository;
    private final Path root;
    private final Clock clock;

    MediaLibrary(MediaRepository repository, DataDirectoryProperties dataDirectory, Clock clock) {
        this.repository = repository;
        this.root = dataDirectory.media();
        this.clock = clock;
    }

    /**
     * Writes the file, then its row. The name is made unique and unguessable so a file, once served, never
     * changes and browsers may cache it for a year.
     */
    @Transactional
    public long store(NewMedia media) {
        LocalDate today = LocalDate.now(clock);
        String base = Slugs.slugify(stripExtension(media.fileName()), 60);
        String key = "%d/%02d/%s-%s.%s".formatted(today.getYear(), today.getMonthValue(),
                base.isEmpty() ? "tep" : base, randomSuffix(), extension(media.contentType()));
        write(root.resolve(key), media.content());
        NewMedia normalised = new NewMedia(media.fileName(), media.contentType(), media.content(), media.width(),
                media.height(), VietnameseText.nfc(media.altText()), VietnameseText.nfc(media.caption()),
                VietnameseText.nfc(media.credit()));
        return repository.insert(key, normalised, clock.instant());
    }

    public Optional<MediaRef> find(long id) {
        return repository.findRef(id);
    }

    private static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store media file " + target, e);
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            case "application/pdf" -> "pdf";
            default -> throw new IllegalArgumentException("Unsupported media type: " + contentType);
        };
    }
}
