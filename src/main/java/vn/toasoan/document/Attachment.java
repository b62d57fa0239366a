package vn.toasoan.document;

/**
 * A file attached to a document, as pages list it.
 *
 * @param url where readers download it: /van-ban/{slug}/tep/{id}
 */
public record Attachment(long id, long documentId, String fileName, String contentType, long byteSize,
        String url) {
}
