package vn.toasoan.text;

import java.text.Normalizer;

/**
 * Normalisation of Vietnamese text before it is stored or compared.
 *
 * <p>Vietnamese can be typed precomposed ("ệ", one code point) or decomposed ("e" + U+0323 + U+0302), and
 * tone marks can sit on different vowels ("hòa" / "hoà"). Both variants look identical on screen, so
 * without normalisation a search for one misses the other.
 */
public final class VietnameseText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private VietnameseText() {
    }

    /**
     * Returns {@code text} in Unicode NFC, cleaned of characters that must never be stored: C0 control
     * characters other than tab, line feed and carriage return (they break XML, JSON and PostgreSQL
     * text), byte order marks (U+FEFF, left over from pasted files) are removed, and lone surrogates
     * (invalid UTF-16, not encodable as UTF-8) are replaced by U+FFFD.
     *
     * @param text any text, may be {@code null}
     * @return the cleaned NFC text, or {@code null} if {@code text} is {@code null}
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        // Cleaning first: a removed control character may separate a letter from its combining mark,
        // and only afterwards can NFC compose them.
        return Normalizer.normalize(withoutForbiddenCharacters(text), Normalizer.Form.NFC);
    }

    /**
     * Moves tone marks of the vowel pairs "oa", "oe" and "uy" at the end of a syllable to the modern
     * ("new") position on the second vowel: "hòa" → "hoà", "thủy" → "thuỷ", "khỏe" → "khoẻ", "Ủy" → "Uỷ".
     * This is the placement of the 1980s orthography reform, of Unicode's own examples and of most modern
     * keyboards; the old placement ("hòa") is equally correct Vietnamese, so both must compare equal.
     *
     * <p>Only open syllables change: when a consonant follows ("hoàng", "khuyên") both conventions put
     * the mark on the same vowel. In "qu" and "gi" the u and i belong to the consonant, so "quý" and
     * "gìn" are left as they are. Words that are not Vietnamese syllables are left intact. The result is
     * NFC (see {@link #nfc(String)}).
     *
     * @param text any text, may be {@code null}
     * @return the text with canonical tone placement, or {@code null} if {@code text} is {@code null}
     */
    public static String normalizeToneMarks(String text) {
        String normalized = nfc(text);
        if (normalized == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(normalized.length());
        int start = 0;
        while (start < normalized.length()) {
            int end = start;
            boolean word = isWordPart(normalized.codePointAt(start));
            while (end < normalized.length() && isWordPart(normalized.codePointAt(end)) == word) {
                end += Character.charCount(normalized.codePointAt(end));
            }
            String run = normalized.substring(start, end);
            result.append(word ? Syllables.withModernToneMark(run) : run);
            start = end;
        }
        return result.toString();
    }

    /** Marks count as part of a word so that a stray combining mark keeps its word from being rewritten. */
    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String withoutForbiddenCharacters(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cleaned.append(REPLACEMENT_CHARACTER);
            } else if (!isForbidden(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static boolean isForbidden(char c) {
        boolean c0Control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        return c0Control || c == BYTE_ORDER_MARK;
    }
}
