package vn.toasoan.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL path segments made from titles: "Điện Biên Phủ" → "dien-bien-phu". Vietnamese readers expect
 * tone-less slugs (as every Vietnamese news site uses), and ASCII keeps URLs readable when shared.
 */
public final class Slugs {

    /** Long enough for a typical headline's meaningful start, short enough for a readable URL. */
    public static final int DEFAULT_MAX_LENGTH = 80;

    private static final char SEPARATOR = '-';

    private Slugs() {
    }

    /**
     * Returns {@link #slugify(String, int)} with {@link #DEFAULT_MAX_LENGTH}.
     *
     * @param text any text, may be {@code null}
     * @return the slug, possibly empty, never {@code null}
     */
    public static String slugify(String text) {
        return slugify(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * Returns a slug of {@code text}: lower-case ASCII letters and digits, words separated by single
     * hyphens. Vietnamese and other Latin letters lose their tones and marks ("đ" → "d", "ß" → "ss",
     * "æ" → "ae"); anything else (punctuation, other scripts, emoji) separates words. A slug longer than
     * {@code maxLength} is cut after the last whole word that fits; only a first word longer than the
     * limit is cut inside the word. The result is empty when {@code text} has no Latin letter or digit,
     * so callers choose their own fallback. Slugifying a slug returns it unchanged.
     *
     * @param text any text, may be {@code null}
     * @param maxLength the greatest length of the result, at least 1
     * @return the slug, possibly empty, never {@code null}
     * @throws IllegalArgumentException if {@code maxLength} is less than 1
     */
    public static String slugify(String text, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, was " + maxLength);
        }
        if (text == null) {
            return "";
        }
        return truncateAtWord(asciiWords(text), maxLength);
    }

    private static String asciiWords(String text) {
        String folded = LatinLetters.lowerCaseWithoutMarks(VietnameseText.nfc(text));
        // NFKD spells out compatibility forms: full-width "Ａ１" → "a1", "ﬁ" → "fi", "²" → "2".
        // It may yield capitals ("™" → "TM"), hence the second lower-casing.
        String compatible = Normalizer.normalize(folded, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(compatible.length());
        boolean separatorPending = false;
        for (int i = 0; i < compatible.length(); i++) {
            char c = compatible.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                // Marks left here belong to letters that are dropped anyway; they must not split words.
                continue;
            }
            String ascii = isAsciiLetterOrDigit(c) ? String.valueOf(c) : LatinLetters.asciiForLetterWithoutDecomposition(c);
            if (ascii == null) {
                separatorPending = true;
                continue;
            }
            if (separatorPending && slug.length() > 0) {
                slug.append(SEPARATOR);
            }
            separatorPending = false;
            slug.append(ascii);
        }
        return slug.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String truncateAtWord(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        if (slug.charAt(maxLength) == SEPARATOR) {
            return slug.substring(0, maxLength);
        }
        int lastBoundary = slug.lastIndexOf(SEPARATOR, maxLength - 1);
        return lastBoundary > 0 ? slug.substring(0, lastBoundary) : slug.substring(0, maxLength);
    }
}
