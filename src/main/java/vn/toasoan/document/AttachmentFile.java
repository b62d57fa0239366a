package vn.toasoan.document;

import java.nio.file.Path;

/** An attachment and where its bytes are, for serving the download. */
public record AttachmentFile(Attachment attachment, Path path) {
}
