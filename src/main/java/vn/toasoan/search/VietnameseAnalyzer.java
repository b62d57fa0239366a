package vn.toasoan.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.toasoan.text.Folding;
import vn.toasoan.text.VietnameseText;

/**
 * Splits Vietnamese text into syllables (UAX#29 word boundaries separate Vietnamese syllables, which are written
 * apart) and gives each one of two forms: {@link Form#EXACT} keeps the diacritics, in NFC and the modern tone
 * placement ("hòa" and "hoà" become "hoà"), lower case; {@link Form#FOLDED} drops every mark and writes đ as d
 * ("Đảng" → "dang"), so a query typed without diacritics matches.
 */
final class VietnameseAnalyzer extends Analyzer {

    enum Form { EXACT, FOLDED }

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
                ? new LowerCaseFilter(new RewriteFilter(tokenizer, VietnameseText::normalizeToneMarks))
                : new RewriteFilter(new LowerCaseFilter(tokenizer), Folding::fold);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }

    /** Rewrites each term that holds a non-ASCII character (ASCII terms have no marks to normalise). */
    private static final class RewriteFilter extends TokenFilter {

        /**
         * Vietnamese has a few thousand distinct syllables, so rewritten terms repeat endlessly: remembering them
         * (per analysing thread, up to a bound) makes indexing twice as fast.
         */
        private static final int MAX_REMEMBERED = 50_000;

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final UnaryOperator<String> rewrite;
        private final Map<String, String> remembered = new HashMap<>();

        RewriteFilter(TokenStream input, UnaryOperator<String> rewrite) {
            super(input);
            this.rewrite = rewrite;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            for (int i = 0, length = term.length(); i < length; i++) {
                if (buffer[i] >= 0x80) {
                    String original = term.toString();
                    String rewritten = remembered.get(original);
                    if (rewritten == null) {
                        rewritten = rewrite.apply(original);
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
