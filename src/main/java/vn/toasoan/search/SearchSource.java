package vn.toasoan.search;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A feature whose content is searchable, from the database: what a rebuild of the index reads. The feature also
 * keeps the index up to date through the change feed (see {@link SearchFollower}).
 */
public interface SearchSource {

    /** The {@link SearchDocument#type()}s this source writes; a rebuild replaces exactly those. */
    Set<String> types();

    /** How many documents the index should hold for this source. */
    long count();

    /** Hands every searchable document to {@code action}, without holding them all in memory. */
    void forEach(Consumer<SearchDocument> action);
}
