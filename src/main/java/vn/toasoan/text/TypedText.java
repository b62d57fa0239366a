package vn.toasoan.text;

/**
 * What people type into form fields, cleaned for storing: {@link VietnameseText#nfc NFC} without forbidden
 * characters, and blank meaning "nothing".
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * A one-line value (a name, a label): runs of white space, line breaks included, become one space; ends are
     * trimmed.
     *
     * @return the cleaned line, or {@code null} when nothing but white space was typed
     */
    public static String line(String text) {
        String clean = VietnameseText.nfc(text);
        if (clean == null) {
            return null;
        }
        clean = clean.replaceAll("[\\s\\u00A0\\u2028\\u2029]+", " ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /**
     * A text of several lines (a description, a footer): line breaks become {@code \n}, trailing white space of
     * each line and blank lines at either end are dropped.
     *
     * @return the cleaned text, or {@code null} when nothing but white space was typed
     */
    public static String lines(String text) {
        String clean = VietnameseText.nfc(text);
        if (clean == null) {
            return null;
        }
        clean = clean.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\u00A0]+\\n", "\n").strip();
        return clean.isEmpty() ? null : clean;
    }

    /**
     * The length to check against a column's limit: H2 counts UTF-16 units and PostgreSQL code points, so the
     * larger of the two (UTF-16 units: an emoji counts twice) keeps both databases from refusing the value.
     */
    public static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
