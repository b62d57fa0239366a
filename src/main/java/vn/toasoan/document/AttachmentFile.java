package vn.toasoan.document;

import vn.toasoan.blob.Blob;

/** An attachment and its bytes, for serving the download. */
public record AttachmentFile(Attachment attachment, Blob content) {
}
