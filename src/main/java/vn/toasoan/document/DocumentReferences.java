package vn.toasoan.document;

import java.util.List;

/**
 * Content of other features that refers to a registered document by its id (an article's "văn bản trích dẫn"):
 * such a document cannot be deleted. Implemented by those features, so the registry need not know them.
 */
public interface DocumentReferences {

    /** Everything that refers to the document, whatever its state (drafts too); empty when nothing does. */
    List<DocumentReference> referencing(long documentId);
}
