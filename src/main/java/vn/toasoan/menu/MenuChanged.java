package vn.toasoan.menu;

/** Published when an item of a menu was added, changed, moved or deleted: every public page shows the menus. */
public record MenuChanged(String menu) {
}
