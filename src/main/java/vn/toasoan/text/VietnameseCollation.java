package vn.toasoan.text;

import java.text.Collator;
import java.text.ParseException;
import java.text.RuleBasedCollator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Dictionary order for Vietnamese titles and names.
 *
 * <p>Letters sort as a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y. Tones sort as in the
 * Từ điển tiếng Việt (Hoàng Phê) and the Unicode CLDR "vi" collation: none, huyền, hỏi, ngã, sắc, nặng
 * (a à ả ã á ạ). Case decides only between otherwise equal texts, lower case first. NFC and NFD input,
 * and old and new tone placement ("Hòa", "Hoà"), sort alike.
 *
 * <p>Texts are compared syllable by syllable, as dictionaries do: every entry starting with "ba" comes
 * before those starting with "bà", so "Bà Rịa - Vũng Tàu" precedes "Bạc Liêu". The JDK's own "vi"
 * collator orders letters and tones correctly but ignores spaces, so it compares "bariavungtau" with
 * "baclieu" and gets this wrong; it is also missing where the jdk.localedata module is not installed.
 * Punctuation only breaks ties, so a title in quotes sorts under its first word.
 */
public final class VietnameseCollation {

    /**
     * The JDK root rules with the CLDR "vi" tailoring. The letter marks (breve, circumflex, horn) become
     * primary weights after "z", which makes "ă" sort as a letter of its own between "a" and "b" in both
     * NFC and NFD input, without listing every precomposed letter.
     */
    private static final String VIETNAMESE_RULES = "&\u0300;\u0309;\u0303;\u0301;\u0323"
            + "&D<\u0111,\u0110"
            + "&Z<\u0306<\u0302<\u031B";

    private static final RuleBasedCollator PROTOTYPE = buildCollator();

    private static final Comparator<String> DICTIONARY_ORDER = VietnameseCollation::compare;

    private VietnameseCollation() {
    }

    /**
     * Returns the Vietnamese dictionary order. It is safe to share between threads. It does not accept
     * {@code null}; wrap it in {@link Comparator#nullsFirst(Comparator)} where titles may be missing.
     *
     * @return the comparator
     */
    public static Comparator<String> comparator() {
        return DICTIONARY_ORDER;
    }

    /**
     * Compares two texts in Vietnamese dictionary order.
     *
     * @param a a text, not {@code null}
     * @param b a text, not {@code null}
     * @return a negative number, zero or a positive number as {@code a} sorts before, with or after {@code b}
     */
    public static int compare(String a, String b) {
        // Tone placement is normalised too: "hòa" and "hoà" carry the mark on different letters, and
        // the collator would weigh that difference.
        String nfcA = VietnameseText.normalizeToneMarks(Objects.requireNonNull(a, "a"));
        String nfcB = VietnameseText.normalizeToneMarks(Objects.requireNonNull(b, "b"));
        // A Collator keeps iteration state, so concurrent use of one instance corrupts results;
        // a clone shares the immutable tables and is cheap.
        Collator collator = (Collator) PROTOTYPE.clone();
        collator.setStrength(Collator.SECONDARY);
        int bySyllables = compareSyllables(collator, syllables(nfcA), syllables(nfcB));
        if (bySyllables != 0) {
            return bySyllables;
        }
        collator.setStrength(Collator.TERTIARY);
        int byCaseAndPunctuation = collator.compare(nfcA, nfcB);
        // Code points last, so that only texts that are canonically equal compare as equal.
        return byCaseAndPunctuation != 0 ? byCaseAndPunctuation : nfcA.compareTo(nfcB);
    }

    private static int compareSyllables(Collator collator, List<String> a, List<String> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int result = collator.compare(a.get(i), b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The runs of letters and digits; spaces, hyphens and other punctuation only separate them. */
    private static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inSyllable = i < text.length() && isSyllablePart(text.charAt(i));
            if (inSyllable && start < 0) {
                start = i;
            } else if (!inSyllable && start >= 0) {
                syllables.add(text.substring(start, i));
                start = -1;
            }
        }
        return syllables;
    }

    private static boolean isSyllablePart(char c) {
        int type = Character.getType(c);
        // Surrogates count as word characters so that letters outside the BMP stay in one piece.
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static RuleBasedCollator buildCollator() {
        String rootRules = ((RuleBasedCollator) Collator.getInstance(Locale.ROOT)).getRules();
        try {
            RuleBasedCollator collator = new RuleBasedCollator(rootRules + VIETNAMESE_RULES);
            // Decomposition makes "ệ" and "e" + U+0323 + U+0302 sort alike even if input skipped NFC.
            collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            return collator;
        } catch (ParseException e) {
            throw new IllegalStateException("Vietnamese collation rules do not parse", e);
        }
    }
}
