package vn.toasoan.document;

import java.time.LocalDate;

/** What it takes to register a document; the parsed parts of the symbol may be null when unknown. */
public record NewDocument(String symbol, String number, Integer year, String typeCode, String issuerCode,
        String docType, String issuingBody, LocalDate issuedOn, String signer, String summary,
        LocalDate effectiveOn) {
}
