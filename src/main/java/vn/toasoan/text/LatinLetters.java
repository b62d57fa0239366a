package vn.toasoan.text;

import java.text.Normalizer;
import java.util.Locale;

/** Diacritic removal shared by {@link Folding} and {@link Slugs}, so search and URLs agree on "same letters". */
final class LatinLetters {

    private LatinLetters() {
    }

    /**
     * Lower-cases {@code nfcText} and removes accents, tones and letter marks, turning Vietnamese into plain
     * ASCII letters. Everything that is not a Latin letter with marks is kept as it is.
     */
    static String lowerCaseWithoutMarks(String nfcText) {
        // Lower case first: Locale.ROOT turns "İ" into "i" + U+0307, and that mark is removed below.
        String decomposed = Normalizer.normalize(nfcText.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isCombiningDiacritic(c)) {
                continue;
            }
            String replacement = asciiForLetterWithoutDecomposition(c);
            if (replacement != null) {
                folded.append(replacement);
            } else {
                folded.append(c);
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /**
     * The block U+0300–U+036F holds every mark that Latin letters decompose into (all Vietnamese tones and
     * letter marks among them). Marks of other scripts (Thai vowels, Devanagari virama) lie elsewhere and
     * are kept, because removing them would change those words rather than fold them.
     */
    static boolean isCombiningDiacritic(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /**
     * Lower-case letters that look accented but have no Unicode decomposition, so NFD cannot strip them;
     * {@code null} for any other character.
     */
    static String asciiForLetterWithoutDecomposition(char lowerCase) {
        return switch (lowerCase) {
            case 'đ', 'ð' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'ø' -> "o";
            case 'ł' -> "l";
            case 'þ' -> "th";
            case 'ı' -> "i";
            case 'ħ' -> "h";
            case 'ŧ' -> "t";
            default -> null;
        };
    }
}
