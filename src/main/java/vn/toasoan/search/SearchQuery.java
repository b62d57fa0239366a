package vn.toasoan.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader asks for. Filters left {@code null} or empty do not filter.
 *
 * @param text the words as typed (any length, any characters: the index analyses and caps them)
 * @param page 1-based
 * @param categorySlugs match any of these categories (a parent category passes its descendants too)
 * @param from published at or after
 * @param to published before
 * @param types {@code "article"}, {@code "page"}, {@code "document"}
 */
public record SearchQuery(String text, int page, int pageSize, Set<String> categorySlugs, Instant from, Instant to,
        Set<String> types, Order order) {

    public enum Order { RELEVANCE, NEWEST }

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "");
        page = Math.max(1, page);
        pageSize = Math.max(1, pageSize);
        categorySlugs = categorySlugs == null ? Set.of() : Set.copyOf(categorySlugs);
        types = types == null ? Set.of() : Set.copyOf(types);
        order = Objects.requireNonNullElse(order, Order.RELEVANCE);
    }

    /** The first page of results by relevance, without filters. */
    public static SearchQuery of(String text, int pageSize) {
        return new SearchQuery(text, 1, pageSize, Set.of(), null, null, Set.of(), Order.RELEVANCE);
    }
}
