package vn.toasoan.document;

import java.util.List;

/** One page (1-based) of a filtered document list. */
public record DocumentPage(List<Document> items, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
