package vn.toasoan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import vn.toasoan.SiteZone;
import vn.toasoan.document.Document;
import vn.toasoan.document.Documents;

/**
 * Official documents (văn bản) in the search index: every registered document, titled by type and symbol ("Kế
 * hoạch số 14-KH/ĐU"), searchable by its summary, issuing body and the text of its attached files, dated the day it
 * was issued. What the index should hold for one document now (see {@link SearchFollower}), and all of them for a
 * rebuild.
 */
@Component
class DocumentSearchSource implements SearchSource {

    static final String DOCUMENT = "document";

    private final Documents documents;
    private final SiteZone site;

    DocumentSearchSource(Documents documents, SiteZone site) {
        this.documents = documents;
        this.site = site;
    }

    /** What the index should hold for this document now: its entry, or nothing once it is deleted. */
    Optional<SearchDocument> current(long documentId) {
        return documents.byId(documentId).map(this::toDocument);
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
