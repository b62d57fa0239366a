package vn.toasoan.media;

import java.time.Instant;
import java.util.List;

/**
 * A stored medium as the newsroom's library shows it.
 *
 * @param url public address of the file (for an image, at its own size)
 * @param width in pixels, images only
 * @param height in pixels, images only
 * @param altText required for images, {@code null} for files
 * @param originalName the uploader's file name, for people to recognise it; never a path
 * @param uploadedBy account id of the uploader, {@code null} for content made by the application
 * @param variants smaller copies of an image, narrowest first
 */
public record MediaItem(long id, MediaKind kind, String url, String contentType, long byteSize, Integer width,
        Integer height, String altText, String caption, String credit, String originalName, Long uploadedBy,
        Instant createdAt, List<MediaVariant> variants) {

    /** The image and its copies for a {@code srcset} attribute, or {@code null} when it has no copy. */
    public String srcset() {
        return MediaRef.srcsetOf(url, width, variants);
    }

    /** The image as a page shows it. */
    public MediaRef ref() {
        return new MediaRef(url, altText, width, height, srcset());
    }
}
