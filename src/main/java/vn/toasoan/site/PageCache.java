package vn.toasoan.site;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import vn.toasoan.article.ArticleChanged;
import vn.toasoan.banner.BannersChanged;
import vn.toasoan.category.CategoriesChanged;
import vn.toasoan.changes.Change;
import vn.toasoan.changes.ChangeFollower;
import vn.toasoan.changes.FeedPosition;
import vn.toasoan.document.DocumentChanged;
import vn.toasoan.media.MediaChanged;
import vn.toasoan.menu.MenuChanged;
import vn.toasoan.settings.SiteSettingsChanged;

/**
 * Rendered public pages by address. Any content change moves the content version on, which retires every
 * cached page at once: pages list each other's articles, so finer invalidation would miss some.
 */
@Component
class PageCache implements ChangeFollower {

    /** Everything public pages show: content, and the structure every page shows around it. */
    private static final Set<String> SHOWN_ON_PAGES = Set.of(ArticleChanged.TOPIC, DocumentChanged.TOPIC,
            CategoriesChanged.TOPIC, MenuChanged.TOPIC, BannersChanged.TOPIC, SiteSettingsChanged.TOPIC,
            MediaChanged.TOPIC);

    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private final AtomicLong contentVersion = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final PageCacheProperties properties;

    PageCache(PageCacheProperties properties) {
        this.properties = properties;
    }

    long contentVersion() {
        return contentVersion.get();
    }

    CachedPage get(String key) {
        return pages.get(key);
    }

    void put(String key, CachedPage page) {
        CachedPage old = pages.put(key, page);
        bytes.addAndGet(page.size() - (old == null ? 0 : old.size()));
        if (bytes.get() > properties.maxBytes()) {
            evictOldest();
        }
    }

    @Override
    public String name() {
        return "page-cache";
    }

    /** None: the cache is in memory and starts empty with the process. */
    @Override
    public Optional<FeedPosition> storedPosition() {
        return Optional.empty();
    }

    @Override
    public void startOver(FeedPosition from) {
        invalidateAll();
    }

    /**
     * After the commit (the feed holds only committed changes): a page rendered between the change and its commit
     * would show the old content and stay cached.
     */
    @Override
    public void apply(List<Change> changes, FeedPosition after) {
        if (changes.stream().anyMatch(change -> SHOWN_ON_PAGES.contains(change.topic()))) {
            invalidateAll();
        }
    }

    void invalidateAll() {
        contentVersion.incrementAndGet();
        pages.clear();
        bytes.set(0);
    }

    int size() {
        return pages.size();
    }

    /** Drops the oldest renders until a quarter of the budget is free again. */
    private synchronized void evictOldest() {
        long target = properties.maxBytes() * 3 / 4;
        pages.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().renderedAt()))
                .takeWhile(e -> bytes.get() > target)
                .forEach(e -> {
                    if (pages.remove(e.getKey(), e.getValue())) {
                        bytes.addAndGet(-e.getValue().size());
                    }
                });
    }
}
