package vn.toasoan.document;

import java.time.LocalDate;

/**
 * A registered official document with its parsed symbol.
 *
 * @param version increases with every edit in the newsroom: two editors saving at once must not overwrite each other
 */
public record Document(long id, String symbol, String number, Integer year, String typeCode, String issuerCode,
        String docType, String issuingBody, LocalDate issuedOn, String signer, String summary, LocalDate effectiveOn,
        String slug, int version) {

    public DocumentRef ref() {
        return new DocumentRef(id, symbol, docType, issuingBody, issuedOn, summary, slug);
    }
}
