package vn.toasoan.menu;

/** A static page (giới thiệu, liên hệ, …) a menu item may link to. */
public record PageChoice(long id, String title, boolean published) {
}
