package vn.toasoan.site;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.toasoan.article.ArticleChanged;
import vn.toasoan.banner.BannersChanged;
import vn.toasoan.category.CategoriesChanged;
import vn.toasoan.document.DocumentChanged;
import vn.toasoan.menu.MenuChanged;
import vn.toasoan.settings.SiteSettingsChanged;

/**
 * Rendered public pages by address. Any content change moves the content version on, which retires every
 * cached page at once: pages list each other's articles, so finer invalidation would miss some.
 */
@Component
class PageCache {

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

    /*
     * Any change of content, or of the structure every page shows around it (categories, menu, banners, settings).
     * After the commit: a page rendered between the event and the commit would show the old content and stay cached.
     * Outside a transaction it runs at once.
     */
    @TransactionalEventListener(fallbackExecution = true, classes = {ArticleChanged.class, DocumentChanged.class,
        CategoriesChanged.class, MenuChanged.class, BannersChanged.class, SiteSettingsChanged.class})
    void onContentChanged() {
        invalidateAll();
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
