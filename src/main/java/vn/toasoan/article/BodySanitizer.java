package vn.toasoan.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article bodies on the way in with an allow-list: the structure an editor needs (headings, lists,
 * tables, links, figures with captions, YouTube videos) survives; scripts, event handlers, styles, classes other
 * than the known ones, frames from any other host and javascript: or data: URLs do not. Word's markup is removed
 * first ({@link WordPaste}).
 *
 * <p>The order matters: Word's markup goes as text, the allow-list then builds a new document from the safe parts,
 * and only that new document is adjusted (known classes, YouTube addresses rewritten), so nothing the allow-list
 * refused can come back.
 */
final class BodySanitizer {

    /** Lets relative links such as "/media/…" through; jsoup drops them without a base. */
    private static final String BASE = "http://toasoan.invalid/";

    /** Classes that mean something to the site's stylesheet; any other is dropped. */
    private static final Set<String> FIGURE_CLASSES = Set.of("image");

    private static final Pattern YOUTUBE = Pattern.compile(
            "^https://(?:www\\.)?(?:youtube\\.com|youtube-nocookie\\.com)/embed/([A-Za-z0-9_-]{6,20})"
                    + "(?:\\?(?:.*&)?start=(\\d{1,6})(?:&.*)?|\\?.*)?$");

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "blockquote",
                    "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "caption", "thead", "tbody",
                    "tfoot", "tr", "th", "td", "hr", "iframe")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("figure", "class")
            .addAttributes("iframe", "src", "title")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .addProtocols("iframe", "src", "https")
            .preserveRelativeLinks(true);

    private BodySanitizer() {
    }

    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(WordPaste.strip(html), BASE);
        WordPaste.tidy(dirty.body());
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        adjust(clean.body());
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** The images of a clean body that have no text alternative, by address (fill the alt or refuse the save). */
    static List<String> imagesWithoutAlt(String cleanHtml) {
        List<String> missing = new ArrayList<>();
        for (Element img : Jsoup.parseBodyFragment(cleanHtml).select("img")) {
            if (img.attr("alt").isBlank()) {
                missing.add(img.attr("src"));
            }
        }
        return missing;
    }

    private static void adjust(Element body) {
        WordPaste.removeEmptyParagraphs(body);
        for (Element figure : body.select("figure")) {
            List<String> known = figure.classNames().stream().filter(FIGURE_CLASSES::contains).toList();
            figure.removeAttr("class");
            if (!known.isEmpty()) {
                figure.attr("class", String.join(" ", known));
            }
        }
        // An image without alt inside a captioned figure is described by its caption.
        for (Element img : body.select("figure img")) {
            Element caption = img.parent() == null ? null : img.parent().selectFirst("figcaption");
            if (img.attr("alt").isBlank() && caption != null && !caption.text().isBlank()) {
                img.attr("alt", caption.text().strip());
            }
        }
        for (Element iframe : body.select("iframe")) {
            Matcher video = YOUTUBE.matcher(iframe.attr("src"));
            if (!video.matches()) {
                iframe.remove();
                continue;
            }
            String title = iframe.attr("title").isBlank() ? "Video YouTube" : iframe.attr("title").strip();
            String src = "https://www.youtube-nocookie.com/embed/" + video.group(1)
                    + (video.group(2) == null ? "" : "?start=" + video.group(2));
            iframe.clearAttributes();
            iframe.empty();
            iframe.attr("src", src).attr("title", title).attr("loading", "lazy")
                    .attr("referrerpolicy", "strict-origin-when-cross-origin").attr("allowfullscreen", true)
                    .attr("width", "560").attr("height", "315");
        }
    }
}
