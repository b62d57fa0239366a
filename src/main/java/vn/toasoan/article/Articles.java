package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.media.MediaRef;
import vn.toasoan.media.ResponsiveImages;
import vn.toasoan.text.Slugs;
import vn.toasoan.text.VietnameseText;

/** Articles as the other features see them: what readers may see, and the way new ones come in. */
@Service
public class Articles {

    private static final int PUBLISHED_BATCH = 500;

    private final ArticleRepository repository;
    private final ArticleTagRepository tags;
    private final ArticleMentions mentions;
    private final ApplicationEventPublisher events;
    private final ResponsiveImages images;
    private final Clock clock;

    Articles(ArticleRepository repository, ArticleTagRepository tags, ArticleMentions mentions,
            ApplicationEventPublisher events, ResponsiveImages images, Clock clock) {
        this.repository = repository;
        this.tags = tags;
        this.mentions = mentions;
        this.events = events;
        this.images = images;
        this.clock = clock;
    }

    /**
     * Stores a draft: text normalised to NFC, body sanitised, slug generated or made unique, and the registered
     * documents its body mentions recorded.
     */
    @Transactional
    public long create(NewArticle article) {
        String title = VietnameseText.nfc(article.title());
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Bài viết cần có tiêu đề");
        }
        NewArticle normalised = new NewArticle(article.kind(), article.categoryId(), title.strip(),
                article.slug(), VietnameseText.nfc(article.sapo()), article.bodyHtml(), article.coverMediaId(),
                VietnameseText.nfc(article.byline()), article.featured(), article.documentId());
        String body = BodySanitizer.clean(VietnameseText.nfc(article.bodyHtml()));
        long id = repository.insert(normalised, uniqueSlug(article.slug(), title), body, clock.instant());
        mentions.recordMentions(id, body);
        return id;
    }

    /** Publishes now or at a given time; readers see it once that time has come. */
    @Transactional
    public void publish(long id, Instant publishedAt) {
        if (repository.publish(id, publishedAt, clock.instant()) == 0) {
            throw new IllegalArgumentException("Không tìm thấy bài viết " + id);
        }
        events.publishEvent(new ArticleChanged(id));
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

    private String uniqueSlug(String requested, String title) {
        String base = Slugs.slugify(requested == null || requested.isBlank() ? title : requested);
        if (base.isEmpty()) {
            base = "bai-viet";
        }
        String slug = base;
        for (int n = 2; repository.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
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
