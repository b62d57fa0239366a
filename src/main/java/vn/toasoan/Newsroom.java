package vn.toasoan;

/**
 * Where the newsroom (the staff's side of the site) lives: every newsroom address starts with {@link #PATH}, and
 * only here is it written. Features build their pages' addresses on it ({@code Newsroom.PATH + "/bai-viet"}); the
 * newsroom's security, filters and templates (as the model attribute {@code newsroom}) use it to tell a staff page
 * from a public one.
 */
public final class Newsroom {

    /** "/quan-tri" (quản trị, administration): no trailing slash. */
    public static final String PATH = "/quan-tri";

    private Newsroom() {
    }

}
