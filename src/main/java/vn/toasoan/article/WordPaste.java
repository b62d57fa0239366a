package vn.toasoan.article;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cleans what Microsoft Word puts on the clipboard, before the allow-list sees it: conditional comments
 * ({@code <!--[if gte mso 9]>…<![endif]-->}) and Word's fake list bullets ({@code <![if !supportLists]>}), {@code <o:p>}
 * and other Office namespaces, the {@code <xml>} and {@code <style>} blocks, and runs of {@code &nbsp;}. Text is left
 * exactly as written, Vietnamese included: only markup goes. Word's classes ({@code MsoNormal}), styles
 * ({@code mso-…}) and {@code <span lang=VI>} wrappers are dropped by the allow-list afterwards (it keeps no class,
 * style or span).
 */
final class WordPaste {

    private static final Pattern CONDITIONAL = Pattern.compile("(?is)<!--\\[if[^\\]]*\\]>.*?<!\\[endif\\]-->");
    private static final Pattern DOWNLEVEL = Pattern.compile("(?is)<!\\[if[^\\]]*\\]>.*?<!\\[endif\\]>");
    private static final Pattern OFFICE_EMPTY = Pattern.compile("(?is)<o:p>(?:\\s|&nbsp;|&#160;|\u00a0)*</o:p>");
    private static final Pattern OFFICE_TAG = Pattern.compile("(?i)</?(?:o|v|w|m|st1):[a-z][^>]*>");
    private static final Pattern XML_BLOCK = Pattern.compile("(?is)<xml\\b.*?</xml>");
    private static final Pattern NBSP_RUN = Pattern.compile("[ \\t]*\u00a0[\u00a0 \\t]+|[ \\t]+\u00a0");

    private WordPaste() {
    }

    /** The HTML without Word's markup (string level: parts a parser would otherwise keep as text). */
    static String strip(String html) {
        String clean = CONDITIONAL.matcher(html).replaceAll("");
        clean = DOWNLEVEL.matcher(clean).replaceAll("");
        clean = OFFICE_EMPTY.matcher(clean).replaceAll("");
        clean = OFFICE_TAG.matcher(clean).replaceAll("");
        return XML_BLOCK.matcher(clean).replaceAll("");
    }

    /**
     * Tidies a parsed body: headings fit under the article's own h1, runs of non-breaking spaces become one space
     * (a single one between two words stays: "10&nbsp;000"), and paragraphs left empty go.
     */
    static void tidy(Element body) {
        body.select("h1").tagName("h2");
        body.select("h5, h6").tagName("h4");
        for (Element element : body.getAllElements()) {
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    tidyText(text);
                }
            }
        }
        removeEmptyParagraphs(body);
    }

    /** Paragraphs with neither text nor an image or video: Word's spacing, or what remains of removed markup. */
    static void removeEmptyParagraphs(Element body) {
        for (Element p : body.select("p")) {
            if (p.select("img, iframe").isEmpty() && p.text().replace('\u00a0', ' ').isBlank()) {
                p.remove();
            }
        }
    }

    private static void tidyText(TextNode text) {
        String value = text.getWholeText();
        if (value.indexOf('\u00a0') >= 0) {
            text.text(NBSP_RUN.matcher(value).replaceAll(" "));
        }
    }
}
