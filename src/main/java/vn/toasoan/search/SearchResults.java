package vn.toasoan.search;

import java.util.List;

/**
 * One page of results.
 *
 * @param searchable whether the query held any word to search for; if not, there are no hits
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize, boolean searchable) {

    public static SearchResults nothingToSearch(int pageSize) {
        return new SearchResults(List.of(), 0, 1, pageSize, false);
    }

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
