package vn.toasoan.media;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.failure.NotPermitted;

/** The media library: what is stored, found by id or listed and filtered, described again, or deleted. */
@Service
public class MediaLibrary implements SmartInitializingSingleton {

    /** Most items one page of the library lists. */
    public static final int MAX_PAGE_SIZE = 100;

    private final MediaRepository repository;
    private final MediaFiles files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    MediaLibrary(MediaRepository repository, MediaFiles files, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.files = files;
        this.audit = audit;
        this.events = events;
    }

    public Optional<MediaItem> find(long id) {
        return repository.find(id);
    }

    /** The image as a page shows it; empty for a file or an unknown id. */
    public Optional<MediaRef> image(long id) {
        return repository.find(id).filter(m -> m.kind() == MediaKind.IMAGE).map(MediaItem::ref);
    }

    /**
     * One page (1-based) of the library, newest first.
     *
     * @param size items a page, from 1 to {@value #MAX_PAGE_SIZE}
     */
    public MediaPage search(MediaQuery query, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of " + size);
        }
        List<String> words = MediaTexts.searchWords(query.text());
        long total = repository.count(query, words);
        List<MediaItem> items = repository.page(query, words, size, (int) Math.min(Integer.MAX_VALUE,
                (long) (page - 1) * size));
        return new MediaPage(items, page, size, total);
    }

    /**
     * Changes what is said about a medium; the file stays as it is (its address may be cached anywhere). Every
     * member of staff may, as they may upload; the change is in the audit log.
     *
     * @throws MediaRejected when an image loses its alt text or a text is too long
     * @throws MediaNotFound when there is no such medium
     */
    @Transactional
    public MediaItem describe(Actor actor, long id, String altText, String caption, String credit) {
        MediaItem item = repository.find(id).orElseThrow(() -> new MediaNotFound(id));
        String alt = MediaTexts.checked(MediaUpload.ALT_TEXT, "Lời mô tả ảnh", altText, MediaTexts.MAX_ALT_TEXT);
        String cleanCaption = MediaTexts.checked(MediaUpload.CAPTION, "Chú thích", caption, MediaTexts.MAX_CAPTION);
        String cleanCredit = MediaTexts.checked(MediaUpload.CREDIT, "Nguồn ảnh", credit, MediaTexts.MAX_CREDIT);
        if (item.kind() == MediaKind.IMAGE && alt == null) {
            throw new MediaRejected(MediaUpload.ALT_TEXT,
                    "Hãy nhập lời mô tả ảnh: người khiếm thị nghe đọc lời này thay cho ảnh");
        }
        if (item.kind() == MediaKind.FILE) {
            alt = null;
        }
        repository.describe(id, alt, cleanCaption, cleanCredit,
                MediaTexts.searchText(alt, cleanCaption, cleanCredit, item.originalName()));
        audit.record(actor, "media.describe", "media", id, alt != null ? alt : item.originalName());
        events.publishEvent(new MediaChanged(id));
        return repository.find(id).orElseThrow();
    }

    /**
     * Deletes a medium no article uses, with its copies; the files go with the deletion's commit. Editors and
     * administrators only: a picture may be in use where no table records it (a page outside the site).
     *
     * @throws NotPermitted when {@code actor} is an author
     * @throws MediaInUse when an article shows it (as cover, figure, or in its body); nothing is deleted
     * @throws MediaNotFound when there is no such medium
     */
    @Transactional
    public void delete(Actor actor, long id) {
        actor.require(Role.EDITOR, "Chỉ biên tập viên và quản trị được xóa tệp khỏi thư viện.");
        MediaItem item = repository.find(id).orElseThrow(() -> new MediaNotFound(id));
        String storageKey = item.url().substring(MediaRef.urlOf("").length());
        long articles = repository.articlesUsing(id, storageKey);
        if (articles > 0) {
            throw new MediaInUse(articles);
        }
        List<String> keys = repository.storageKeys(id);
        try {
            repository.delete(id);
        } catch (DataIntegrityViolationException e) {
            // An article took it as cover between the check and the delete: the foreign key kept it.
            throw new MediaInUse(1);
        }
        audit.record(actor, "media.delete", "media", id, item.originalName());
        events.publishEvent(new MediaChanged(id));
        files.delete(keys);
    }

    /** Fills the search text of rows stored before it existed, so the library's filter finds them too. */
    @Override
    public void afterSingletonsInstantiated() {
        for (MediaItem m : repository.missingSearchText()) {
            repository.setSearchText(m.id(),
                    MediaTexts.searchText(m.altText(), m.caption(), m.credit(), m.originalName()));
        }
    }

}
