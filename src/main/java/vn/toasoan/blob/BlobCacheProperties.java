package vn.toasoan.blob;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The disk cache of each node in cluster mode, under {@code <data-dir>/blob-cache}: media and attached files read
 * from PostgreSQL once are served from it after that (unused on one node, where the files are on disk already).
 *
 * @param cacheSize most bytes the cache keeps; the least recently served files leave first, and a file larger than
 *     this is served straight from the database
 */
@Validated
@ConfigurationProperties("toasoan.blob")
public record BlobCacheProperties(@NotNull @DefaultValue("1GB") DataSize cacheSize) {
}
