package vn.toasoan.media;

/**
 * An image as a page shows it.
 *
 * @param url public address under {@code /media/}
 * @param alt text alternative, required for every image
 */
public record MediaRef(String url, String alt, Integer width, Integer height) {

    /** The public address of a stored file. */
    public static String urlOf(String storageKey) {
        return "/media/" + storageKey;
    }
}
