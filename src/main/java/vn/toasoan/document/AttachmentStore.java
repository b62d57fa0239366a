package vn.toasoan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import vn.toasoan.DataDirectoryProperties;

/**
 * Attached files on disk, named by the SHA-256 of their bytes: the name can never be chosen by an uploader, and
 * the same file attached twice is stored once.
 */
@Component
class AttachmentStore {

    private final Path root;

    AttachmentStore(DataDirectoryProperties dataDirectory) {
        this.root = dataDirectory.documents();
    }

    /** Writes the bytes (atomically, so a reader never gets half a file) and returns their storage key. */
    String store(byte[] content, String extension) {
        String hash = sha256(content);
        String key = hash.substring(0, 2) + "/" + hash + extension;
        Path target = path(key);
        if (Files.exists(target)) {
            return key;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
