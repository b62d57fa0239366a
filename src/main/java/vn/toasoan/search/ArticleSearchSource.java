package vn.toasoan.search;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

import vn.toasoan.article.Article;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.Articles;
import vn.toasoan.category.Categories;

/**
 * Articles and static pages in the search index: what it should hold for one article now (see
 * {@link SearchFollower}), and all of them for a rebuild. Published articles scheduled for later are indexed at once with their date; searches leave them out
 * until that time, so nothing has to happen when it comes.
 */
@Component
class ArticleSearchSource implements SearchSource {

    static final String ARTICLE = "article";
    static final String PAGE = "page";

    private final Articles articles;
    private final Categories categories;

    ArticleSearchSource(Articles articles, Categories categories) {
        this.articles = articles;
        this.categories = categories;
    }

    /** What the index should hold for this article now: its document, or nothing once readers may not find it. */
    Optional<SearchDocument> current(long articleId) {
        return articles.stored(articleId).filter(ArticleSearchSource::searchable)
                .map(article -> toDocument(article, categories.slugsById()));
    }

    /**
     * The documents of the published articles whose main category is {@code categoryId}: they carry the category's
     * slug for the category filter, so they follow when an editor changes it (a rare change).
     */
    void forEachIn(long categoryId, Consumer<SearchDocument> action) {
        Map<Long, String> slugs = categories.slugsById();
        articles.forEachPublishedIn(categoryId, article -> {
            if (searchable(article)) {
                action.accept(toDocument(article, slugs));
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
