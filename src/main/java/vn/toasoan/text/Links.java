package vn.toasoan.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Which addresses an editor may link to from the menu or a banner: a path on this site ({@code /van-ban}) or a
 * web address ({@code http(s)://…}). Anything else ({@code javascript:}, {@code data:}, {@code //host}, spaces)
 * is refused, since it would run or mislead on every public page.
 */
public final class Links {

    public static final int MAX_LENGTH = 1000;

    private Links() {
    }

    /** True when {@code address} (already trimmed) is a safe link target. */
    public static boolean isSafe(String address) {
        if (address == null || address.isEmpty() || address.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c == 0x7F || Character.isWhitespace(c) || Character.isISOControl(c) || c == '\\'
                    || c == '"' || c == '<' || c == '>') {
                return false;
            }
        }
        if (address.startsWith("/")) {
            // "//host/…" leaves the site while looking like a path.
            return !address.startsWith("//") && parses(address);
        }
        String lower = address.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(address);
            return uri.getHost() != null && !uri.getHost().isEmpty() && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean parses(String path) {
        try {
            new URI(path);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
