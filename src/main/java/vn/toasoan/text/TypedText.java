package vn.toasoan.text;

import java.util.regex.Pattern;

/**
 * What people (staff forms, the admin API, imports) type into fields, cleaned for storing: the one set of rules
 * every feature applies to typed text, so that a name, a label or a summary is cleaned alike wherever it enters.
 *
 * <p>Every value is {@link VietnameseText#nfc NFC} (C0 controls and byte order marks removed, lone surrogates
 * replaced), also without the code points HTML forbids in a page (DEL, the C1 controls U+0080–U+009F and the
 * noncharacters), which {@link VietnameseText#nfc} keeps: pasted from old files they mean nothing, and would make
 * every page showing them invalid. Ends are trimmed, and blank means "nothing" ({@code null}).
 */
public final class TypedText {

    /** White space a one-line value folds into a single space, line and paragraph separators included. */
    private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\u00A0\\u2028\\u2029]+");
    /** Every way of ending a line: CR LF, CR, LF and the Unicode line and paragraph separators. */
    private static final Pattern LINE_ENDS = Pattern.compile("\\r\\n?|[\\n\\u2028\\u2029]");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\\n");

    private TypedText() {
    }

    /**
     * A one-line value (a name, a label, a symbol): runs of white space, line breaks and tabs included, become one
     * space; ends are trimmed.
     *
     * @return the cleaned line, or {@code null} when nothing but white space was typed
     */
    public static String line(String text) {
        String clean = clean(text);
        return clean == null ? null : orNull(SPACE_RUNS.matcher(clean).replaceAll(" ").strip());
    }

    /**
     * A text of several lines (a description, a summary, a footer): every line break becomes {@code \n}, white space
     * at the end of each line and blank lines at either end are dropped.
     *
     * @return the cleaned text, or {@code null} when nothing but white space was typed
     */
    public static String lines(String text) {
        String clean = clean(text);
        if (clean == null) {
            return null;
        }
        String unified = LINE_ENDS.matcher(clean).replaceAll("\n");
        return orNull(TRAILING_SPACE.matcher(unified).replaceAll("\n").strip());
    }

    /**
     * The length to check against a column's limit: H2 counts UTF-16 units and PostgreSQL code points, so the
     * larger of the two (UTF-16 units: an emoji counts twice) keeps both databases from refusing the value.
     */
    public static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** NFC without what HTML forbids. Removing comes first: only then can NFC join a letter to its mark. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (text.codePoints().anyMatch(TypedText::notInHtml)) {
            text = text.codePoints().filter(c -> !notInHtml(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        return VietnameseText.nfc(text);
    }

    /** DEL, the C1 controls and the noncharacters (U+FDD0–U+FDEF and the last two code points of every plane). */
    private static boolean notInHtml(int c) {
        return (c >= 0x7F && c <= 0x9F) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
