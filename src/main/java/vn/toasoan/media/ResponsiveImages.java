package vn.toasoan.media;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.stereotype.Component;

/**
 * Gives the images of our media library their smaller copies as pages are rendered, so a phone loads a 480-pixel
 * copy where a wide screen loads the full picture. Stored bodies are never changed: copies made later, or with
 * other widths, are offered from then on.
 */
@Component
public class ResponsiveImages {

    /**
     * Width of an image in an article body: the whole screen on phones and tablets (site.css switches to one column
     * below 900 px), the text column (760 px) beyond.
     */
    static final String BODY_SIZES = "(max-width: 900px) 100vw, 760px";
    private static final int BODY_COLUMN = 760;
    private static final String PREFIX = MediaRef.urlOf("");
    /** Keys as {@link MediaFiles} makes them; anything else under /media/ is not ours to look up. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9/._-]{0,499}");

    private final MediaRepository repository;

    ResponsiveImages(MediaRepository repository) {
        this.repository = repository;
    }

    /**
     * The same images, each with its {@code srcset} when it has smaller copies, in one query.
     *
     * @param images images of the library, {@code null}s allowed (and kept)
     */
    public List<MediaRef> addSrcsets(List<MediaRef> images) {
        Set<String> keys = new LinkedHashSet<>();
        images.stream().filter(Objects::nonNull).map(i -> keyOf(i.url())).filter(Objects::nonNull).forEach(keys::add);
        if (keys.isEmpty()) {
            return images;
        }
        Map<String, MediaRef> known = repository.responsive(keys);
        return images.stream().map(image -> {
            MediaRef found = image == null ? null : known.get(keyOf(image.url()));
            return found == null ? image : image.withSrcset(found.srcset());
        }).toList();
    }

    /**
     * {@code html} with {@code srcset} and {@code sizes} on every {@code <img>} showing an image of the library that
     * has smaller copies (and its size, where the body gives none, so the page does not jump as it loads);
     * {@code html} itself, unchanged, when there is none.
     *
     * @param html sanitised HTML of an article body; may be {@code null}
     */
    public String addSrcsetsToBody(String html) {
        if (html == null || !html.contains(PREFIX)) {
            return html;
        }
        Document body = Jsoup.parseBodyFragment(html);
        body.outputSettings().prettyPrint(false);
        Elements images = body.select("img[src^=" + PREFIX + "]");
        Set<String> keys = new LinkedHashSet<>();
        images.forEach(img -> {
            String key = keyOf(img.attr("src"));
            if (key != null) {
                keys.add(key);
            }
        });
        if (keys.isEmpty()) {
            return html;
        }
        Map<String, MediaRef> known = repository.responsive(keys);
        boolean changed = false;
        for (Element img : images) {
            MediaRef image = known.get(keyOf(img.attr("src")));
            if (image != null) {
                if (!img.hasAttr("width") && !img.hasAttr("height")) {
                    img.attr("width", String.valueOf(image.width())).attr("height", String.valueOf(image.height()));
                }
                img.attr("srcset", image.srcset()).attr("sizes", sizes(img));
                changed = true;
            }
        }
        return changed ? body.body().html() : html;
    }

    /** An image narrower than the column is shown at its own width (CSS only ever shrinks it to fit). */
    private static String sizes(Element img) {
        try {
            int width = Integer.parseInt(img.attr("width").strip());
            return width > 0 && width < BODY_COLUMN ? width + "px" : BODY_SIZES;
        } catch (NumberFormatException e) {
            return BODY_SIZES;
        }
    }

    private static String keyOf(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return null;
        }
        String key = url.substring(PREFIX.length());
        return KEY.matcher(key).matches() && !key.contains("..") ? key : null;
    }
}
