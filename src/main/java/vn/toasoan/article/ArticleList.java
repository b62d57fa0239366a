package vn.toasoan.article;

import java.util.List;

/** One page of the newsroom's article list. */
public record ArticleList(List<ArticleListItem> items, int page, int size, long total) {

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
