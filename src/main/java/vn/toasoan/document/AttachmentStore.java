package vn.toasoan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.toasoan.DataDirectoryProperties;

/**
 * Attached files on disk, named by the SHA-256 of their bytes: the name can never be chosen by an uploader, and
 * the same file attached twice is stored once.
 */
@Component
class AttachmentStore {

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

    private final Path root;

    AttachmentStore(DataDirectoryProperties dataDirectory) {
        this.root = dataDirectory.documents();
    }

    /** Writes the bytes (atomically, so a reader never gets half a file) and returns their storage key. */
    String store(byte[] content, String extension) {
        String hash = sha256(content);
        String key = hash.substring(0, 2) + "/" + hash + extension;
        writeUnlessPresent(key, content);
        return key;
    }

    /**
     * Writes the bytes stored under {@code key} again if their file is gone, after the attachment naming them was
     * committed: the same bytes may have been removed with another document meanwhile ({@link #deleteUnlessNamed}).
     * The key is the one {@link #store} gave, so a large file is not hashed a second time.
     */
    void restore(String key, byte[] content) {
        try {
            writeUnlessPresent(key, content);
        } catch (UncheckedIOException e) {
            log.warn("Could not write the attached file {} again: {}", key, e.getCause().toString());
        }
    }

    private void writeUnlessPresent(String key, byte[] content) {
        Path target = path(key);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the file stored under {@code key} unless a row names it: the same bytes may be attached to another
     * document. Called once the removal of a row is committed, never before, so a rollback loses no file. An
     * attachment of the same bytes may be committing at this very moment: the file is moved aside before the rows
     * are counted again, so that attachment is either counted (and the file put back) or finds its file gone after
     * its commit and writes it again ({@link #restore}). A file that cannot be removed is only logged: a file no row
     * names is never served.
     *
     * @param named whether a stored attachment names the key, asked of the database as it is now
     */
    void deleteUnlessNamed(String key, Predicate<String> named) {
        if (stillNamed(key, named)) {
            return;
        }
        Path file = path(key);
        Path aside = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".deleting");
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            log.warn("Could not remove the attached file {}: {}", key, e.toString());
            return;
        }
        try {
            if (stillNamed(key, named)) {
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(aside);
            }
        } catch (IOException e) {
            log.warn("Could not finish removing the attached file {} (left as {}): {}", key, aside, e.toString());
        }
    }

    /** Whether a row names the key; when the database cannot tell, the file is kept. */
    private static boolean stillNamed(String key, Predicate<String> named) {
        try {
            return named.test(key);
        } catch (RuntimeException e) {
            log.warn("Kept the attached file {}: could not tell whether it is still attached: {}", key, e.toString());
            return true;
        }
    }

    Path path(String key) {
        return root.resolve(key);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
