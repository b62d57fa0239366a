package vn.toasoan.document;

/**
 * One item that refers to a document, as the newsroom lists it.
 *
 * @param state where the item stands, in Vietnamese ("Bản nháp", "Đã xuất bản")
 * @param editUrl its page in the newsroom
 */
public record DocumentReference(String title, String state, String editUrl) {
}
