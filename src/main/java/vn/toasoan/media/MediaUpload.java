package vn.toasoan.media;

/**
 * A file someone uploads, as it came: nothing in it is trusted yet.
 *
 * @param fileName the name on the uploader's computer; kept for the library only, never used as a path
 * @param declaredContentType what the browser or client said the file is; ignored for every decision, since only
 *        the bytes tell what a file is
 * @param content the bytes
 * @param altText text alternative, required for an image (what a person who cannot see it needs to know)
 * @param caption shown under the image where it is published; optional
 * @param credit author or source of the picture; optional
 */
public record MediaUpload(String fileName, String declaredContentType, byte[] content, String altText,
        String caption, String credit) {

    /** Field names used by {@link MediaRejected#field()}. */
    public static final String FILE = "file";
    public static final String ALT_TEXT = "altText";
    public static final String CAPTION = "caption";
    public static final String CREDIT = "credit";
}
