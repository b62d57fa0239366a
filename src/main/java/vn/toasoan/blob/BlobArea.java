package vn.toasoan.blob;

import java.nio.file.Path;

/**
 * Where one feature's blobs are kept.
 *
 * @param directory in the data directory, on one node (the layout of earlier versions)
 * @param table the feature's own table, in cluster mode: {@code storage_key} (primary key), {@code byte_size},
 *     {@code created_at}, {@code content} ({@code BYTEA})
 */
public record BlobArea(Path directory, String table) {
}
