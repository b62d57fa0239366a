package vn.toasoan.search;

import java.time.Instant;

/**
 * One result.
 *
 * @param snippetHtml a passage of the original text, HTML-escaped, with the matched words in {@code <mark>}
 */
public record SearchHit(String id, String type, String title, String url, Instant publishedAt, String categorySlug,
        String snippetHtml) {
}
