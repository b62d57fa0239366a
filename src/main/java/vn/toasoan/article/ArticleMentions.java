package vn.toasoan.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** The name of the one-off reading of every body, in {@code article_backfill}. */
    static final String BACKFILL = "document-mentions";

    private final ArticleRepository repository;
    private final DocumentLinker linker;
    private final Documents documents;
    private final Clock clock;

    ArticleMentions(ArticleRepository repository, DocumentLinker linker, Documents documents, Clock clock) {
        this.repository = repository;
        this.linker = linker;
        this.documents = documents;
        this.clock = clock;
    }

    /** Reads every body once on a database that had articles before mentions were recorded (V4). */
    @Override
    public void afterSingletonsInstantiated() {
        if (repository.backfillDone(BACKFILL)) {
            return;
        }
        for (ArticleRepository.Body body : repository.bodiesContaining("")) {
            recordMentions(body.id(), body.html());
        }
        repository.markBackfillDone(BACKFILL, clock.instant());
    }

    /** The documents this body mentions, replacing what an earlier version of the body mentioned. */
    void recordMentions(long articleId, String bodyHtml) {
        repository.clearMentions(articleId);
        repository.addMentions(articleId, linker.mentionedDocuments(bodyHtml));
    }

    /**
     * Finds again which bodies mention the document, in the transaction that registered, edited or deleted it: the
     * document and the list of articles citing it change together. An edited symbol no longer links the bodies that
     * wrote the old one, and a deleted document is mentioned by none.
     */
    @EventListener
    void onDocumentChanged(DocumentChanged event) {
        Optional<DocumentRef> document = documents.find(event.documentId());
        if (document.isEmpty()) {
            repository.clearMentionsOf(event.documentId(), Set.of());
            return;
        }
        // Every writing of the symbol ("05-NQ/TU", "5 – nq/tu") holds the number without its leading zeros.
        String fragment = DocumentSymbol.parse(document.get().symbol())
                .map(s -> s.number().replaceFirst("^0+(?=\\d)", "")).orElse(document.get().symbol());
        // The bodies holding the number, and those recorded as mentioning the document (written otherwise).
        Set<Long> mentioning = new LinkedHashSet<>();
        for (ArticleRepository.Body body : concat(repository.bodiesContaining(fragment),
                repository.bodiesMentioning(event.documentId()))) {
            if (!mentioning.contains(body.id())
                    && linker.mentionedDocuments(body.html()).contains(event.documentId())) {
                mentioning.add(body.id());
            }
        }
        repository.clearMentionsOf(event.documentId(), mentioning);
        for (long articleId : mentioning) {
            repository.addMentions(articleId, List.of(event.documentId()));
        }
    }

    private static List<ArticleRepository.Body> concat(List<ArticleRepository.Body> a, List<ArticleRepository.Body> b) {
        List<ArticleRepository.Body> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
