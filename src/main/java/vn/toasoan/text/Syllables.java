package vn.toasoan.text;

import java.text.Normalizer;
import java.util.Arrays;

/** Tone mark placement inside one Vietnamese syllable; {@link VietnameseText} splits text into words. */
final class Syllables {

    /** Huyền, sắc, hỏi, ngã, nặng as combining marks: what NFD leaves after the base letter. */
    private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";
    /** Breve (ă), circumflex (â ê ô) and horn (ơ ư): part of the letter, not of the tone. */
    private static final String LETTER_MARKS = "\u0306\u0302\u031B";
    private static final String VOWELS = "aeiouy";
    /** The old orthography puts the mark on the first of these when they end a syllable. */
    private static final String[] MOVABLE_PAIRS = {"oa", "oe", "uy"};

    private Syllables() {
    }

    /**
     * Returns {@code word} (NFC letters) with the tone of a final "oa", "oe" or "uy" on the second vowel,
     * or {@code word} itself if it has no such pair or is not a Vietnamese syllable.
     */
    static String withModernToneMark(String word) {
        Letter[] letters = Letter.parse(word);
        if (letters == null || toneCount(letters) != 1) {
            // Not a single Vietnamese syllable (foreign word, two syllables written together): leave it.
            return word;
        }
        int nucleusStart = nucleusStart(letters);
        int nucleusEnd = nucleusStart;
        while (nucleusEnd < letters.length && letters[nucleusEnd].isVowel()) {
            nucleusEnd++;
        }
        boolean open = nucleusEnd == letters.length;
        if (!open || nucleusEnd - nucleusStart != 2) {
            return word;
        }
        Letter first = letters[nucleusStart];
        Letter second = letters[nucleusEnd - 1];
        if (!isMovablePair(first, second) || first.tone.isEmpty()) {
            return word;
        }
        StringBuilder result = new StringBuilder(word.length());
        for (int i = 0; i < letters.length; i++) {
            Letter letter = letters[i];
            if (i == nucleusStart) {
                letter = letter.withTone("");
            } else if (i == nucleusStart + 1) {
                letter = letter.withTone(first.tone);
            }
            result.append(letter.toNfc());
        }
        return result.toString();
    }

    /** Skips the initial consonant, including the u of "qu" and the i of "gi" when a vowel follows. */
    private static int nucleusStart(Letter[] letters) {
        int i = 0;
        while (i < letters.length && !letters[i].isVowel()) {
            i++;
        }
        boolean vowelFollows = i + 1 < letters.length && letters[i + 1].isVowel();
        if (i == 1 && vowelFollows) {
            char initial = letters[0].lowerBase;
            char glide = letters[1].lowerBase;
            if ((initial == 'q' && glide == 'u') || (initial == 'g' && glide == 'i')) {
                return 2;
            }
        }
        return i;
    }

    private static boolean isMovablePair(Letter first, Letter second) {
        if (!first.letterMarks.isEmpty() || !second.letterMarks.isEmpty() || !second.tone.isEmpty()) {
            return false;
        }
        String pair = "" + first.lowerBase + second.lowerBase;
        for (String movable : MOVABLE_PAIRS) {
            if (movable.equals(pair)) {
                return true;
            }
        }
        return false;
    }

    private static int toneCount(Letter[] letters) {
        int count = 0;
        for (Letter letter : letters) {
            count += letter.tone.isEmpty() ? 0 : 1;
        }
        return count;
    }

    /** One letter split into base, letter mark and tone, keeping the base's case. */
    private record Letter(char base, char lowerBase, String letterMarks, String tone) {

        /** Returns the letters of {@code word}, or {@code null} if it uses anything outside Vietnamese spelling. */
        static Letter[] parse(String word) {
            String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
            Letter[] letters = new Letter[decomposed.length()];
            int count = 0;
            int i = 0;
            while (i < decomposed.length()) {
                char base = decomposed.charAt(i++);
                char lower = Character.toLowerCase(base);
                if (!(lower >= 'a' && lower <= 'z') && lower != 'đ') {
                    return null;
                }
                StringBuilder letterMarks = new StringBuilder();
                StringBuilder tone = new StringBuilder();
                while (i < decomposed.length() && isMark(decomposed.charAt(i))) {
                    char mark = decomposed.charAt(i++);
                    (TONE_MARKS.indexOf(mark) >= 0 ? tone : letterMarks).append(mark);
                }
                if (tone.length() > 1) {
                    return null;
                }
                letters[count++] = new Letter(base, lower, letterMarks.toString(), tone.toString());
            }
            return Arrays.copyOf(letters, count);
        }

        private static boolean isMark(char c) {
            return TONE_MARKS.indexOf(c) >= 0 || LETTER_MARKS.indexOf(c) >= 0;
        }

        boolean isVowel() {
            return VOWELS.indexOf(lowerBase) >= 0;
        }

        Letter withTone(String newTone) {
            return new Letter(base, lowerBase, letterMarks, newTone);
        }

        String toNfc() {
            return Normalizer.normalize(base + letterMarks + tone, Normalizer.Form.NFC);
        }
    }
}
