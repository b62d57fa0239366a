package vn.toasoan.media;

import java.util.List;

/** One page of the library, newest first, with what pagination links need. */
public record MediaPage(List<MediaItem> items, int page, int size, long total) {

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
