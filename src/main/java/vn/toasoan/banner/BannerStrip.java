package vn.toasoan.banner;

import java.util.List;

/**
 * The running strip under the header: a lead ("Nhiệt liệt chào mừng kỷ niệm") and the items of the day,
 * shown one after another separated by semicolons, as on the reference page.
 */
public record BannerStrip(String lead, List<Item> items) {

    public record Item(String text, String linkUrl) {
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
