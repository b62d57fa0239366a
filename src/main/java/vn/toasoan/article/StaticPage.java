package vn.toasoan.article;

/**
 * A static page (Giới thiệu, Liên hệ…) as a link to it: what a menu item may point at.
 *
 * @param url its public address
 * @param published whether readers can open it now
 */
public record StaticPage(long id, String title, String url, boolean published) {
}
