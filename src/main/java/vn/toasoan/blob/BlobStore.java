package vn.toasoan.blob;

import java.util.Optional;

/**
 * Bytes under keys that name them for good: a key once written is never written with other bytes, so whatever was
 * read under it may be cached anywhere. Implementations: the data directory ({@link DirectoryBlobStore}, one node)
 * and PostgreSQL with a local cache ({@link CachedBlobStore} over {@link DatabaseBlobStore}, cluster mode); an
 * S3-compatible store can follow behind the same methods.
 *
 * <p>Changes take part in the caller's transaction when there is one: a blob stored in a transaction that rolls
 * back may stay (callers remove what they wrote, as the directory cannot roll back a write), but a deletion in a
 * transaction takes effect only if it commits, and is undone otherwise. Without a transaction, a change is made at
 * once. Keys are checked by {@link BlobKeys}.
 */
public interface BlobStore {

    /**
     * Stores {@code content} under {@code key} unless something is stored there already.
     *
     * @return whether this call wrote it
     */
    boolean putIfAbsent(String key, byte[] content);

    /** The blob under {@code key}, if one is stored. */
    Optional<Blob> get(String key);

    boolean exists(String key);

    /** Removes the blob under {@code key}; nothing happens if there is none. */
    void delete(String key);
}
