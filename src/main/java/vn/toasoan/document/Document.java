package vn.toasoan.document;

import java.time.LocalDate;

/** A registered official document with its parsed symbol. */
public record Document(long id, String symbol, String number, Integer year, String typeCode, String issuerCode,
        String docType, String issuingBody, LocalDate issuedOn, String signer, String summary, LocalDate effectiveOn,
        String slug) {

    public DocumentRef ref() {
        return new DocumentRef(id, symbol, docType, issuingBody, issuedOn, summary, slug);
    }
}
