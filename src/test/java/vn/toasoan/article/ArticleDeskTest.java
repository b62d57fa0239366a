package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.failure.VersionConflict;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.WebClient;

/**
 * The newsroom's article commands against a real database (H2 by default, PostgreSQL with
 * {@code -Dtoasoan.test.database=postgres}): the whole permission matrix, optimistic locking, revisions, scheduled
 * publication, bylines, slugs and references.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=article-desk-test", "toasoan.demo.enabled=false",
    // The test announces scheduled articles itself; the scheduler runs once at start and then waits an hour.
    "toasoan.articles.schedule-check=1h"})
@Import({FixedClockConfiguration.class, ArticleDeskTest.Events.class})
class ArticleDeskTest {

    /** Every ArticleChanged, whichever thread published it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Events {
        final List<Long> changed = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ArticleChanged event) {
            changed.add(event.articleId());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Articles articles;

    @Autowired
    Accounts accounts;

    @Autowired
    Categories categories;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ScheduledPublications scheduled;

    @Autowired
    Events events;

    @Autowired
    ArticleDeskRepository deskRepository;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transaction;

    long category;
    // Accounts are made once per class: hashing their passwords is deliberately slow.
    static Actor author;
    static Actor otherAuthor;
    static Actor editor;
    static Actor admin;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.START);
        category = categories.create(Actor.system(), new CategoryChange("Thời sự", "cm-" + UUID.randomUUID(), null,
                null, true));
        if (author == null || accounts.find(author.id()).isEmpty()) {
            author = ArticleStaff.create(accounts, "phong-vien", "Nguyễn Thị Ánh", "Ngọc Ánh", Role.AUTHOR).actor();
            otherAuthor = ArticleStaff.create(accounts, "phong-vien-khac", "Trần Văn Bình", null, Role.AUTHOR)
                    .actor();
            editor = ArticleStaff.create(accounts, "bien-tap", "Lê Thu Hà", "Thu Hà", Role.EDITOR).actor();
            admin = ArticleStaff.create(accounts, "quan-tri", "Phạm Minh", null, Role.ADMIN).actor();
        }
    }

    private NewArticle draft(String title) {
        return new NewArticle(ArticleKind.ARTICLE, category, title, null, "Tóm tắt", "<p>Nội dung bài.</p>", null,
                null, false, null);
    }

    // ---- The permission matrix -------------------------------------------------------------------------------

    enum Who { AUTHOR_OWN, AUTHOR_OTHER, EDITOR, ADMIN }

    /**
     * The matrix as the README states it, written out by hand (not computed from {@link ArticleAction}): per
     * status, what an author may do to their own article and what an editor or administrator may do. Nobody may do
     * anything to another author's article unless they are an editor.
     */
    private static final Map<ArticleStatus, String> OWN_AUTHOR = Map.of(
            ArticleStatus.DRAFT, "VIEW EDIT SUBMIT DELETE",
            ArticleStatus.SUBMITTED, "VIEW",
            ArticleStatus.RETURNED, "VIEW EDIT SUBMIT",
            ArticleStatus.PUBLISHED, "VIEW",
            ArticleStatus.UNPUBLISHED, "VIEW",
            ArticleStatus.ARCHIVED, "VIEW");
    private static final Map<ArticleStatus, String> EDITORS = Map.of(
            ArticleStatus.DRAFT, "VIEW EDIT SUBMIT PUBLISH ARCHIVE DELETE",
            ArticleStatus.SUBMITTED, "VIEW EDIT RETURN PUBLISH ARCHIVE DELETE",
            ArticleStatus.RETURNED, "VIEW EDIT SUBMIT PUBLISH ARCHIVE DELETE",
            ArticleStatus.PUBLISHED, "VIEW EDIT UNPUBLISH PUBLISH ARCHIVE DELETE",
            ArticleStatus.UNPUBLISHED, "VIEW EDIT PUBLISH ARCHIVE REOPEN DELETE",
            ArticleStatus.ARCHIVED, "VIEW REOPEN DELETE");

    static Stream<Arguments> everyRoleStatusAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Who who : Who.values()) {
            for (ArticleStatus status : ArticleStatus.values()) {
                for (ArticleAction action : ArticleAction.values()) {
                    String allowed = switch (who) {
                        case AUTHOR_OWN -> OWN_AUTHOR.get(status);
                        case AUTHOR_OTHER -> "";
                        case EDITOR, ADMIN -> EDITORS.get(status);
                    };
                    cases.add(Arguments.of(who, status, action, Set.of(allowed.split(" ")).contains(action.name())));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} on {1}: {3}")
    @MethodSource("everyRoleStatusAndAction")
    void permissionMatrix(Who who, ArticleStatus status, ArticleAction action, boolean allowed) {
        long id = desk.create(author, draft("Ma trận quyền " + who + " " + status + " " + action));
        force(id, status);
        Actor actor = switch (who) {
            case AUTHOR_OWN -> author;
            case AUTHOR_OTHER -> otherAuthor;
            case EDITOR -> editor;
            case ADMIN -> admin;
        };
        Article before = articles.stored(id).orElseThrow();
        assertThat(desk.allowed(actor, before).contains(action)).as("allowed(…)").isEqualTo(allowed);
        int revisionsBefore = revisionCount(id);
        int auditBefore = audit.about("article", id).size();

        Throwable thrown = catchThrowable(() -> perform(actor, action, id, before.version()));

        if (!allowed) {
            assertThat(thrown).isInstanceOf(NotPermitted.class).hasMessageContaining(action.label().toLowerCase());
            Article after = articles.stored(id).orElseThrow();
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(after.publishedAt()).isEqualTo(before.publishedAt());
            assertThat(revisionCount(id)).isEqualTo(revisionsBefore);
            assertThat(audit.about("article", id)).hasSize(auditBefore);
            return;
        }
        assertThat(thrown).isNull();
        if (action == ArticleAction.DELETE) {
            assertThat(articles.stored(id)).isEmpty();
            return;
        }
        Article after = articles.stored(id).orElseThrow();
        if (action == ArticleAction.VIEW) {
            assertThat(after.version()).isEqualTo(before.version());
            return;
        }
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.status()).isEqualTo(action.target() == null ? status : action.target());
        assertThat(audit.about("article", id)).hasSize(auditBefore + 1);
        assertThat(revisionCount(id)).isEqualTo(revisionsBefore + (action == ArticleAction.EDIT ? 1 : 0));
    }

    private void perform(Actor actor, ArticleAction action, long id, int version) {
        switch (action) {
            case VIEW -> desk.open(actor, id);
            case EDIT -> desk.save(actor, id, version, draft("Đã sửa"), null);
            case SUBMIT -> desk.submit(actor, id, version);
            case RETURN -> desk.returnToAuthor(actor, id, version, "Thiếu nguồn tin.");
            case PUBLISH -> desk.publish(actor, id, version, null);
            case UNPUBLISH -> desk.unpublish(actor, id, version);
            case ARCHIVE -> desk.archive(actor, id, version);
            case REOPEN -> desk.reopen(actor, id, version);
            case DELETE -> desk.delete(actor, id, version);
        }
    }

    /** Puts an article in a status directly, as if the workflow had led there. */
    private void force(long id, ArticleStatus status) {
        jdbc.sql("UPDATE article SET status = :status, published_at = :at WHERE id = :id")
                .param("status", status.name())
                .param("at", status == ArticleStatus.DRAFT ? null
                        : clock.instant().minus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
                .param("id", id).update();
    }

    private int revisionCount(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE article_id = :id").param("id", id)
                .query(Integer.class).single();
    }

    @Test
    void theWholeWorkflowFromDraftToPublishedWithOneReturn() {
        long id = desk.create(author, draft("Hội nghị tổ soạn thảo"));
        desk.submit(author, id, 0);
        desk.returnToAuthor(editor, id, 1, "  Bổ sung ảnh và nguồn.  ");
        Article returned = desk.open(author, id);
        assertThat(returned.status()).isEqualTo(ArticleStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Bổ sung ảnh và nguồn.");
        desk.save(author, id, 2, draft("Hội nghị tổ soạn thảo (đã sửa)"), "Thêm ảnh");
        desk.submit(author, id, 3);
        assertThat(desk.open(author, id).returnReason()).as("the reason goes once resubmitted").isNull();
        desk.publish(editor, id, 4, null);
        Article published = articles.visible(id).orElseThrow();
        assertThat(published.publishedAt()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(audit.about("article", id)).extracting(e -> e.action()).containsExactlyInAnyOrder(
                "article.create", "article.submit", "article.return", "article.save", "article.submit",
                "article.publish");
        desk.unpublish(editor, id, 5);
        assertThat(articles.visible(id)).isEmpty();
        desk.archive(admin, id, 6);
        desk.reopen(editor, id, 7);
        assertThat(desk.open(author, id).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void aReturnNeedsAReason() {
        long id = desk.create(author, draft("Cần lý do"));
        desk.submit(author, id, 0);
        assertThatThrownBy(() -> desk.returnToAuthor(editor, id, 1, " \n "))
                .isInstanceOf(InvalidInput.class).hasMessage("Nhập lý do trả lại để phóng viên biết cần sửa gì.")
                .extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> desk.returnToAuthor(editor, id, 1, "x".repeat(2001)))
                .isInstanceOf(InvalidInput.class);
        assertThat(articles.stored(id).orElseThrow().status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    // ---- Optimistic locking ----------------------------------------------------------------------------------

    @Test
    void twoEditorsSavingTheSameVersionTheFirstWinsTheSecondIsToldAndNothingIsOverwritten() {
        long id = desk.create(author, draft("Bản gốc"));
        Actor secondEditor = ArticleStaff.create(accounts, "bien-tap-2", "Đỗ Hương", null, Role.EDITOR).actor();
        int read = desk.open(editor, id).version();
        assertThat(desk.open(secondEditor, id).version()).isEqualTo(read);

        desk.save(editor, id, read, draft("Sửa của biên tập viên thứ nhất"), null);
        Throwable conflict = catchThrowable(() ->
                desk.save(secondEditor, id, read, draft("Sửa của biên tập viên thứ hai"), null));

        assertThat(conflict).isInstanceOf(VersionConflict.class)
                .hasMessage("Bài viết vừa được người khác lưu (phiên bản 1). Thay đổi của bạn chưa được lưu: hãy mở"
                        + " lại bài để xem bản mới rồi sửa tiếp.");
        assertThat(((VersionConflict) conflict).currentVersion()).isEqualTo(read + 1);
        Article stored = articles.stored(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Sửa của biên tập viên thứ nhất");
        assertThat(stored.version()).isEqualTo(read + 1);
        assertThat(revisionCount(id)).isEqualTo(2);
        assertThat(audit.about("article", id)).hasSize(2);
    }

    @Test
    void aWorkflowStepOnAStaleVersionIsAConflictToo() {
        long id = desk.create(author, draft("Bước cũ"));
        desk.save(author, id, 0, draft("Bước mới"), null);
        assertThatThrownBy(() -> desk.submit(author, id, 0)).isInstanceOf(VersionConflict.class);
        assertThatThrownBy(() -> desk.delete(author, id, 0)).isInstanceOf(VersionConflict.class);
        assertThat(articles.stored(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
    }

    // ---- Revisions -------------------------------------------------------------------------------------------

    @Test
    void everySaveKeepsARevisionAndRestoringOneSavesItAsTheNewest() {
        long id = desk.create(author, draft("Tiêu đề đầu tiên"));
        desk.save(author, id, 0, new NewArticle(ArticleKind.ARTICLE, category, "Tiêu đề thứ hai", null, "Tóm tắt mới",
                "<p>Đoạn mới.</p>", null, "Tổ phóng viên", false, null), "Viết lại tóm tắt");
        List<ArticleRevision> list = desk.revisions(author, id);
        assertThat(list).extracting(ArticleRevision::number).containsExactly(2, 1);
        assertThat(list).extracting(ArticleRevision::note).containsExactly("Viết lại tóm tắt", "Tạo bài");
        assertThat(list).extracting(ArticleRevision::savedByName).containsOnly("Nguyễn Thị Ánh");
        assertThat(desk.revision(author, id, 1).orElseThrow().bodyHtml()).isEqualTo("<p>Nội dung bài.</p>");

        desk.restore(editor, id, 1, 1);

        Article restored = articles.stored(id).orElseThrow();
        assertThat(restored.title()).isEqualTo("Tiêu đề đầu tiên");
        assertThat(restored.sapo()).isEqualTo("Tóm tắt");
        assertThat(restored.bodyHtml()).isEqualTo("<p>Nội dung bài.</p>");
        assertThat(restored.byline()).isEqualTo("Ngọc Ánh");
        assertThat(restored.version()).isEqualTo(2);
        ArticleRevision newest = desk.revisions(editor, id).get(0);
        assertThat(newest.number()).isEqualTo(3);
        assertThat(newest.note()).isEqualTo("Khôi phục phiên bản 1");
        assertThat(newest.savedByName()).isEqualTo("Lê Thu Hà");
        assertThatThrownBy(() -> desk.restore(editor, id, 2, 99)).hasMessage("Không có phiên bản 99 của bài viết này.");
    }

    @Test
    void anotherAuthorCannotReadTheRevisions() {
        long id = desk.create(author, draft("Riêng tư"));
        assertThatThrownBy(() -> desk.revisions(otherAuthor, id)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> desk.revision(otherAuthor, id, 1)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> desk.restore(otherAuthor, id, 0, 1)).isInstanceOf(NotPermitted.class);
    }

    // ---- Scheduled publication -------------------------------------------------------------------------------

    @Test
    void aScheduledArticleReachesReadersTheHomePageAndTheListenersAtItsTime() {
        String title = "Bài hẹn giờ " + UUID.randomUUID();
        long id = desk.create(author, draft(title));
        desk.submit(author, id, 0);
        Instant at = clock.instant().plus(Duration.ofHours(2));
        scheduled.announceDue();

        desk.publish(editor, id, 1, at);
        events.changed.clear();

        assertThat(articles.visible(id)).isEmpty();
        assertThat(home()).doesNotContain(title);
        assertThat(new WebClient(port).get(ArticleUrls.of(ArticleKind.ARTICLE, slugOf(id), id)).statusCode())
                .isEqualTo(404);
        clock.advance(Duration.ofHours(1));
        scheduled.announceDue();
        assertThat(events.changed).doesNotContain(id);
        assertThat(articles.visible(id)).isEmpty();

        clock.advance(Duration.ofHours(1).plusMillis(500));
        assertThat(articles.visible(id)).as("visible from the stored time, announced or not").isPresent();
        scheduled.announceDue();

        assertThat(events.changed).containsOnlyOnce(id);
        assertThat(home()).contains(title);
        assertThat(audit.about("article", id)).filteredOn(e -> e.action().equals("article.went-live"))
                .singleElement().satisfies(e -> {
                    assertThat(e.detail()).isEqualTo(title);
                    assertThat(e.actorName()).isEqualTo("Hệ thống");
                });
        scheduled.announceDue();
        assertThat(events.changed).containsOnlyOnce(id);
    }

    @Test
    void visibilityIsComputedFromTheStoredTimeSoARestartLosesNothing() {
        String title = "Hẹn giờ qua khởi động lại " + UUID.randomUUID();
        long id = desk.create(author, draft(title));
        desk.publish(editor, id, 0, clock.instant().plus(Duration.ofMinutes(30)));
        // Nobody announces anything, as after a restart in the middle of the wait: the stored time is enough.
        clock.advance(Duration.ofMinutes(31));
        assertThat(articles.visible(id)).isPresent();
        assertThat(articles.latest(50)).extracting(ArticleSummary::id).contains(id);
        String stored = jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class)
                .single();
        assertThat(stored).isEqualTo("PUBLISHED");
    }

    @Test
    void aClockSetBackDoesNotSilenceLaterAnnouncements() {
        clock.advance(Duration.ofDays(3));
        scheduled.announceDue();
        clock.set(FixedClockConfiguration.START);
        scheduled.announceDue();
        long id = desk.create(author, draft("Sau khi chỉnh đồng hồ"));
        desk.publish(editor, id, 0, clock.instant().plus(Duration.ofMinutes(5)));
        events.changed.clear();
        clock.advance(Duration.ofMinutes(6));
        scheduled.announceDue();
        assertThat(events.changed).as(String.valueOf(articles.stored(id))).contains(id);
    }

    /**
     * Found by a new user: the demo pages, published "now" at start-up, were announced as "Bài hẹn giờ đã lên
     * trang" because their time was after the scheduler's mark. Only an article scheduled for later is announced.
     */
    @Test
    void anArticlePublishedNowOrBackDatedIsNeverAnnouncedAsGoneLive() {
        scheduled.announceDue();
        clock.advance(Duration.ofMinutes(1));
        long now = desk.create(editor, draft("Đăng ngay " + UUID.randomUUID()));
        desk.publish(editor, now, 0, null);
        long backDated = desk.create(editor, draft("Tin cũ " + UUID.randomUUID()));
        desk.publish(editor, backDated, 0, clock.instant().minus(Duration.ofDays(400)));
        events.changed.clear();
        clock.advance(Duration.ofSeconds(2));
        scheduled.announceDue();

        for (long id : List.of(now, backDated)) {
            assertThat(audit.about("article", id)).extracting(AuditEntry::action)
                    .containsExactlyInAnyOrder("article.create", "article.publish");
        }
        assertThat(events.changed).doesNotContain(now, backDated);
    }

    @Test
    void aScheduledArticleTakenBackOrMovedToNowBeforeItsTimeIsNotAnnounced() {
        long unpublished = desk.create(editor, draft("Gỡ trước giờ " + UUID.randomUUID()));
        desk.publish(editor, unpublished, 0, clock.instant().plus(Duration.ofMinutes(5)));
        desk.unpublish(editor, unpublished, 1);
        long movedToNow = desk.create(editor, draft("Đăng sớm " + UUID.randomUUID()));
        desk.publish(editor, movedToNow, 0, clock.instant().plus(Duration.ofMinutes(5)));
        desk.moveTo(editor, movedToNow, 1, ArticleStatus.PUBLISHED, clock.instant(), null);
        events.changed.clear();
        clock.advance(Duration.ofMinutes(6));
        scheduled.announceDue();

        assertThat(audit.about("article", unpublished)).extracting(AuditEntry::action)
                .doesNotContain("article.went-live");
        assertThat(audit.about("article", movedToNow)).extracting(AuditEntry::action)
                .doesNotContain("article.went-live").containsOnlyOnce("article.create");
        assertThat(events.changed).doesNotContain(unpublished, movedToNow);
    }

    /** The mark is stored: a time that came while the application was stopped is announced at the next start. */
    @Test
    void aScheduledArticleIsAnnouncedOnceAlsoAfterARestart() {
        String title = "Hẹn giờ khi máy tắt " + UUID.randomUUID();
        long id = desk.create(editor, draft(title));
        desk.publish(editor, id, 0, clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(10));
        ScheduledPublications afterRestart = new ScheduledPublications(deskRepository, audit, publisher,
                transaction, clock);
        events.changed.clear();

        afterRestart.announceDue();
        scheduled.announceDue();
        afterRestart.announceDue();

        assertThat(events.changed).containsOnlyOnce(id);
        assertThat(audit.about("article", id)).filteredOn(e -> e.action().equals("article.went-live"))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo(title));
        assertThat(articles.stored(id).orElseThrow().version()).as("an editor's open form still saves").isEqualTo(1);
    }

    private String home() {
        // The page cache keeps a page a few seconds; the announcement is what clears it.
        return new WebClient(port).get("/").body();
    }

    private String slugOf(long id) {
        return articles.stored(id).orElseThrow().slug();
    }

    // ---- Bylines, slugs, references --------------------------------------------------------------------------

    @Test
    void theBylineDefaultsToThePenNameOrTheNameWithoutOne() {
        long withPenName = desk.create(author, draft("Bút danh"));
        long blank = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Bút danh trống", null, null,
                "", null, "   ", false, null));
        long typed = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Bút danh riêng", null, null,
                "", null, "  Nhóm\nphóng viên ", false, null));
        long noPenName = desk.create(otherAuthor, draft("Không bút danh"));
        assertThat(articles.stored(withPenName).orElseThrow().byline()).isEqualTo("Ngọc Ánh");
        assertThat(articles.stored(blank).orElseThrow().byline()).isEqualTo("Ngọc Ánh");
        assertThat(articles.stored(typed).orElseThrow().byline()).isEqualTo("Nhóm phóng viên");
        assertThat(articles.stored(noPenName).orElseThrow().byline()).isEqualTo("Trần Văn Bình");
    }

    @Test
    void slugsAreGeneratedWithoutDiacriticsNumberedWhenTakenAndCheckedWhenTyped() {
        String title = "Đại hội Đảng bộ " + UUID.randomUUID().toString().substring(0, 8);
        long first = desk.create(author, draft(title));
        long second = desk.create(author, draft(title));
        String base = slugOf(first);
        assertThat(base).startsWith("dai-hoi-dang-bo-");
        assertThat(slugOf(second)).isEqualTo(base + "-2");

        long typed = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Bất kỳ", "  Đường Dẫn Riêng "
                + base + "! ", null, "", null, null, false, null));
        assertThat(slugOf(typed)).isEqualTo("duong-dan-rieng-" + base);

        assertThatThrownBy(() -> desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Trùng", base,
                null, "", null, null, false, null)))
                .isInstanceOf(InvalidInput.class).hasMessage("Đường dẫn „" + base + "” đã được bài khác dùng.")
                .extracting("field").isEqualTo("slug");
        assertThatThrownBy(() -> desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Ký hiệu", "!!! ???",
                null, "", null, null, false, null)))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("slug");
        // Its own slug is no conflict when saving again.
        desk.save(author, first, 0, new NewArticle(ArticleKind.ARTICLE, category, title, base, null, "", null, null,
                false, null), null);
        assertThat(slugOf(first)).isEqualTo(base);
        // A title of symbols only still gets an address.
        long symbols = desk.create(author, draft("!!! ???"));
        assertThat(slugOf(symbols)).startsWith("bai-viet");
    }

    @Test
    void referencesThatDoNotExistAreRefusedField() {
        record Case(NewArticle article, String field) {
        }
        List<Case> cases = List.of(
                new Case(new NewArticle(ArticleKind.ARTICLE, 987_654L, "Chuyên mục ảo", null, null, "", null, null,
                        false, null), "categoryId"),
                new Case(new NewArticle(ArticleKind.ARTICLE, category, "Ảnh ảo", null, null, "", 987_654L, null,
                        false, null), "coverMediaId"),
                new Case(new NewArticle(ArticleKind.ARTICLE, category, "Văn bản ảo", null, null, "", null, null,
                        false, 987_654L), "documentId"),
                new Case(new NewArticle(ArticleKind.ARTICLE, null, "Không chuyên mục", null, null, "", null, null,
                        false, null), "categoryId"),
                new Case(new NewArticle(ArticleKind.ARTICLE, category, " \n ", null, null, "", null, null,
                        false, null), "title"),
                new Case(new NewArticle(null, category, "Không loại", null, null, "", null, null, false, null),
                        "kind"),
                new Case(new NewArticle(ArticleKind.ARTICLE, category, "x".repeat(501), null, null, "", null, null,
                        false, null), "title"),
                new Case(new NewArticle(ArticleKind.ARTICLE, category, "Tóm tắt dài", null, "x".repeat(2001), "",
                        null, null, false, null), "sapo"));
        long countBefore = jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
        for (Case c : cases) {
            assertThatThrownBy(() -> desk.create(author, c.article())).as(c.field())
                    .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo(c.field());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single()).isEqualTo(countBefore);
    }

    @Test
    void theBodyIsSanitisedAndTextNormalisedOnEverySave() {
        long id = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category,
                java.text.Normalizer.normalize("Tiếng Việt", java.text.Normalizer.Form.NFD), null, null,
                "<p onclick=\"x()\">Chào\u0000 bạn<script>alert(1)</script></p>", null, null, false, null));
        Article stored = articles.stored(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Tiếng Việt");
        assertThat(stored.bodyHtml()).isEqualTo("<p>Chào bạn</p>");
        assertThat(stored.authorId()).isEqualTo(author.id());
        assertThat(stored.status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void typedTextIsCleanedByTheRulesOfEveryOtherForm() {
        // Pasted from a Windows-1252 file read as Latin-1: U+0093/U+0094 (quotes) and U+0085 (ellipsis) are C1
        // controls, which HTML forbids; U+2028 is a line separator; U+FEFF a byte order mark.
        long id = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category,
                "\uFEFF\u0093Hội nghị\u0094\u2028tổng  kết\u0085", null, "Dòng một \r\nDòng\u009B hai\u2028",
                "<p>Nội dung.</p>", null, "Ngọc\u00A0\u0080Ánh", false, null, null,
                List.of("kinh\u0085 tế\u2028số hóa")));
        Article stored = articles.stored(id).orElseThrow();
        assertThat(stored.title()).isEqualTo("Hội nghị tổng kết");
        assertThat(stored.sapo()).isEqualTo("Dòng một\nDòng hai");
        assertThat(stored.byline()).isEqualTo("Ngọc Ánh");
        assertThat(desk.tags(id)).extracting(Tag::name).containsExactly("kinh tế số hóa");
    }

    // ---- Tags, extra categories, unchanged saves, images --------------------------------------------------------

    @Test
    void tagsAndExtraCategoriesAreKeptBySavesThatDoNotNameThemAndComeBackWithARevision() {
        long extra = categories.create(Actor.system(), new CategoryChange("Kinh tế", "cm-" + UUID.randomUUID(), null,
                null, false));
        long id = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Có thẻ", null, null, "", null,
                null, false, null, List.of(extra, category, extra), List.of(" Chuyển đổi số ", "hội nghị",
                "CHUYEN DOI SO", "  ")));
        assertThat(desk.tags(id)).extracting(Tag::name).containsExactly("Chuyển đổi số", "hội nghị");
        assertThat(desk.tags(id)).extracting(Tag::slug).containsExactly("chuyen-doi-so", "hoi-nghi");
        assertThat(desk.extraCategories(id)).as("the main category is not an extra one").containsExactly(extra);

        // The API's ten-argument NewArticle says nothing about tags: they stay.
        desk.save(editor, id, 0, draft("Có thẻ, sửa qua API"), null);
        assertThat(desk.tags(id)).extracting(Tag::name).containsExactly("Chuyển đổi số", "hội nghị");
        assertThat(desk.extraCategories(id)).containsExactly(extra);

        desk.save(editor, id, 1, new NewArticle(ArticleKind.ARTICLE, category, "Bỏ thẻ", null, null, "", null, null,
                false, null, List.of(), List.of()), null);
        assertThat(desk.tags(id)).isEmpty();
        assertThat(desk.extraCategories(id)).isEmpty();

        desk.restore(editor, id, 2, 1);
        assertThat(desk.tags(id)).extracting(Tag::name).containsExactly("Chuyển đổi số", "hội nghị");
        assertThat(desk.extraCategories(id)).containsExactly(extra);
        assertThatThrownBy(() -> desk.save(editor, id, 3, new NewArticle(ArticleKind.ARTICLE, category, "Thẻ lạ",
                null, null, "", null, null, false, null, List.of(987_654L), List.of("!!!")), null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aWorkflowButtonOnAnUnchangedFormLeavesNoEmptyRevision() {
        long id = desk.create(author, draft("Không đổi gì"));
        assertThat(desk.saveIfChanged(author, id, 0, draft("Không đổi gì"), null)).isZero();
        assertThat(revisionCount(id)).isEqualTo(1);
        assertThat(desk.saveIfChanged(author, id, 0, draft("Có đổi"), null)).isEqualTo(1);
        assertThat(revisionCount(id)).isEqualTo(2);
        assertThatThrownBy(() -> desk.saveIfChanged(author, id, 0, draft("Có đổi"), null))
                .isInstanceOf(VersionConflict.class);
    }

    @Test
    void anImageNeedsATextAlternativeUnlessItsCaptionGivesOne() {
        assertThatThrownBy(() -> desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Ảnh không mô tả",
                null, null, "<p><img src=\"/media/2026/05/hoi-nghi.jpg\"></p>", null, null, false, null)))
                .isInstanceOf(InvalidInput.class).hasMessageStartingWith("Ảnh „hoi-nghi.jpg” chưa có mô tả (alt)")
                .extracting("field").isEqualTo("bodyHtml");
        long id = desk.create(author, new NewArticle(ArticleKind.ARTICLE, category, "Ảnh có chú thích", null, null,
                "<figure class=\"image\"><img src=\"/media/a.jpg\"><figcaption>Đại biểu</figcaption></figure>", null,
                null, false, null));
        assertThat(articles.stored(id).orElseThrow().bodyHtml()).contains("alt=\"Đại biểu\"");
    }

    @Test
    void aPublishedArticleThatIsEditedTellsTheListeners() {
        long id = desk.create(author, draft("Đã đăng rồi sửa"));
        desk.publish(editor, id, 0, null);
        events.changed.clear();
        desk.save(editor, id, 1, draft("Đã đăng rồi sửa lại"), null);
        assertThat(events.changed).containsExactly(id);
        desk.delete(admin, id, 2);
        assertThat(events.changed).containsExactly(id, id);
        assertThat(EnumSet.allOf(ArticleAction.class)).hasSize(9);
    }
}
