package vn.toasoan.menu;

/**
 * The menu item form as typed; strings, so a refused form comes back as it was sent.
 *
 * @param menu {@link Menus#MAIN} or {@link Menus#FOOTER}
 * @param target what the item links to: {@code url}, {@code category}, {@code page} or {@code none} (a heading)
 * @param parentId the top-level item it sits under, or blank
 */
public record MenuItemChange(String menu, String label, String target, String url, String categoryId,
        String articleId, String parentId) {

    public static final String URL = "url";
    public static final String CATEGORY = "category";
    public static final String PAGE = "page";
    public static final String NONE = "none";
}
