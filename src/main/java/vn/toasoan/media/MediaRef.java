package vn.toasoan.media;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An image as a page shows it.
 *
 * @param url public address under {@code /media/}, of the image at its own size
 * @param alt text alternative, required for every image
 * @param srcset the image and its smaller copies for the {@code srcset} attribute ({@code "/media/a-480.jpg 480w,
 *        /media/a.jpg 800w"}), or {@code null} when it has no smaller copy; the page gives the matching
 *        {@code sizes}, which depends on where it puts the image
 */
public record MediaRef(String url, String alt, Integer width, Integer height, String srcset) {

    /** An image whose smaller copies are not known (yet): pages show it with {@code src} alone. */
    public MediaRef(String url, String alt, Integer width, Integer height) {
        this(url, alt, width, height, null);
    }

    /** The public address of a stored file. */
    public static String urlOf(String storageKey) {
        return "/media/" + storageKey;
    }

    /** The same image with its smaller copies. */
    public MediaRef withSrcset(String srcset) {
        return new MediaRef(url, alt, width, height, srcset);
    }

    /** The {@code srcset} of an image and its copies, narrowest first; {@code null} when there is no copy. */
    static String srcsetOf(String url, Integer width, List<MediaVariant> variants) {
        if (variants.isEmpty() || width == null) {
            return null;
        }
        return Stream.concat(variants.stream().map(v -> v.url() + " " + v.width() + "w"),
                Stream.of(url + " " + width + "w")).collect(Collectors.joining(", "));
    }
}
