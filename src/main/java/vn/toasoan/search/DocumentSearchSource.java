package vn.toasoan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.toasoan.SiteZone;
import vn.toasoan.document.Document;
import vn.toasoan.document.DocumentChanged;
import vn.toasoan.document.Documents;

/**
 * Official documents (văn bản) in the search index: every registered document, titled by type and symbol ("Kế
 * hoạch số 14-KH/ĐU"), searchable by its summary, issuing body and the text of its attached files, dated the day it
 * was issued. Kept up to date after every registration or attachment, and read in full for a rebuild.
 */
@Component
class DocumentSearchSource implements SearchSource {

    static final String DOCUMENT = "document";

    private final Documents documents;
    private final SiteZone site;
    private final SearchIndex index;

    /** Lazy: the index needs the sources to rebuild, and this source needs the index to follow changes. */
    DocumentSearchSource(Documents documents, SiteZone site, @Lazy SearchIndex index) {
        this.documents = documents;
        this.site = site;
        this.index = index;
    }

    /**
     * After the change is committed (or at once outside a transaction), in the thread that made it. A failure is
     * logged, never passed to the editor; the next start-up finds and repairs the difference.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onDocumentChanged(DocumentChanged event) {
        index.follow(idOf(event.documentId()), () -> documents.byId(event.documentId()).map(this::toDocument));
    }

    @Override
    public Set<String> types() {
        return Set.of(DOCUMENT);
    }

    @Override
    public long count() {
        return documents.count();
    }

    @Override
    public void forEach(Consumer<SearchDocument> action) {
        documents.forEach(document -> action.accept(toDocument(document)));
    }

    static String idOf(long documentId) {
        return "document:" + documentId;
    }

    /** "Kế hoạch số 14-KH/ĐU". */
    static String title(Document document) {
        return document.docType() + " số " + document.symbol();
    }

    SearchDocument toDocument(Document document) {
        List<String> text = new ArrayList<>();
        text.add(document.issuingBody());
        text.addAll(documents.attachmentTexts(document.id()));
        return new SearchDocument(idOf(document.id()), DOCUMENT, title(document), document.summary(),
                String.join("\n", text), null, document.issuedOn().atStartOfDay(site.get()).toInstant(),
                document.ref().url(), document.symbol());
    }
}
