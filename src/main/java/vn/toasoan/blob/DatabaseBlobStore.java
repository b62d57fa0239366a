package vn.toasoan.blob;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.utc;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Blobs in a PostgreSQL table that every node reaches, one table per owning feature ({@code media_blob},
 * {@code attachment_blob}), each with the columns {@code storage_key} (primary key), {@code byte_size},
 * {@code created_at} and {@code content} ({@code BYTEA}). Bytes are read in slices of {@value #SLICE} bytes, each
 * a query of its own, so a large file is never in memory whole and holds no connection while it is sent. Writes and
 * deletions join the caller's transaction; a deletion is recorded in the change feed ({@link BlobDeleted}) so every
 * node drops its cached copy.
 */
public class DatabaseBlobStore implements BlobStore {

    /** Bytes read by one query. */
    static final int SLICE = 1024 * 1024;

    private static final Pattern TABLE = Pattern.compile("[a-z][a-z_]{0,39}");

    private final JdbcClient jdbc;
    private final String table;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** @param table a constant of the feature that owns the table, never input */
    public DatabaseBlobStore(JdbcClient jdbc, String table, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        if (!TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a blob table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The table, which also names the area in the cache and in the change feed. */
    public String table() {
        return table;
    }

    /** Two nodes storing the same key at once (an attachment's bytes are named by their hash) both succeed. */
    @Override
    public boolean putIfAbsent(String key, byte[] content) {
        return jdbc.sql("INSERT INTO " + table + " (storage_key, byte_size, created_at, content)"
                        + " VALUES (:key, :size, :now, :content) ON CONFLICT (storage_key) DO NOTHING")
                .param("key", BlobKeys.checked(key)).param("size", (long) content.length)
                .param("now", utc(clock.instant())).param("content", content)
                .update() > 0;
    }

    @Override
    public Optional<Blob> get(String key) {
        if (!BlobKeys.valid(key)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT byte_size, created_at FROM " + table + " WHERE storage_key = :key")
                .param("key", key)
                .query((rs, row) -> {
                    long size = rs.getLong("byte_size");
                    return new Blob(size, instant(rs, "created_at"), () -> new SlicedStream(key, size));
                })
                .optional();
    }

    @Override
    public boolean exists(String key) {
        return BlobKeys.valid(key) && jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE storage_key = :key")
                .param("key", key).query(Long.class).single() > 0;
    }

    @Override
    public void delete(String key) {
        if (!BlobKeys.valid(key)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            int deleted = jdbc.sql("DELETE FROM " + table + " WHERE storage_key = :key").param("key", key).update();
            if (deleted > 0) {
                events.publishEvent(new BlobDeleted(table, key));
            }
        });
    }

    /** {@code length} bytes from {@code offset} (0-based), or empty once the blob is gone. */
    private Optional<byte[]> slice(String key, long offset, int length) {
        return jdbc.sql("SELECT SUBSTRING(content FROM :from FOR :length) FROM " + table + " WHERE storage_key = :key")
                .param("from", Math.toIntExact(offset + 1)).param("length", length).param("key", key)
                .query(byte[].class).optional();
    }

    /** The bytes, read a slice at a time as they are consumed; skipping reads nothing. */
    private final class SlicedStream extends InputStream {

        private final String key;
        private final long size;
        private long position;
        private byte[] slice = new byte[0];
        private long sliceStart;

        SlicedStream(String key, long size) {
            this.key = key;
            this.size = size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, target.length);
            if (position >= size) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            if (position < sliceStart || position >= sliceStart + slice.length) {
                int wanted = (int) Math.min(SLICE, size - position);
                slice = slice(key, position, wanted).filter(s -> s.length > 0)
                        .orElseThrow(() -> new IOException("Blob " + key + " left " + table + " while being read"));
                sliceStart = position;
            }
            int from = (int) (position - sliceStart);
            int count = Math.min(length, slice.length - from);
            System.arraycopy(slice, from, target, offset, count);
            position += count;
            return count;
        }

        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, size - position));
            position += skipped;
            return skipped;
        }

        @Override
        public int available() {
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, sliceStart + slice.length - position));
        }
    }
}
