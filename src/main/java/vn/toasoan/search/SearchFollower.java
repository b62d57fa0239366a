package vn.toasoan.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.toasoan.article.ArticleChanged;
import vn.toasoan.category.CategoriesChanged;
import vn.toasoan.changes.Change;
import vn.toasoan.changes.ChangeFollower;
import vn.toasoan.changes.FeedPosition;
import vn.toasoan.document.DocumentChanged;

/**
 * Keeps this node's search index in line with the change feed. The index stores its position in its own commits,
 * so after a crash it resumes exactly where its last commit left it.
 */
@Component
class SearchFollower implements ChangeFollower {

    private final SearchIndex index;
    private final ArticleSearchSource articles;
    private final DocumentSearchSource documents;

    SearchFollower(SearchIndex index, ArticleSearchSource articles, DocumentSearchSource documents) {
        this.index = index;
        this.articles = articles;
        this.documents = documents;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public Optional<FeedPosition> storedPosition() {
        return index.feedPosition();
    }

    @Override
    public void startOver(FeedPosition from) {
        index.startOver(from);
    }

    /** Each changed entry is read once however many changes of it the batch holds (a new article: two or three). */
    @Override
    public void apply(List<Change> changes, FeedPosition after) {
        Map<String, Optional<SearchDocument>> current = new LinkedHashMap<>();
        for (Change change : changes) {
            if (change.subject() == null) {
                continue;
            }
            long id = change.subject();
            if (change.is(ArticleChanged.TOPIC)) {
                current.computeIfAbsent(ArticleSearchSource.idOf(id), key -> articles.current(id));
            } else if (change.is(DocumentChanged.TOPIC)) {
                current.computeIfAbsent(DocumentSearchSource.idOf(id), key -> documents.current(id));
            } else if (change.is(CategoriesChanged.TOPIC) && change.detail() != null) {
                articles.forEachIn(id, document -> current.put(document.id(), Optional.of(document)));
            }
        }
        index.follow(current, after);
    }
}
