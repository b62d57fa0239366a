package vn.toasoan.search;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.toasoan.article.Article;
import vn.toasoan.article.ArticleChanged;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.Articles;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoriesChanged;

/**
 * Articles and static pages in the search index: kept up to date after every change, and read in full for a
 * rebuild. Published articles scheduled for later are indexed at once with their date; searches leave them out
 * until that time, so nothing has to happen when it comes.
 */
@Component
class ArticleSearchSource implements SearchSource {

    static final String ARTICLE = "article";
    static final String PAGE = "page";

    private final Articles articles;
    private final Categories categories;
    private final SearchIndex index;

    /** Lazy: the index needs the sources to rebuild, and this source needs the index to follow changes. */
    ArticleSearchSource(Articles articles, Categories categories, @Lazy SearchIndex index) {
        this.articles = articles;
        this.categories = categories;
        this.index = index;
    }

    /**
     * After the change is committed (or at once outside a transaction), in the thread that made it: the index
     * answers with the new state before the editor's request returns. A failure is logged, never passed to the
     * editor; the next start-up finds and repairs the difference.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onArticleChanged(ArticleChanged event) {
        index.follow(idOf(event.articleId()), () -> articles.stored(event.articleId())
                .filter(ArticleSearchSource::searchable).map(article -> toDocument(article, categories.slugsById())));
    }

    /**
     * Articles carry their category's slug for the category filter: when an editor changes a slug, the articles
     * of that category are indexed again (a rare change; the others are left alone).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onCategoriesChanged(CategoriesChanged event) {
        if (!event.slugChanged()) {
            return;
        }
        Map<Long, String> slugs = categories.slugsById();
        articles.forEachPublishedIn(event.categoryId(), article -> {
            if (searchable(article)) {
                SearchDocument document = toDocument(article, slugs);
                index.follow(document.id(), () -> Optional.of(document));
            }
        });
    }

    @Override
    public Set<String> types() {
        return Set.of(ARTICLE, PAGE);
    }

    @Override
    public long count() {
        return articles.countPublished();
    }

    @Override
    public void forEach(Consumer<SearchDocument> action) {
        Map<Long, String> slugs = categories.slugsById();
        articles.forEachPublished(article -> {
            if (searchable(article)) {
                action.accept(toDocument(article, slugs));
            }
        });
    }

    private static boolean searchable(Article article) {
        return article.status() == ArticleStatus.PUBLISHED && article.publishedAt() != null;
    }

    /** One id for both kinds, so an article turned into a page replaces its old entry. */
    static String idOf(long articleId) {
        return "article:" + articleId;
    }

    static SearchDocument toDocument(Article article, Map<Long, String> categorySlugs) {
        String body = article.bodyHtml() == null ? "" : Jsoup.parseBodyFragment(article.bodyHtml()).text();
        return new SearchDocument(idOf(article.id()), article.kind() == ArticleKind.PAGE ? PAGE : ARTICLE,
                article.title(), article.sapo(), body,
                article.categoryId() == null ? null : categorySlugs.get(article.categoryId()),
                article.publishedAt(), article.url());
    }
}
