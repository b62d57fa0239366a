package vn.toasoan.document;

import java.time.LocalDate;

/**
 * An official document (văn bản) as other pages cite it: "Kế hoạch số 14-KH/ĐU ngày 26/02/2021".
 *
 * @param symbol number and symbol as written, e.g. "14-KH/ĐU"
 * @param docType the document type in words, e.g. "Kế hoạch"
 */
public record DocumentRef(long id, String symbol, String docType, String issuingBody, LocalDate issuedOn,
        String summary, String slug) {

    public String url() {
        return "/van-ban/" + slug;
    }
}
