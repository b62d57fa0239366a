package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.springframework.stereotype.Service;

import vn.toasoan.media.MediaRef;
import vn.toasoan.media.ResponsiveImages;

/**
 * Articles as the other features see them: what readers may see. Articles are written through {@link ArticleDesk}
 * only, whoever writes them (staff, the admin API, the demo content).
 */
@Service
public class Articles {

    private static final int PUBLISHED_BATCH = 500;

    private final ArticleRepository repository;
    private final ArticleTagRepository tags;
    private final ResponsiveImages images;
    private final Clock clock;

    Articles(ArticleRepository repository, ArticleTagRepository tags, ResponsiveImages images, Clock clock) {
        this.repository = repository;
        this.tags = tags;
        this.images = images;
        this.clock = clock;
    }

    public Optional<Article> visible(long id) {
        return repository.findVisible(id, clock.instant());
    }

    /**
     * The stored article whatever its status or publication time, for features that mirror articles (the search
     * index decides itself what readers may find).
     */
    public Optional<Article> stored(long id) {
        return repository.findById(id);
    }

    /** How many articles and pages are published, scheduled ones included. */
    public long countPublished() {
        return repository.countPublished();
    }

    /**
     * Hands every published article and page (scheduled ones included) to {@code action}, in id order and a
     * batch at a time, so a rebuild of a large site never holds all of them in memory.
     */
    public void forEachPublished(Consumer<Article> action) {
        inBatches(after -> repository.publishedAfter(after, PUBLISHED_BATCH), action);
    }

    /** As {@link #forEachPublished}, for the articles whose main category is {@code categoryId}. */
    public void forEachPublishedIn(long categoryId, Consumer<Article> action) {
        inBatches(after -> repository.publishedInAfter(categoryId, after, PUBLISHED_BATCH), action);
    }

    private static void inBatches(LongFunction<List<Article>> batchAfter, Consumer<Article> action) {
        long after = 0;
        List<Article> batch;
        do {
            batch = batchAfter.apply(after);
            batch.forEach(action);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == PUBLISHED_BATCH);
    }

    public Optional<Article> visiblePage(String slug) {
        return repository.findVisiblePage(slug, clock.instant());
    }

    public List<ArticleSummary> latest(int limit) {
        return withResponsiveCovers(repository.latest(clock.instant(), limit, 0));
    }

    public List<ArticleSummary> featured(int limit) {
        return withResponsiveCovers(repository.featured(clock.instant(), limit));
    }

    public List<ArticleSummary> mostRead(int limit) {
        return withResponsiveCovers(repository.mostRead(clock.instant(), limit));
    }

    public List<ArticleSummary> related(Article article, int limit) {
        return article.categoryId() == null ? List.of()
                : withResponsiveCovers(repository.related(article.id(), article.categoryId(), clock.instant(), limit));
    }

    public List<ArticleSummary> citing(long documentId) {
        return withResponsiveCovers(repository.citing(documentId, clock.instant()));
    }

    /** One page (1-based) of the articles in these categories, newest first; a page past the end is empty. */
    public ArticlePage inCategories(Collection<Long> categoryIds, int page, int size) {
        Instant now = clock.instant();
        long total = repository.countInCategories(categoryIds, now);
        long offset = offset(page, size);
        List<ArticleSummary> items = offset >= total ? List.of()
                : withResponsiveCovers(repository.inCategories(categoryIds, now, size, offset));
        return new ArticlePage(items, page, size, total);
    }

    /** The current public addresses of these articles and pages, whatever their status, by id; unknown ids left out. */
    public Map<Long, String> urls(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.urls(ids);
    }

    /** Every static page, published or not, by title: what a menu item may link to. */
    public List<StaticPage> pages() {
        return repository.pages();
    }

    public Optional<Tag> tag(String slug) {
        return tags.tagBySlug(slug);
    }

    /** One page (1-based) of the visible articles with this tag, newest first; a page past the end is empty. */
    public ArticlePage tagged(long tagId, int page, int size) {
        Instant now = clock.instant();
        long total = repository.countTagged(tagId, now);
        long offset = offset(page, size);
        List<ArticleSummary> items = offset >= total ? List.of()
                : withResponsiveCovers(repository.tagged(tagId, now, size, offset));
        return new ArticlePage(items, page, size, total);
    }

    /** In long: a page number from an address bar times the page size overflows an int. */
    private static long offset(int page, int size) {
        return (Math.max(1, page) - 1L) * size;
    }

    /** Covers with their smaller copies, looked up for the whole list at once. */
    private List<ArticleSummary> withResponsiveCovers(List<ArticleSummary> summaries) {
        List<MediaRef> covers = images.addSrcsets(summaries.stream().map(ArticleSummary::cover).toList());
        List<ArticleSummary> result = new ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            ArticleSummary summary = summaries.get(i);
            result.add(covers.get(i) == summary.cover() ? summary : summary.withCover(covers.get(i)));
        }
        return result;
    }

    // ---- Newsroom queues (dashboard): read-only, kept together at the end of the class ----

    /** Articles and pages submitted for review, the longest waiting first. */
    public ArticleQueue reviewQueue(int limit) {
        return new ArticleQueue(repository.countInStatus(List.of(ArticleStatus.SUBMITTED)),
                repository.queue(List.of(ArticleStatus.SUBMITTED), null, limit));
    }

    /** An author's drafts and returned articles, the most recently changed first. */
    public ArticleQueue ownWork(long authorId, int limit) {
        List<ArticleStatus> open = List.of(ArticleStatus.RETURNED, ArticleStatus.DRAFT);
        return new ArticleQueue(repository.countOwn(authorId, open), repository.queue(open, authorId, limit));
    }
}
