package vn.toasoan.document;

import org.springframework.web.util.UriComponentsBuilder;

import vn.toasoan.text.TypedText;

/**
 * What a reader narrows the document list by; {@code null} means "any".
 *
 * @param docType the document type in words, e.g. "Kế hoạch"
 * @param issuingBody the issuing body, as registered
 * @param year the year of issue
 * @param text words that must all appear in symbol, type, issuing body or summary, with or without tones
 */
public record DocumentFilter(String docType, String issuingBody, Integer year, String text) {

    public static final DocumentFilter NONE = new DocumentFilter(null, null, null, null);

    static final int MAX_TEXT_LENGTH = 200;

    /**
     * The filter a list's address asks for (parameters {@code loai}, {@code co-quan}, {@code nam}, {@code q}), on
     * the public list and in the newsroom alike. Addresses get edited by hand: a blank value is "any", a year that
     * is not one of 1900–2200 is no year filter rather than an error page, and the text is cut at 200 characters.
     */
    public static DocumentFilter fromAddress(String docType, String issuingBody, String year, String text) {
        String query = choice(text);
        return new DocumentFilter(choice(docType), choice(issuingBody), year(year),
                query == null || query.length() <= MAX_TEXT_LENGTH ? query : query.substring(0, MAX_TEXT_LENGTH));
    }

    public boolean isEmpty() {
        return docType == null && issuingBody == null && year == null && (text == null || text.isBlank());
    }

    /** The address of the list at {@code path} with this filter on another page; page 1 has no page parameter. */
    public String url(String path, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        if (docType != null) {
            url.queryParam("loai", docType);
        }
        if (issuingBody != null) {
            url.queryParam("co-quan", issuingBody);
        }
        if (year != null) {
            url.queryParam("nam", year);
        }
        if (text != null) {
            url.queryParam("q", text);
        }
        if (page > 1) {
            url.queryParam("trang", page);
        }
        return url.encode().build().toUriString();
    }

    private static String choice(String value) {
        return TypedText.line(value);
    }

    private static Integer year(String value) {
        if (value == null || !value.strip().matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(value.strip());
        return year >= 1900 && year <= 2200 ? year : null;
    }
}
