package vn.toasoan.article;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.toasoan.document.DocumentReference;
import vn.toasoan.document.DocumentReferences;

/**
 * Articles registered with a document ({@code article.document_id}, whatever their status): they keep it from being
 * deleted. Mentions in a body do not: they only stop linking.
 */
@Component
class ArticleDocumentReferences implements DocumentReferences {

    private final ArticleRepository repository;

    ArticleDocumentReferences(ArticleRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<DocumentReference> referencing(long documentId) {
        return repository.referencingDocument(documentId).stream()
                .map(a -> new DocumentReference(a.title(), a.status().label(), ArticleUrls.editing(a.id())))
                .toList();
    }
}
