package vn.toasoan.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The shared store of cluster mode as a node serves it: a blob is read from PostgreSQL once, then from this node's
 * disk cache. Keys never change their bytes, so a cached copy is right for as long as the blob exists; a deletion
 * reaches every node through the change feed ({@link BlobCacheFollower}), within its poll interval.
 */
public class CachedBlobStore implements BlobStore {

    private final DatabaseBlobStore shared;
    private final BlobCache cache;

    CachedBlobStore(DatabaseBlobStore shared, BlobCache cache) {
        this.shared = shared;
        this.cache = cache;
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        return shared.putIfAbsent(key, content);
    }

    /**
     * A deletion may commit while the blob is being copied into the cache, and its eviction come before the copy is
     * in place: a copy made while any eviction happened is checked against the database once more.
     */
    @Override
    public Optional<Blob> get(String key) {
        if (!BlobKeys.valid(key)) {
            return Optional.empty();
        }
        Optional<Blob> cached = cache.find(shared.table(), key);
        if (cached.isPresent()) {
            return cached;
        }
        long evictions = cache.evictions();
        Optional<Blob> stored = shared.get(key);
        if (stored.isEmpty()) {
            return stored;
        }
        Optional<Blob> copy;
        try {
            copy = cache.fill(shared.table(), key, stored.get());
        } catch (IOException e) {
            if (!shared.exists(key)) {
                return Optional.empty();
            }
            throw new UncheckedIOException("Cannot copy " + key + " of " + shared.table() + " into the cache", e);
        }
        if (copy.isEmpty()) {
            return stored;
        }
        if (cache.evictions() != evictions && !shared.exists(key)) {
            cache.evict(shared.table(), key);
            return Optional.empty();
        }
        return copy;
    }

    @Override
    public boolean exists(String key) {
        return shared.exists(key);
    }

    @Override
    public void delete(String key) {
        shared.delete(key);
        cache.evict(shared.table(), key);
    }
}
