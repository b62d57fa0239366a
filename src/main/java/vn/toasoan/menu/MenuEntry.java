package vn.toasoan.menu;

/**
 * A menu item as the newsroom lists it, in display order.
 *
 * @param url the address it links to now (a category's or page's current address), or null for a heading
 * @param target {@link MenuItemChange#URL}, {@code CATEGORY}, {@code PAGE} or {@code NONE}
 * @param index its place among its siblings, from 0
 */
public record MenuEntry(long id, String menu, Long parentId, String label, String url, String target,
        Long categoryId, Long articleId, int depth, int index, int siblings, int children) {

    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == siblings - 1;
    }

    /** What the target is, in Vietnamese, for the list. */
    public String targetLabel() {
        return switch (target) {
            case MenuItemChange.CATEGORY -> "Chuyên mục";
            case MenuItemChange.PAGE -> "Trang";
            case MenuItemChange.URL -> "Địa chỉ";
            default -> "Tiêu đề nhóm";
        };
    }
}
