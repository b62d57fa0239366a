package vn.toasoan.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

import vn.toasoan.text.Folding;
import vn.toasoan.text.VietnameseText;

/**
 * Splits Vietnamese text into syllables (UAX#29 word boundaries separate Vietnamese syllables, which are written
 * apart) and gives each one of two forms: {@link Form#EXACT} keeps the diacritics, in NFC and the modern tone
 * placement ("hòa" and "hoà" become "hoà"), lower case; {@link Form#FOLDED} drops every mark and writes đ as d
 * ("Đảng" → "dang"), so a query typed without diacritics matches; {@link Form#FOLDED_PAIRS} gives the pairs of
 * neighbouring folded syllables that are both common ({@link #pair}).
 */
final class VietnameseAnalyzer extends Analyzer {

    enum Form { EXACT, FOLDED, FOLDED_PAIRS }

    /** The common syllables, a resource beside this class: see {@link #pair}. */
    static final String COMMON_SYLLABLES = "common-syllables.txt";
    private static final CharArraySet COMMON = readCommonSyllables();
    /** A space never occurs inside a syllable, so a pair cannot be mistaken for one. */
    private static final char PAIR_SEPARATOR = ' ';

    /** Keeps phrases from spanning two values of one field (the end of a title and the start of the sapo). */
    private static final int GAP_BETWEEN_VALUES = 100;

    private final Form form;

    VietnameseAnalyzer(Form form) {
        this.form = form;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = form == Form.EXACT
                ? new LowerCaseFilter(new ToneMarkFilter(tokenizer))
                : new FoldFilter(new LowerCaseFilter(tokenizer));
        if (form == Form.FOLDED_PAIRS) {
            stream = new PairFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }

    /**
     * The term that stands for two neighbouring folded syllables ("nghi", "quyet" → "nghi quyet"), or {@code null}
     * when either is not common. Pairs of common syllables are what make a query of common syllables fast: alone
     * each such syllable is in most articles, together they are in few. Pairs of rarer syllables are not kept: a
     * rare syllable is quick to search alone, and keeping every pair made the benchmark's index a quarter larger and
     * its indexing a third slower.
     */
    static String pair(String first, String second) {
        return COMMON.contains(first) && COMMON.contains(second) ? first + PAIR_SEPARATOR + second : null;
    }

    private static CharArraySet readCommonSyllables() {
        try (InputStream in = VietnameseAnalyzer.class.getResourceAsStream(COMMON_SYLLABLES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + COMMON_SYLLABLES);
            }
            List<String> syllables = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(String::strip)
                    .toList();
            return CharArraySet.unmodifiableSet(new CharArraySet(syllables, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the folded syllables by the {@link #pair}s of neighbours that are both common. */
    private static final class PairFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        /** The last syllable, when it is common; {@code previousLength} is -1 otherwise. */
        private char[] previous = new char[16];
        private int previousLength = -1;
        /** The syllable being paired, while the term is rewritten. */
        private char[] current = new char[16];

        PairFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                int length = term.length();
                if (!COMMON.contains(term.buffer(), 0, length)) {
                    previousLength = -1;
                    continue;
                }
                current = ArrayUtil.grow(current, length);
                System.arraycopy(term.buffer(), 0, current, 0, length);
                boolean paired = previousLength >= 0;
                if (paired) {
                    int pairLength = previousLength + 1 + length;
                    char[] pair = term.resizeBuffer(pairLength);
                    System.arraycopy(previous, 0, pair, 0, previousLength);
                    pair[previousLength] = PAIR_SEPARATOR;
                    System.arraycopy(current, 0, pair, previousLength + 1, length);
                    term.setLength(pairLength);
                }
                char[] swap = previous;
                previous = current;
                current = swap;
                previousLength = length;
                if (paired) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            previousLength = -1;
        }
    }

    /**
     * Folds each lower-case term letter by letter from a table ("đường" → "duong"): the same result as
     * {@link Folding#fold}, which a term holding a letter outside the table (a combining mark, "ß", another script)
     * still goes through. A table read per letter is several times cheaper than folding or remembering whole terms,
     * and folding runs for every syllable written to the index.
     */
    private static final class FoldFilter extends TokenFilter {

        /**
         * The ASCII letter each character below U+1F00 folds to alone, or 0 where that is not one ASCII letter (or
         * the character was not looked at). Only the Latin blocks with marked letters are looked at, U+0080–U+024F
         * and U+1E00–U+1EFF (Vietnamese lies in both): folding eight thousand characters one by one made start-up
         * 30–50 ms slower, and outside those blocks no letter folds to one ASCII letter.
         */
        private static final char[] FOLDED = new char[0x1F00];

        static {
            fillTable('\u0080', '\u024F');
            fillTable('\u1E00', '\u1EFF');
        }

        private static void fillTable(char first, char last) {
            for (char c = first; c <= last; c++) {
                String folded = Folding.fold(String.valueOf(c));
                if (folded.length() == 1 && folded.charAt(0) < 0x80) {
                    FOLDED[c] = folded.charAt(0);
                }
            }
        }

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            for (int i = 0, length = term.length(); i < length; i++) {
                char c = buffer[i];
                if (c >= 0x80) {
                    char folded = c < FOLDED.length ? FOLDED[c] : 0;
                    if (folded == 0) {
                        String whole = Folding.fold(term.toString());
                        term.setEmpty().append(whole);
                        break;
                    }
                    buffer[i] = folded;
                }
            }
            return true;
        }
    }

    /**
     * Puts tone marks in the modern place ({@link VietnameseText#normalizeToneMarks}) in each term that holds a
     * non-ASCII character (ASCII terms have no marks to move).
     */
    private static final class ToneMarkFilter extends TokenFilter {

        /**
         * Vietnamese has a few thousand distinct syllables, so rewritten terms repeat endlessly: remembering them
         * (per analysing thread, up to a bound) makes indexing twice as fast.
         */
        private static final int MAX_REMEMBERED = 50_000;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final CharArrayMap<String> remembered = new CharArrayMap<>(1024, false);

        ToneMarkFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; i++) {
                if (buffer[i] >= 0x80) {
                    String rewritten = remembered.get(buffer, 0, length);
                    if (rewritten == null) {
                        String original = term.toString();
                        rewritten = VietnameseText.normalizeToneMarks(original);
                        if (remembered.size() < MAX_REMEMBERED) {
                            remembered.put(original, rewritten);
                        }
                    }
                    term.setEmpty().append(rewritten);
                    break;
                }
            }
            return true;
        }
    }
}
