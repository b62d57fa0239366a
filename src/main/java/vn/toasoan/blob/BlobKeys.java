package vn.toasoan.blob;

import java.util.regex.Pattern;

/**
 * What a key may be: lower-case letters, digits, dots, hyphens and underscores in parts joined by "/", as the
 * features make them ({@code 2026/05/hoi-nghi-3f9a1c07d2b4-480.jpg}, {@code ab/ab12….pdf}). Nothing a request can
 * send reaches outside a store's directory or its cache.
 */
public final class BlobKeys {

    /** Long enough for any key the features make; short enough for the change feed's detail with the area. */
    public static final int MAX_LENGTH = 300;

    private static final Pattern KEY = Pattern.compile("[a-z0-9_][a-z0-9._-]*(/[a-z0-9_][a-z0-9._-]*)*");

    private BlobKeys() {
    }

    public static boolean valid(String key) {
        return key != null && key.length() <= MAX_LENGTH && KEY.matcher(key).matches() && !key.contains("..");
    }

    /** {@code key}, refused unless {@link #valid}. */
    static String checked(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("Not a blob key: " + key);
        }
        return key;
    }
}
