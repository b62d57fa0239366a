package vn.toasoan.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import vn.toasoan.article.WordDiff.Segment;

/**
 * What changed between two versions of an article, as a person reads it: the title, sapo, byline and the text of
 * the body's blocks word by word, and one line for each other field that changed.
 */
record RevisionDiff(List<Segment> title, List<Segment> sapo, List<Segment> byline, List<List<Segment>> body,
        List<String> otherChanges) {

    /** The blocks whose text is compared; images and videos count as a block described by their text. */
    private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, figcaption, caption, th, td, img, iframe";

    /** One version's fields, from a revision or from the article as it now is. */
    record Version(String title, String slug, String sapo, String byline, String bodyHtml, Long categoryId,
            Long coverMediaId, Long documentId, boolean featured, List<String> tags) {

        static Version of(ArticleRevision r) {
            return new Version(r.title(), r.slug(), r.sapo(), r.byline(), r.bodyHtml(), r.categoryId(),
                    r.coverMediaId(), r.documentId(), r.featured(), r.tags());
        }

        static Version of(Article a, List<String> tags) {
            return new Version(a.title(), a.slug(), a.sapo(), a.byline(), a.bodyHtml(), a.categoryId(),
                    a.coverMediaId(), a.documentId(), a.featured(), tags);
        }
    }

    static RevisionDiff between(Version older, Version newer) {
        List<String> other = new ArrayList<>();
        if (!Objects.equals(older.slug(), newer.slug())) {
            other.add("Đường dẫn: " + older.slug() + " → " + newer.slug());
        }
        if (!Objects.equals(older.categoryId(), newer.categoryId())) {
            other.add("Chuyên mục chính đã đổi");
        }
        if (!Objects.equals(older.coverMediaId(), newer.coverMediaId())) {
            other.add("Ảnh đại diện: " + orNone(older.coverMediaId()) + " → " + orNone(newer.coverMediaId()));
        }
        if (!Objects.equals(older.documentId(), newer.documentId())) {
            other.add("Văn bản được dẫn đã đổi");
        }
        if (older.featured() != newer.featured()) {
            other.add(newer.featured() ? "Thành tin nổi bật" : "Thôi là tin nổi bật");
        }
        if (older.tags() != null && newer.tags() != null && !older.tags().equals(newer.tags())) {
            other.add("Thẻ: " + joined(older.tags()) + " → " + joined(newer.tags()));
        }
        return new RevisionDiff(WordDiff.words(older.title(), newer.title()),
                WordDiff.words(older.sapo(), newer.sapo()), WordDiff.words(older.byline(), newer.byline()),
                WordDiff.blocks(blocks(older.bodyHtml()), blocks(newer.bodyHtml())), other);
    }

    public boolean titleChanged() {
        return WordDiff.changed(title);
    }

    public boolean sapoChanged() {
        return WordDiff.changed(sapo);
    }

    public boolean bylineChanged() {
        return WordDiff.changed(byline);
    }

    public boolean bodyChanged() {
        return body.stream().anyMatch(WordDiff::changed);
    }

    public boolean nothingChanged() {
        return !titleChanged() && !sapoChanged() && !bylineChanged() && !bodyChanged() && otherChanges.isEmpty();
    }

    /** The text of each block of a body, in reading order; a block holding other blocks gives only theirs. */
    static List<String> blocks(String html) {
        List<String> blocks = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return blocks;
        }
        for (Element element : Jsoup.parseBodyFragment(html).body().select(BLOCKS)) {
            String text = switch (element.tagName()) {
                case "img" -> "[Ảnh: " + element.attr("alt") + "]";
                case "iframe" -> "[Video: " + element.attr("title") + "]";
                default -> element.select(BLOCKS).size() > 1 ? ownText(element) : element.text();
            };
            if (!text.isBlank()) {
                blocks.add(text.strip());
            }
        }
        return blocks;
    }

    /** The text directly in a block that also holds other blocks (a list item with a nested list). */
    private static String ownText(Element element) {
        return element.ownText();
    }

    private static String orNone(Long id) {
        return id == null ? "không có" : "ảnh số " + id;
    }

    private static String joined(List<String> tags) {
        return tags.isEmpty() ? "không có" : String.join(", ", tags);
    }
}
