package vn.toasoan.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a passage around the densest cluster of matched words out of the original text and marks them. Words are
 * compared in their folded form, so "duong" marks "đường" in the text; everything else is HTML-escaped.
 */
final class Snippets {

    /**
     * Analysing the text is most of a search's time: the passage is looked for in the lead and the first
     * paragraphs only (a page of text), where the words a reader looks for almost always are.
     */
    private static final int MAX_ANALYSED_CHARS = 5_000;
    private static final int LEAD_IN = 40;

    private final Analyzer folded;

    Snippets(Analyzer folded) {
        this.folded = folded;
    }

    String highlight(String text, Set<String> foldedTerms, int maxChars) {
        String source = text.length() > MAX_ANALYSED_CHARS ? text.substring(0, MAX_ANALYSED_CHARS) : text;
        List<int[]> matches = matches(source, foldedTerms);
        if (matches.isEmpty()) {
            return escape(cut(source, 0, maxChars)) + (source.length() > maxChars ? "…" : "");
        }
        int best = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < matches.size(); i++) {
            j = Math.max(j, i);
            while (j < matches.size() && matches.get(j)[1] <= matches.get(i)[0] + maxChars - LEAD_IN) {
                j++;
            }
            if (j - i > bestCount) {
                bestCount = j - i;
                best = i;
            }
        }
        int start = Math.min(matches.get(best)[0], wordStart(source, Math.max(0, matches.get(best)[0] - LEAD_IN)));
        int end = wordEnd(source, Math.min(source.length(), start + maxChars));
        StringBuilder html = new StringBuilder(maxChars + 64);
        if (start > 0) {
            html.append('…');
        }
        appendMarked(html, source, matches, start, end);
        if (end < source.length()) {
            html.append('…');
        }
        return html.toString();
    }

    /** A short text whole (a title), HTML-escaped, with every matched word in {@code <mark>}. */
    String markAll(String text, Set<String> foldedTerms) {
        StringBuilder html = new StringBuilder(text.length() + 64);
        appendMarked(html, text, matches(text, foldedTerms), 0, text.length());
        return html.toString();
    }

    /** Appends {@code text} from {@code start} to {@code end}, escaped, with the matches inside it marked. */
    private static void appendMarked(StringBuilder html, String text, List<int[]> matches, int start, int end) {
        int at = start;
        for (int[] match : matches) {
            if (match[0] < start || match[1] > end) {
                continue;
            }
            html.append(escape(text.substring(at, match[0]))).append("<mark>")
                    .append(escape(text.substring(match[0], match[1]))).append("</mark>");
            at = match[1];
        }
        html.append(escape(text.substring(at, end)));
    }

    private List<int[]> matches(String text, Set<String> foldedTerms) {
        List<int[]> matches = new ArrayList<>();
        try (TokenStream tokens = folded.tokenStream("snippet", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (foldedTerms.contains(term.toString())) {
                    matches.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    private static String cut(String text, int start, int maxChars) {
        return text.substring(start, wordEnd(text, Math.min(text.length(), start + maxChars)));
    }

    /** Moves forward to the start of a word, so a passage never opens with half a word. */
    private static int wordStart(String text, int index) {
        if (index == 0) {
            return 0;
        }
        int space = text.indexOf(' ', index);
        return space < 0 || space - index > LEAD_IN ? index : space + 1;
    }

    /** Moves back to the end of a word, and never into the middle of a surrogate pair. */
    private static int wordEnd(String text, int index) {
        if (index >= text.length()) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', index);
        int end = space > 0 && index - space < LEAD_IN ? space : index;
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
