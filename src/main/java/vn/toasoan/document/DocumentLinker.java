package vn.toasoan.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.stereotype.Component;

import vn.toasoan.text.VietnameseText;

/**
 * Links the documents an article mentions ("Căn cứ kế hoạch số 14-KH/ĐU …") to their registry pages when the
 * page is rendered. The stored body is never changed: a document registered later is linked from then on, and
 * the editor's text stays as written.
 *
 * <p>Only a type in words followed by a symbol counts as a mention ("Kế hoạch số 14-KH/ĐU", "Quyết định
 * 1234/QĐ-UBND"): a bare symbol may be a reference number of something else. Text inside an existing link,
 * attributes, and a mention split across elements are left alone.
 */
@Component
public class DocumentLinker {

    /** CSS class of the links added, so the style can tell them from the editor's own links. */
    static final String LINK_CLASS = "doc-mention";

    /** The type words a mention starts with, longest first so "Thông tư liên tịch" wins over "Thông tư". */
    private static final Pattern TYPE_BEFORE_SYMBOL = Pattern.compile("(?<![\\p{L}\\p{N}])(" + typeWords()
            + ")[\\s\\u00A0]+(?:số[\\s\\u00A0]*:?[\\s\\u00A0]*)?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Enough text before a symbol for the longest type word and "số:" with a few spaces. */
    private static final int LOOK_BEHIND = 40;

    private final Documents documents;

    DocumentLinker(Documents documents) {
        this.documents = documents;
    }

    /**
     * Returns {@code html} with every mention of a registered document linked to it, or {@code html} itself,
     * unchanged, when there is nothing to link.
     *
     * @param html sanitised HTML of an article body; may be {@code null}
     */
    public String link(String html) {
        return link(html, documents::bySymbol);
    }

    static String link(String html, Function<String, Optional<DocumentRef>> lookup) {
        if (html == null || DocumentSymbol.findAll(html).isEmpty()) {
            return html;
        }
        org.jsoup.nodes.Document page = Jsoup.parseBodyFragment(html);
        page.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !insideLink(text)) {
                texts.add(text);
            }
        }, page.body());
        Map<String, Optional<DocumentRef>> known = new HashMap<>();
        boolean linked = false;
        for (TextNode text : texts) {
            linked |= linkMentions(text, symbol -> known.computeIfAbsent(symbol, lookup));
        }
        return linked ? page.body().html() : html;
    }

    private static boolean insideLink(Node node) {
        for (Element parent = (Element) node.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("a")) {
                return true;
            }
        }
        return false;
    }

    /** A mention of a registered document: [start, end) of type word and symbol in a text. */
    private record Mention(int start, int end, DocumentRef document) {
    }

    /** The mentions of registered documents in one text, in order and not overlapping. */
    private static List<Mention> mentions(String text, Function<String, Optional<DocumentRef>> lookup) {
        List<Mention> mentions = new ArrayList<>();
        int done = 0;
        for (DocumentSymbol.Found found : DocumentSymbol.findAll(text)) {
            int from = Math.max(done, found.start() - LOOK_BEHIND);
            Matcher type = TYPE_BEFORE_SYMBOL.matcher(text.substring(from, found.start()));
            if (!type.find()) {
                continue;
            }
            Optional<DocumentRef> document = lookup.apply(found.symbol().symbol());
            if (document.isPresent()) {
                mentions.add(new Mention(from + type.start(), found.end(), document.get()));
                done = found.end();
            }
        }
        return mentions;
    }

    /**
     * The registered documents an article body mentions by type and symbol, links included, so the document
     * page can list the articles that cite it.
     *
     * @param html sanitised HTML of an article body; may be {@code null}
     */
    public Set<Long> mentionedDocuments(String html) {
        return mentionedDocuments(html, documents::bySymbol);
    }

    static Set<Long> mentionedDocuments(String html, Function<String, Optional<DocumentRef>> lookup) {
        if (html == null || DocumentSymbol.findAll(html).isEmpty()) {
            return Set.of();
        }
        Map<String, Optional<DocumentRef>> known = new HashMap<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (Element block : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            for (TextNode text : block.textNodes()) {
                String whole = text.getWholeText();
                mentions(VietnameseText.nfc(whole), symbol -> known.computeIfAbsent(symbol, lookup))
                        .forEach(m -> ids.add(m.document().id()));
            }
        }
        return ids;
    }

    /** Replaces one text node by text and links; returns whether anything was linked. */
    private static boolean linkMentions(TextNode node, Function<String, Optional<DocumentRef>> lookup) {
        String text = node.getWholeText();
        if (!VietnameseText.nfc(text).equals(text)) {
            // Positions found in the normalised text would not fit this one; stored bodies are NFC anyway.
            return false;
        }
        List<Mention> mentions = mentions(text, lookup);
        if (mentions.isEmpty()) {
            return false;
        }
        int done = 0;
        for (Mention m : mentions) {
            if (m.start() > done) {
                node.before(new TextNode(text.substring(done, m.start())));
            }
            Element link = new Element("a").attr("href", m.document().url()).addClass(LINK_CLASS);
            link.appendChild(new TextNode(text.substring(m.start(), m.end())));
            node.before(link);
            done = m.end();
        }
        if (done < text.length()) {
            node.before(new TextNode(text.substring(done)));
        }
        node.remove();
        return true;
    }

    private static String typeWords() {
        Set<String> words = new LinkedHashSet<>(DocumentSymbol.typeNames());
        words.add("Văn bản");
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .map(w -> w.replace(" ", "\\E[\\s\\u00A0]+\\Q")).collect(Collectors.joining("|"));
    }
}
