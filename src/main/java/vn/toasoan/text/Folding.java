package vn.toasoan.text;

import java.util.Objects;

/**
 * Accent-insensitive form of text for search and comparison: readers often type Vietnamese without tones
 * ("nghi quyet" for "nghị quyết"), and "Đ" is typed as "D".
 */
public final class Folding {

    private Folding() {
    }

    /**
     * Returns {@code text} in NFC, lower case, with "đ" as "d" and all tones and letter marks removed
     * ("Nghị Quyết Đảng Ủy" → "nghi quyet dang uy"). Unlike {@link Slugs#slugify(String)}, spaces,
     * punctuation, digits and other scripts are kept as they are, so the result still reads as text.
     *
     * @param text any text, may be {@code null}
     * @return the folded text, or {@code null} if {@code text} is {@code null}
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        return LatinLetters.lowerCaseWithoutMarks(VietnameseText.nfc(text));
    }

    /**
     * Tells whether {@code a} and {@code b} are the same text apart from case, tones and marks
     * ("Hòa Bình" and "hoa binh"). Two {@code null}s are equal; {@code null} equals no text.
     *
     * @param a any text, may be {@code null}
     * @param b any text, may be {@code null}
     * @return whether the folded forms are equal
     */
    public static boolean equalsFolded(String a, String b) {
        return Objects.equals(fold(a), fold(b));
    }
}
