package vn.toasoan.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans article bodies on the way in with an allow-list: the structure an editor needs (headings, lists,
 * tables, links, figures with captions) survives; scripts, event handlers, styles, frames and javascript: URLs
 * do not.
 */
final class BodySanitizer {

    /** Lets relative links such as "/media/…" through; jsoup drops them without a base. */
    private static final String BASE = "http://toasoan.invalid/";

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "blockquote",
                    "ul", "ol", "li", "a", "img", "figure", "figcaption", "table", "caption", "thead", "tbody",
                    "tfoot", "tr", "th", "td", "hr")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private BodySanitizer() {
    }

    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, SAFELIST, output);
    }
}
