package vn.toasoan.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Blobs as files under a directory of the data directory, the key being the file's path below it: the layout of
 * every earlier version, so existing data keeps being served. Files are written under a temporary name and renamed,
 * so a reader never gets half a file.
 *
 * <p>A deletion inside a transaction moves the file aside at once (readers no longer get it) and removes it once
 * the transaction commits, or moves it back if it does not: so a check made after the move, in the same
 * transaction, can still keep the file.
 */
public class DirectoryBlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(DirectoryBlobStore.class);

    private final Path root;

    public DirectoryBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        Path target = path(key);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temp, content);
                // Same directory, so a rename; without REPLACE_EXISTING it fails rather than replace a served file.
                Files.move(temp, target);
                return true;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key + " under " + root, e);
        }
    }

    @Override
    public Optional<Blob> get(String key) {
        Path file = path(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new Blob(attributes.size(), attributes.lastModifiedTime().toInstant(),
                    () -> Files.newInputStream(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key + " under " + root, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    /** A file that cannot be removed is only logged: it costs disk space, and nothing names it any more. */
    @Override
    public void delete(String key) {
        Path file = path(key);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", file, e.toString());
            }
            return;
        }
        Path aside = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".deleting");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                try {
                    if (status == STATUS_COMMITTED) {
                        Files.delete(aside);
                    } else {
                        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE,
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    log.warn("Could not finish deleting {} (left as {}): {}", file, aside, e.toString());
                }
            }
        });
    }

    /** Where the blob under {@code key} is; a key reaching outside the directory is refused. */
    public Path path(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a key under " + root + ": " + key);
        }
        return path;
    }
}
