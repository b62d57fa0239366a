package vn.toasoan.document;

/**
 * A document as an editor typed it in the newsroom form: every field as text, dates as {@code yyyy-MM-dd} (what a
 * date input sends) or {@code dd/MM/yyyy}. The parts of the symbol are not typed: they are read from it.
 *
 * @param docType the type in words ("Kế hoạch"); blank means "as the symbol says"
 */
public record DocumentForm(String symbol, String docType, String issuingBody, String issuedOn, String signer,
        String summary, String effectiveOn) {

    /** An empty form, for a new document. */
    public static DocumentForm empty() {
        return new DocumentForm("", "", "", "", "", "", "");
    }

    /** A registered document, for editing. */
    public static DocumentForm of(Document d) {
        return new DocumentForm(d.symbol(), d.docType(), d.issuingBody(), d.issuedOn().toString(),
                d.signer() == null ? "" : d.signer(), d.summary(),
                d.effectiveOn() == null ? "" : d.effectiveOn().toString());
    }
}
