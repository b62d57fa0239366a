package vn.toasoan.document;

/**
 * Published after a document was registered or changed: document lists change, and so do article pages, whose
 * mentions of the document now link to it.
 */
public record DocumentChanged(long documentId) {
}
