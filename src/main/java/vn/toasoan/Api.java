package vn.toasoan;

/**
 * Where the JSON API lives (public and admin, and the visit beacon): every API address starts with {@link #PATH}.
 * API answers are not pages: no layout, no page counting, JSON errors.
 */
public final class Api {

    /** "/api/", with the trailing slash, for prefix tests. */
    public static final String PATH = "/api/";

    private Api() {
    }

    public static boolean isApi(String requestUri) {
        return requestUri != null && requestUri.startsWith(PATH);
    }
}
