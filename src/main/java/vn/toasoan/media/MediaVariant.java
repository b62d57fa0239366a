package vn.toasoan.media;

/** A smaller copy of an image, for responsive {@code srcset}. */
public record MediaVariant(int width, int height, String url) {
}
