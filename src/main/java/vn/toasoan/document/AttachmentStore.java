package vn.toasoan.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.blob.Blob;
import vn.toasoan.blob.BlobArea;
import vn.toasoan.blob.BlobStore;
import vn.toasoan.blob.BlobStores;

/**
 * Attached files, named by the SHA-256 of their bytes: the name can never be chosen by an uploader, and the same
 * file attached twice is stored once. The bytes are in the data directory ({@code documents/}) on one node and in
 * {@value #TABLE} in cluster mode.
 */
@Component
class AttachmentStore {

    /** The document feature's table of blobs, in cluster mode. */
    static final String TABLE = "attachment_blob";

    private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

    private final BlobStore store;
    /**
     * Runs after another transaction's end (restore, delete) in a transaction of its own: the one that ended can
     * take no more work.
     */
    private final TransactionTemplate ownTransaction;

    AttachmentStore(BlobStores stores, DataDirectoryProperties dataDirectory,
            PlatformTransactionManager transactionManager) {
        this.store = stores.open(new BlobArea(dataDirectory.documents(), TABLE));
        this.ownTransaction = new TransactionTemplate(transactionManager,
                new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW));
    }

    /** Stores the bytes unless they are stored already, and returns their storage key. */
    String store(byte[] content, String extension) {
        String hash = sha256(content);
        String key = hash.substring(0, 2) + "/" + hash + extension;
        store.putIfAbsent(key, content);
        return key;
    }

    /**
     * Writes the bytes stored under {@code key} again if they are gone, after the attachment naming them was
     * committed: the same bytes may have been removed with another document meanwhile ({@link #deleteUnlessNamed}).
     * The key is the one {@link #store} gave, so a large file is not hashed a second time.
     */
    void restore(String key, byte[] content) {
        try {
            ownTransaction.executeWithoutResult(status -> store.putIfAbsent(key, content));
        } catch (RuntimeException e) {
            log.warn("Could not write the attached file {} again: {}", key, e.toString());
        }
    }

    /**
     * Deletes the bytes stored under {@code key} unless a row names them: the same bytes may be attached to another
     * document. Called once the removal of a row is committed, never before, so a rollback loses no file. An
     * attachment of the same bytes may be committing at this very moment: the bytes are removed (in a transaction
     * of their own) before the rows are counted again, so that attachment is either counted (and the removal rolled
     * back) or finds its bytes gone after its commit and writes them again ({@link #restore}). Bytes that cannot be
     * removed are only logged: bytes no row names are never served.
     *
     * @param named whether a stored attachment names the key, asked of the database as it is now
     */
    void deleteUnlessNamed(String key, Predicate<String> named) {
        if (stillNamed(key, named)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                store.delete(key);
                if (stillNamed(key, named)) {
                    status.setRollbackOnly();
                }
            });
        } catch (RuntimeException e) {
            log.warn("Could not remove the attached file {}: {}", key, e.toString());
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

    /** The bytes stored under {@code key}, if they are. */
    Optional<Blob> file(String key) {
        return store.get(Objects.requireNonNull(key));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
