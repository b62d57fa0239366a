package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.text.Slugs;
import vn.toasoan.text.VietnameseText;

/** Articles as the other features see them: what readers may see, and the way new ones come in. */
@Service
public class Articles {

    private static final int PUBLISHED_BATCH = 500;

    private final ArticleRepository repository;
    private final ArticleMentions mentions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Articles(ArticleRepository repository, ArticleMentions mentions, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.mentions = mentions;
        this.events = events;
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
        long after = 0;
        List<Article> batch;
        do {
            batch = repository.publishedAfter(after, PUBLISHED_BATCH);
            batch.forEach(action);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == PUBLISHED_BATCH);
    }

    public Optional<Article> visiblePage(String slug) {
        return repository.findVisiblePage(slug, clock.instant());
    }

    public List<ArticleSummary> latest(int limit) {
        return repository.latest(clock.instant(), limit, 0);
    }

    public List<ArticleSummary> featured(int limit) {
        return repository.featured(clock.instant(), limit);
    }

    public List<ArticleSummary> mostRead(int limit) {
        return repository.mostRead(clock.instant(), limit);
    }

    public List<ArticleSummary> related(Article article, int limit) {
        return article.categoryId() == null ? List.of()
                : repository.related(article.id(), article.categoryId(), clock.instant(), limit);
    }

    public List<ArticleSummary> citing(long documentId) {
        return repository.citing(documentId, clock.instant());
    }

    /** One page (1-based) of the articles in these categories, newest first. */
    public ArticlePage inCategories(Collection<Long> categoryIds, int page, int size) {
        Instant now = clock.instant();
        long total = repository.countInCategories(categoryIds, now);
        List<ArticleSummary> items = repository.inCategories(categoryIds, now, size, (page - 1) * size);
        return new ArticlePage(items, page, size, total);
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
}
