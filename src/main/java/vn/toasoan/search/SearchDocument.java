package vn.toasoan.search;

import java.time.Instant;
import java.util.Objects;

import vn.toasoan.text.VietnameseText;

/**
 * One searchable item, flattened: an article, a static page, later an official document.
 *
 * @param id unique across types, e.g. {@code "article:42"}
 * @param type {@code "article"}, {@code "page"} or {@code "document"}
 * @param body plain text (no HTML): snippets are cut from it
 * @param categorySlug the category's slug, or {@code null}
 * @param publishedAt when readers may first see it; later items stay hidden until then
 * @param symbol an official document's number and symbol ("14-KH/ĐU"), matched as one word however it is typed;
 *     {@code null} for other content
 */
public record SearchDocument(String id, String type, String title, String sapo, String body, String categorySlug,
        Instant publishedAt, String url, String symbol) {

    /** Content without a symbol: articles and pages. */
    public SearchDocument(String id, String type, String title, String sapo, String body, String categorySlug,
            Instant publishedAt, String url) {
        this(id, type, title, sapo, body, categorySlug, publishedAt, url, null);
    }

    /** Text arrives in NFC whatever its source, so that stored snippets and analysed terms agree. */
    public SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(url, "url");
        title = Objects.requireNonNullElse(VietnameseText.nfc(title), "");
        sapo = Objects.requireNonNullElse(VietnameseText.nfc(sapo), "");
        body = Objects.requireNonNullElse(VietnameseText.nfc(body), "");
        symbol = symbol == null || symbol.isBlank() ? null : VietnameseText.nfc(symbol);
    }
}
