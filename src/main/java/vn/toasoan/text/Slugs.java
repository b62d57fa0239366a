package vn.toasoan.text;

import java.text.Normalizer;
import java.util.Locale;

/** Placeholder until the text package lands. */
public final class Slugs {
    private Slugs() {
    }

    public static String slugify(String s) {
        return slugify(s, 80);
    }

    public static String slugify(String s, int max) {
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return n.length() > max ? n.substring(0, max).replaceAll("-[^-]*$", "") : n;
    }
}
