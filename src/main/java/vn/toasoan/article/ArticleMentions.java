package vn.toasoan.article;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.toasoan.document.DocumentChanged;
import vn.toasoan.document.DocumentLinker;
import vn.toasoan.document.DocumentRef;
import vn.toasoan.document.DocumentSymbol;
import vn.toasoan.document.Documents;

/**
 * Keeps the record of which articles mention which documents, so a document page can list the articles citing it
 * without reading every body. An article's mentions are recorded when it is stored; when a document is
 * registered, the bodies that may mention it (they hold its number) are read once to find earlier mentions.
 */
@Component
class ArticleMentions implements SmartInitializingSingleton {

    private final ArticleRepository repository;
    private final DocumentLinker linker;
    private final Documents documents;

    ArticleMentions(ArticleRepository repository, DocumentLinker linker, Documents documents) {
        this.repository = repository;
        this.linker = linker;
        this.documents = documents;
    }

    /** Reads every body once on a database that had articles before mentions were recorded (V4). */
    @Override
    public void afterSingletonsInstantiated() {
        if (repository.mentionsRecorded()) {
            return;
        }
        for (ArticleRepository.Body body : repository.bodiesContaining("")) {
            recordMentions(body.id(), body.html());
        }
        repository.markMentionsRecorded();
    }

    /** The documents this body mentions, replacing what an earlier version of the body mentioned. */
    void recordMentions(long articleId, String bodyHtml) {
        repository.clearMentions(articleId);
        repository.addMentions(articleId, linker.mentionedDocuments(bodyHtml));
    }

    /** Runs in the registering transaction: the document and its mentions appear together. */
    @EventListener
    void onDocumentChanged(DocumentChanged event) {
        Optional<DocumentRef> document = documents.find(event.documentId());
        if (document.isEmpty()) {
            return;
        }
        // Every writing of the symbol ("05-NQ/TU", "5 – nq/tu") holds the number without its leading zeros.
        String fragment = DocumentSymbol.parse(document.get().symbol())
                .map(s -> s.number().replaceFirst("^0+(?=\\d)", "")).orElse(document.get().symbol());
        for (ArticleRepository.Body body : repository.bodiesContaining(fragment)) {
            if (linker.mentionedDocuments(body.html()).contains(event.documentId())) {
                repository.addMentions(body.id(), List.of(event.documentId()));
            }
        }
    }
}
