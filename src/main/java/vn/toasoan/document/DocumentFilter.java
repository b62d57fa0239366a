package vn.toasoan.document;

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

    public boolean isEmpty() {
        return docType == null && issuingBody == null && year == null && (text == null || text.isBlank());
    }
}
