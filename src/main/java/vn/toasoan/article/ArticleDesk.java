package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.category.Categories;
import vn.toasoan.document.Documents;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.failure.VersionConflict;
import vn.toasoan.media.MediaLibrary;
import vn.toasoan.text.Slugs;
import vn.toasoan.text.TypedText;
import vn.toasoan.text.VietnameseText;

/**
 * The newsroom's commands on articles, shared by the web pages and the admin API: the same validation, sanitising,
 * permissions ({@link ArticleAction}) and workflow whatever the door. Every save keeps a revision and every command
 * is in the audit log, in the same transaction. Each command names the version the person read: a save over a
 * newer version is refused with {@link VersionConflict}, never silently merged.
 */
@Service
public class ArticleDesk {

    static final int TITLE_MAX = 500;
    static final int SAPO_MAX = 2000;
    static final int BYLINE_MAX = 200;
    static final int SLUG_MAX = 250;
    static final int BODY_MAX = 1_000_000;
    static final int REASON_MAX = 2000;
    /** The revision note column. */
    static final int NOTE_MAX = 500;
    /** Categories an article also appears in besides its main one: a few, so each category page stays its own. */
    static final int EXTRA_CATEGORIES_MAX = 5;

    private final ArticleRepository articles;
    private final ArticleDeskRepository desk;
    private final ArticleRevisionRepository revisions;
    private final ArticleTagRepository tags;
    private final ArticleListRepository lists;
    private final ArticleMentions mentions;
    private final Categories categories;
    private final MediaLibrary media;
    private final Documents documents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleDesk(ArticleRepository articles, ArticleDeskRepository desk, ArticleRevisionRepository revisions,
            ArticleTagRepository tags, ArticleListRepository lists, ArticleMentions mentions, Categories categories,
            MediaLibrary media, Documents documents, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.desk = desk;
        this.revisions = revisions;
        this.tags = tags;
        this.lists = lists;
        this.mentions = mentions;
        this.categories = categories;
        this.media = media;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A new draft by {@code actor}; its byline defaults to the actor's pen name. */
    @Transactional
    public long create(Actor actor, NewArticle article) {
        Checked checked = check(article, null, actor);
        Instant now = clock.instant();
        long id = desk.insertDraft(checked.article(), checked.slug(), checked.body(), actor.id(), now);
        tags.setExtraCategories(id, checked.extraCategories() == null ? List.of() : checked.extraCategories());
        tags.setTags(id, checked.tags() == null ? Map.of() : checked.tags());
        mentions.recordMentions(id, checked.body());
        revisions.keep(id, actor, "Tạo bài", now);
        audit.record(actor, "article.create", "article", id, checked.article().title());
        return id;
    }

    /** Saves new content over {@code version}; a published article changes for readers at once. */
    @Transactional
    public void save(Actor actor, long id, int version, NewArticle article, String note) {
        Article current = require(actor, id, ArticleAction.EDIT);
        store(actor, current, version, check(article, id, actor), note);
    }

    /**
     * Saves like {@link #save} unless the content is what is stored already, so a workflow button pressed on an
     * unchanged form leaves no empty revision.
     *
     * @return the version the article now has
     */
    @Transactional
    public int saveIfChanged(Actor actor, long id, int version, NewArticle article, String note) {
        Article current = require(actor, id, ArticleAction.EDIT);
        Checked checked = check(article, id, actor);
        if (current.version() != version) {
            throw conflict(id);
        }
        if (sameContent(current, checked)) {
            return version;
        }
        store(actor, current, version, checked, note);
        return version + 1;
    }

    private void store(Actor actor, Article current, int version, Checked checked, String note) {
        String cleanNote = limited("note", TypedText.line(note), NOTE_MAX);
        long id = current.id();
        Instant now = clock.instant();
        if (desk.update(id, version, checked.article(), checked.slug(), checked.body(), now) == 0) {
            throw conflict(id);
        }
        if (checked.extraCategories() != null) {
            tags.setExtraCategories(id, checked.extraCategories());
        }
        if (checked.tags() != null) {
            tags.setTags(id, checked.tags());
        }
        mentions.recordMentions(id, checked.body());
        int number = revisions.keep(id, actor, cleanNote, now);
        audit.record(actor, "article.save", "article", id, checked.article().title() + " (phiên bản " + number + ")");
        if (current.status() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticleChanged(id));
        }
    }

    private boolean sameContent(Article current, Checked checked) {
        NewArticle a = checked.article();
        return current.kind() == a.kind() && Objects.equals(current.categoryId(), a.categoryId())
                && current.title().equals(a.title()) && current.slug().equals(checked.slug())
                && Objects.equals(current.sapo(), a.sapo()) && current.bodyHtml().equals(checked.body())
                && Objects.equals(current.coverMediaId(), a.coverMediaId())
                && Objects.equals(current.byline(), a.byline()) && current.featured() == a.featured()
                && Objects.equals(current.documentId(), a.documentId())
                && (checked.extraCategories() == null
                        || tags.extraCategoriesOf(current.id()).equals(checked.extraCategories()))
                && (checked.tags() == null || tags.tagsOf(current.id()).stream().map(Tag::name).toList()
                        .equals(List.copyOf(checked.tags().values())));
    }

    @Transactional
    public void submit(Actor actor, long id, int version) {
        move(actor, id, version, ArticleAction.SUBMIT, null, null, "article.submit", null);
    }

    /** Sends a submitted article back to its author; the reason is required and shown to the author. */
    @Transactional
    public void returnToAuthor(Actor actor, long id, int version, String reason) {
        // Permission first: somebody who may not return the article learns that, not that a reason is missing.
        require(actor, id, ArticleAction.RETURN);
        String clean = TypedText.lines(reason);
        if (clean == null) {
            throw new InvalidInput("reason", "Nhập lý do trả lại để phóng viên biết cần sửa gì.");
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidInput("reason", "Lý do trả lại dài tối đa " + REASON_MAX + " ký tự.");
        }
        move(actor, id, version, ArticleAction.RETURN, null, clean, "article.return", clean);
    }

    /**
     * Publishes now ({@code at} null) or at a future time: readers see it from then on, and lists, caches and
     * search follow at that moment ({@link ScheduledPublications}). A past time back-dates the article: only
     * somebody who may publish does that, when bringing in old news that keeps its date (see {@link #moveTo}).
     */
    @Transactional
    public void publish(Actor actor, long id, int version, Instant at) {
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        Article article = require(actor, id, ArticleAction.PUBLISH);
        if (article.kind() == ArticleKind.ARTICLE && article.categoryId() == null) {
            throw new InvalidInput("categoryId", "Chọn chuyên mục trước khi đăng.");
        }
        String detail = when.isAfter(now) ? "hẹn giờ " + when : null;
        move(actor, id, version, ArticleAction.PUBLISH, when, null, "article.publish", detail);
    }

    @Transactional
    public void unpublish(Actor actor, long id, int version) {
        move(actor, id, version, ArticleAction.UNPUBLISH, null, null, "article.unpublish", null);
    }

    @Transactional
    public void archive(Actor actor, long id, int version) {
        move(actor, id, version, ArticleAction.ARCHIVE, null, null, "article.archive", null);
    }

    @Transactional
    public void reopen(Actor actor, long id, int version) {
        move(actor, id, version, ArticleAction.REOPEN, null, null, "article.reopen", null);
    }

    /**
     * Deletes an article. {@link ArticleDeleted} goes out first, in this transaction, so the features that link to
     * it (menu items) let go of it in the same commit.
     */
    @Transactional
    public void delete(Actor actor, long id, int version) {
        Article article = require(actor, id, ArticleAction.DELETE);
        if (article.version() != version) {
            throw conflict(id);
        }
        events.publishEvent(new ArticleDeleted(id));
        if (desk.delete(id, version) == 0) {
            throw conflict(id);
        }
        audit.record(actor, "article.delete", "article", id, article.title());
        events.publishEvent(new ArticleChanged(id));
    }

    /** Saves the content of an earlier revision as the newest one. */
    @Transactional
    public void restore(Actor actor, long id, int version, int revisionNumber) {
        Article current = require(actor, id, ArticleAction.EDIT);
        ArticleRevision revision = revisions.find(id, revisionNumber)
                .orElseThrow(() -> new NotFound("Không có phiên bản " + revisionNumber + " của bài viết này."));
        NewArticle content = new NewArticle(current.kind(), revision.categoryId(), revision.title(), revision.slug(),
                revision.sapo(), revision.bodyHtml(), revision.coverMediaId(), revision.byline(), revision.featured(),
                revision.documentId(), revision.extraCategoryIds(), revision.tags());
        save(actor, id, version, content, "Khôi phục phiên bản " + revisionNumber);
    }

    /** The article as the newsroom shows it to {@code actor}; authors see only their own. */
    public Article open(Actor actor, long id) {
        return require(actor, id, ArticleAction.VIEW);
    }

    /**
     * One page of the newsroom's list; an author sees only their own articles whatever the filter says.
     *
     * @param page 1-based
     */
    public ArticleList list(Actor actor, ArticleFilter filter, int page, int size) {
        ArticleFilter narrowed = actor.can(Role.EDITOR) ? filter : filter.withAuthor(actor.id());
        return lists.find(narrowed, Math.max(1, page), Math.max(1, size));
    }

    /** The tags of an article, in the order they were typed. */
    public List<Tag> tags(long id) {
        return tags.tagsOf(id);
    }

    /** The categories an article appears in besides its main one. */
    public List<Long> extraCategories(long id) {
        return tags.extraCategoriesOf(id);
    }

    public Set<ArticleAction> allowed(Actor actor, Article article) {
        return ArticleAction.allowed(actor, article.status(), article.authorId());
    }

    public List<ArticleRevision> revisions(Actor actor, long id) {
        require(actor, id, ArticleAction.VIEW);
        return revisions.list(id);
    }

    public Optional<ArticleRevision> revision(Actor actor, long id, int number) {
        require(actor, id, ArticleAction.VIEW);
        return revisions.find(id, number);
    }

    private void move(Actor actor, long id, int version, ArticleAction action, Instant publishedAt, String reason,
            String auditAction, String detail) {
        Article article = require(actor, id, action);
        boolean wasVisible = article.isVisibleAt(clock.instant());
        if (desk.transition(id, version, action.target(), publishedAt, reason, clock.instant()) == 0) {
            throw conflict(id);
        }
        audit.record(actor, auditAction, "article", id,
                article.title() + (detail == null ? "" : " — " + detail));
        Article moved = articles.findById(id).orElseThrow();
        if (wasVisible || moved.isVisibleAt(clock.instant()) || moved.status() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticleChanged(id));
        }
    }

    private Article require(Actor actor, long id, ArticleAction action) {
        Article article = articles.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy bài viết " + id + "."));
        if (!ArticleAction.allowed(actor, article.status(), article.authorId()).contains(action)) {
            throw new NotPermitted("Không thể " + action.label().toLowerCase() + " bài viết đang ở trạng thái „"
                    + article.status().label() + "” với vai trò " + actor.role().label() + ".");
        }
        return article;
    }

    private VersionConflict conflict(long id) {
        Article now = articles.findById(id).orElseThrow(() -> new NotFound("Bài viết " + id + " vừa bị xóa."));
        return new VersionConflict("Bài viết vừa được người khác lưu (phiên bản " + now.version()
                + "). Thay đổi của bạn chưa được lưu: hãy mở lại bài để xem bản mới rồi sửa tiếp.", now.version());
    }

    /** @param extraCategories null: keep the stored ones; @param tags slug → name, null: keep the stored ones */
    private record Checked(NewArticle article, String slug, String body, List<Long> extraCategories,
            Map<String, String> tags) {
    }

    /** Validates and normalises: NFC text, trimmed, lengths checked, references checked, slug unique, body clean. */
    private Checked check(NewArticle a, Long id, Actor actor) {
        if (a.kind() == null) {
            throw new InvalidInput("kind", "Chọn loại bài.");
        }
        String title = required("title", "Nhập tiêu đề.", TypedText.line(a.title()), TITLE_MAX);
        String sapo = limited("sapo", TypedText.lines(a.sapo()), SAPO_MAX);
        String byline = limited("byline", TypedText.line(a.byline()), BYLINE_MAX);
        if (byline == null) {
            byline = actor.penName();
        }
        String bodyIn = VietnameseText.nfc(a.bodyHtml());
        if (bodyIn != null && bodyIn.length() > BODY_MAX) {
            throw new InvalidInput("bodyHtml", "Nội dung quá dài (tối đa 1 triệu ký tự).");
        }
        String body = BodySanitizer.clean(bodyIn);
        if (body.length() > BODY_MAX) {
            throw new InvalidInput("bodyHtml", "Nội dung quá dài (tối đa 1 triệu ký tự).");
        }
        List<String> withoutAlt = BodySanitizer.imagesWithoutAlt(body);
        if (!withoutAlt.isEmpty()) {
            String src = withoutAlt.get(0);
            String name = src.substring(src.lastIndexOf('/') + 1);
            throw new InvalidInput("bodyHtml", "Ảnh „" + (name.length() > 80 ? name.substring(0, 80) + "…" : name)
                    + "” chưa có mô tả (alt) cho người đọc không xem được ảnh: nhập mô tả hoặc chú thích ảnh rồi lưu"
                    + " lại.");
        }
        if (a.kind() == ArticleKind.ARTICLE && a.categoryId() == null) {
            throw new InvalidInput("categoryId", "Chọn chuyên mục.");
        }
        checkExists("categoryId", a.categoryId(), categories::byId, "Chuyên mục đã chọn không còn tồn tại.");
        checkExists("coverMediaId", a.coverMediaId(), media::find, "Ảnh đại diện đã chọn không còn tồn tại.");
        checkExists("documentId", a.documentId(), documents::find, "Văn bản đã chọn không còn tồn tại.");
        List<Long> extra = null;
        if (a.extraCategoryIds() != null) {
            extra = a.extraCategoryIds().stream().filter(Objects::nonNull)
                    .filter(c -> !c.equals(a.categoryId())).distinct().toList();
            if (extra.size() > EXTRA_CATEGORIES_MAX) {
                throw new InvalidInput("extraCategoryIds", "Chọn tối đa " + EXTRA_CATEGORIES_MAX
                        + " chuyên mục phụ (đang chọn " + extra.size() + ").");
            }
            for (Long category : extra) {
                checkExists("extraCategoryIds", category, categories::byId,
                        "Chuyên mục phụ đã chọn không còn tồn tại.");
            }
        }
        Map<String, String> tagsBySlug = a.tags() == null ? null : checkTags(a.tags());
        String slug = slug(a.slug(), title, id);
        NewArticle clean = new NewArticle(a.kind(), a.categoryId(), title, slug, sapo, body, a.coverMediaId(), byline,
                a.featured(), a.documentId(), extra, tagsBySlug == null ? null : List.copyOf(tagsBySlug.values()));
        return new Checked(clean, slug, body, extra, tagsBySlug);
    }

    private static Map<String, String> checkTags(List<String> names) {
        for (String name : names) {
            String clean = Objects.requireNonNullElse(TypedText.line(name), "");
            if (clean.length() > TagNames.NAME_MAX) {
                // The start of the tag only, cut between characters: enough to find it in the field.
                String start = clean.substring(0, clean.offsetByCodePoints(0, 30));
                throw new InvalidInput("tags", "Thẻ „" + start + "…” dài " + clean.length()
                        + " ký tự: mỗi thẻ dài tối đa " + TagNames.NAME_MAX + " ký tự.");
            }
            if (!clean.isEmpty() && Slugs.slugify(clean, TagNames.SLUG_MAX).isEmpty()) {
                throw new InvalidInput("tags", "Thẻ „" + clean + "” cần có chữ hoặc số.");
            }
        }
        Map<String, String> bySlug = TagNames.bySlug(names.stream().filter(Objects::nonNull).toList());
        if (bySlug.size() > TagNames.MAX_TAGS) {
            throw new InvalidInput("tags", "Tối đa " + TagNames.MAX_TAGS + " thẻ cho một bài (đang có "
                    + bySlug.size() + ").");
        }
        return bySlug;
    }

    /**
     * A typed slug must be free; a generated one is made free by numbering it. A saved article left without a slug
     * keeps the one it has: its address does not change with every new title.
     */
    private String slug(String requested, String title, Long id) {
        String typed = TypedText.line(requested);
        if (typed == null && id != null) {
            typed = articles.findById(id).map(Article::slug).orElse(null);
        }
        if (typed != null) {
            String slug = Slugs.slugify(typed, SLUG_MAX);
            if (slug.isEmpty()) {
                throw new InvalidInput("slug", "Đường dẫn cần có chữ hoặc số (không dấu).");
            }
            if (desk.slugTakenByAnother(slug, id)) {
                throw new InvalidInput("slug", "Đường dẫn „" + slug + "” đã được bài khác dùng.");
            }
            return slug;
        }
        String base = Slugs.slugify(title, SLUG_MAX - 4);
        base = base.isEmpty() ? "bai-viet" : base;
        String slug = base;
        for (int n = 2; desk.slugTakenByAnother(slug, id); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** A referenced category, image or document must exist; its owner is asked. */
    private static void checkExists(String field, Long id, LongFunction<Optional<?>> owner, String message) {
        if (id != null && owner.apply(id).isEmpty()) {
            throw new InvalidInput(field, message);
        }
    }

    /** {@code clean}, a value cleaned by {@link TypedText}, refused when missing or longer than {@code max}. */
    private static String required(String field, String message, String clean, int max) {
        if (clean == null) {
            throw new InvalidInput(field, message);
        }
        return limited(field, clean, max);
    }

    /** {@code clean}, a value cleaned by {@link TypedText}, refused when longer than {@code max}. */
    private static String limited(String field, String clean, int max) {
        if (TypedText.length(clean) > max) {
            throw new InvalidInput(field, "Dài tối đa " + max + " ký tự (hiện có " + clean.length() + ").");
        }
        return clean;
    }

    // For clients that hand over finished work in one request, such as the admin API.

    /**
     * Creates an article and moves it straight on to {@code status} (see {@link #moveTo}), in one transaction: when
     * the actor may not make that move, nothing is created.
     */
    @Transactional
    public long createAs(Actor actor, NewArticle article, ArticleStatus status, Instant publishAt) {
        long id = create(actor, article);
        moveTo(actor, id, currentVersion(id), status, publishAt, null);
        return id;
    }

    /**
     * Saves new content over {@code version} and moves the article on to {@code status} (see {@link #moveTo}), in
     * one transaction: when the move is refused, the content is not saved either, and the person still holds the
     * version they read. Content that is what is stored already leaves no empty revision ({@link #saveIfChanged});
     * null content only moves the article, for somebody who may move it but not edit it.
     */
    @Transactional
    public void saveAs(Actor actor, long id, int version, NewArticle article, String note, ArticleStatus status,
            Instant publishAt, String reason) {
        int saved = article == null ? version : saveIfChanged(actor, id, version, article, note);
        moveTo(actor, id, saved, status, publishAt, reason);
    }

    /**
     * Moves an article to {@code status} by the one action that leads there, with that action's permissions and
     * rules: SUBMITTED by submitting, RETURNED by returning (with {@code reason}), PUBLISHED by publishing (at
     * {@code publishAt}, or now), UNPUBLISHED, ARCHIVED, and DRAFT by reopening. An article already in that status
     * stays as it is, except a published one given another publication time, which is rescheduled. A null status
     * keeps the current one. A publication time is refused for any status but PUBLISHED: a past one (an import of
     * old news keeping its date) only goes with publishing, by somebody who may publish.
     */
    @Transactional
    public void moveTo(Actor actor, long id, int version, ArticleStatus status, Instant publishAt, String reason) {
        Article current = require(actor, id, ArticleAction.VIEW);
        ArticleStatus target = status == null ? current.status() : status;
        if (publishAt != null && target != ArticleStatus.PUBLISHED) {
            if (publishAt.isBefore(clock.instant())) {
                throw new InvalidInput("publishedAt", "Ngày đăng đã qua chỉ dùng khi đăng bài ngay (trạng thái „"
                        + ArticleStatus.PUBLISHED.label() + "”), như khi nhập tin cũ; bài ở trạng thái „"
                        + target.label() + "” không mang ngày đăng.");
            }
            throw new InvalidInput("publishedAt", "Chỉ đặt thời điểm đăng khi đăng bài (trạng thái „"
                    + ArticleStatus.PUBLISHED.label() + "”).");
        }
        boolean rescheduled = publishAt != null && !publishAt.equals(current.publishedAt());
        if (target == current.status() && !(target == ArticleStatus.PUBLISHED && rescheduled)) {
            if (current.version() != version) {
                throw conflict(id);
            }
            return;
        }
        switch (target) {
            case DRAFT -> reopen(actor, id, version);
            case SUBMITTED -> submit(actor, id, version);
            case RETURNED -> returnToAuthor(actor, id, version, reason);
            case PUBLISHED -> publish(actor, id, version, publishAt);
            case UNPUBLISHED -> unpublish(actor, id, version);
            case ARCHIVED -> archive(actor, id, version);
        }
    }

    /**
     * A page of the articles {@code actor} may open, the most recently changed first; authors see only their own.
     * Bodies are left out (empty): open an article for its body.
     *
     * @param status only articles in this status, or all when null
     */
    public List<Article> list(Actor actor, ArticleStatus status, int limit, long offset) {
        return desk.listed(status, listedAuthor(actor), limit, offset);
    }

    /** How many articles {@link #list} has to show. */
    public long count(Actor actor, ArticleStatus status) {
        return desk.countListed(status, listedAuthor(actor));
    }

    private static Long listedAuthor(Actor actor) {
        if (actor.can(Role.EDITOR)) {
            return null;
        }
        // An account id no article has: the system actor is an administrator, so this is for safety only.
        return actor.id() == null ? -1L : actor.id();
    }

    private int currentVersion(long id) {
        return articles.findById(id).orElseThrow(() -> new NotFound("Không tìm thấy bài viết " + id + ".")).version();
    }
}
