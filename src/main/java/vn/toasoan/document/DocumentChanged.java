package vn.toasoan.document;

import vn.toasoan.changes.FeedChange;

/**
 * Published after a document was registered or changed: document lists change, and so do article pages, whose
 * mentions of the document now link to it.
 */
public record DocumentChanged(long documentId) implements FeedChange {

    public static final String TOPIC = "document";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Long subject() {
        return documentId;
    }
}
