package vn.toasoan.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's copies of blobs it served, on its own disk, at most {@code maxBytes} in all: the least recently served
 * leave first. The index of what is cached lives in memory, so the directory is emptied when the cache starts (a
 * blob deleted while the node was down must not be served from an old copy). Blobs are cached by area (the table
 * they come from) and key.
 */
final class BlobCache {

    private static final Logger log = LoggerFactory.getLogger(BlobCache.class);

    private final Path root;
    private final long maxBytes;
    /** Cached name → bytes, least recently served first. */
    private final LinkedHashMap<String, Long> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private final AtomicLong evictions = new AtomicLong();

    BlobCache(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        clear();
    }

    /** The cached copy, if there is one; counts as served for the eviction order. */
    Optional<Blob> find(String area, String key) {
        String name = name(area, key);
        synchronized (this) {
            if (!entries.containsKey(name)) {
                return Optional.empty();
            }
            entries.get(name);
        }
        Path file = file(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new Blob(attributes.size(), attributes.lastModifiedTime().toInstant(),
                    () -> Files.newInputStream(file)));
        } catch (IOException e) {
            // Removed from under the cache (by hand, or evicted this very moment): read the store again.
            forget(name);
            return Optional.empty();
        }
    }

    /**
     * Copies {@code source} into the cache and returns the copy; empty for a blob larger than the whole cache, which
     * is not cached. Older copies leave until the cache is within its size again.
     *
     * @throws IOException when the source cannot be read in full
     */
    Optional<Blob> fill(String area, String key, Blob source) throws IOException {
        if (source.length() > maxBytes) {
            return Optional.empty();
        }
        String name = name(area, key);
        Path file = file(name);
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), ".fill-", ".tmp");
        try {
            try (InputStream in = source.open()) {
                long copied = Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                if (copied != source.length()) {
                    throw new IOException("Read " + copied + " of the " + source.length() + " bytes of " + name);
                }
            }
            Files.setLastModifiedTime(temp, FileTime.from(source.lastModified()));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        synchronized (this) {
            Long replaced = entries.put(name, source.length());
            bytes += source.length() - (replaced == null ? 0 : replaced);
            shrink();
        }
        return Optional.of(new Blob(source.length(), source.lastModified(), () -> Files.newInputStream(file)));
    }

    /** Drops the copy of a blob deleted from the store. */
    void evict(String area, String key) {
        evictions.incrementAndGet();
        forget(name(area, key));
    }

    /** How many evictions there have been: a fill that saw this number change checks that its blob still exists. */
    long evictions() {
        return evictions.get();
    }

    /** Drops every copy. */
    synchronized void clear() {
        evictions.incrementAndGet();
        entries.clear();
        bytes = 0;
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    if (!directory.equals(root)) {
                        Files.deleteIfExists(directory);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the blob cache " + root, e);
        }
    }

    synchronized long bytes() {
        return bytes;
    }

    synchronized int count() {
        return entries.size();
    }

    private synchronized void forget(String name) {
        Long size = entries.remove(name);
        if (size != null) {
            bytes -= size;
        }
        delete(file(name));
    }

    /** Removes the least recently served copies until the cache is within its size. */
    private void shrink() {
        Iterator<Map.Entry<String, Long>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, Long> entry = eldest.next();
            bytes -= entry.getValue();
            eldest.remove();
            delete(file(entry.getKey()));
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            log.warn("Could not remove {} from the blob cache: {}", file, e.toString());
        }
    }

    private static String name(String area, String key) {
        return area + "/" + BlobKeys.checked(key);
    }

    private Path file(String name) {
        return root.resolve(name);
    }
}
