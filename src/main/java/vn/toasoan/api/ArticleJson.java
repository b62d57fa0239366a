package vn.toasoan.api;

import java.util.List;

/**
 * An article as the admin API answers it.
 *
 * @param url the public address (readers see it once {@code visible})
 * @param visible published and its time has come: readers see it now
 * @param category the category's slug
 * @param publishedAt ISO-8601 in the site's time zone; null until published
 * @param actions what the token's user may do with it now: edit, submit, return, publish, unpublish, archive, reopen,
 *        delete
 */
record ArticleJson(long id, String kind, String url, String status, boolean visible, int version, String title,
        String slug, String sapo, String body, String category, String byline, boolean featured, String publishedAt,
        DocumentLink document, Long coverMediaId, Person author, String returnReason, String createdAt,
        String updatedAt, List<String> actions) {

    /** The registered document an article cites. */
    record DocumentLink(long id, String symbol, String url) {
    }

    /** The account that wrote the article; null for imported ones. */
    record Person(long id, String username, String name) {
    }

    /** An article in a list: no body. */
    record Item(long id, String kind, String url, String status, boolean visible, int version, String title,
            String category, String byline, String publishedAt, Long authorId, String updatedAt) {
    }

    /** One page of a list. */
    record Page<T>(List<T> items, int page, int size, long total, long pages) {
    }
}
