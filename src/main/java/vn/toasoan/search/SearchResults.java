package vn.toasoan.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param total how many items match; with {@code totalExact} false, at least that many
 * @param searchable whether the query held any word to search for; if not, there are no hits
 */
public record SearchResults(List<SearchHit> hits, long total, boolean totalExact, int page, int pageSize,
        boolean searchable) {

    /** Results stop here: nobody reads a hundred pages, and deep pages cost every search time and memory. */
    public static final int MAX_RESULTS = 1_000;

    public static SearchResults nothingToSearch(int pageSize) {
        return new SearchResults(List.of(), 0, true, 1, pageSize, false);
    }

    /** Pages that can be shown, at most as many as {@link #MAX_RESULTS} fill. */
    public int pages() {
        long reachable = Math.min(total, MAX_RESULTS);
        return (int) Math.max(1, (reachable + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
