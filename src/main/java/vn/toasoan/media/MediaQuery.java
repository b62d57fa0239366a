package vn.toasoan.media;

/**
 * What the library lists.
 *
 * @param kind images or files only; {@code null} for both
 * @param text words that must all appear in the alt text, caption, credit or file name, tones and case ignored;
 *        {@code null} or blank for any
 */
public record MediaQuery(MediaKind kind, String text) {

    public static final MediaQuery ALL = new MediaQuery(null, null);
}
