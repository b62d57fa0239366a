package vn.toasoan.search;

import java.time.Instant;

/**
 * One result.
 *
 * @param titleHtml the title, HTML-escaped, with the matched words in {@code <mark>}
 * @param snippetHtml a passage of the original text, HTML-escaped, with the matched words in {@code <mark>}
 */
public record SearchHit(String id, String type, String title, String titleHtml, String url, Instant publishedAt,
        String categorySlug, String snippetHtml) {
}
