package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.NewDocument;

/**
 * The admin API's permission matrix: every role (a token of an author, an editor, an administrator) against every
 * endpoint, with the status each must get; every denial must leave the database exactly as it was.
 */
class AdminApiPermissionTest extends AdminApiTestBase {

    static final String API = "/api/v1/admin";
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    ArticleDesk desk;

    @Autowired
    Categories categories;

    @Autowired
    DocumentDesk documentDesk;

    /** What a case acts on: a row of {@code table}, made before the call. */
    record Target(String table, long id, int version) {

        Target(String table, long id) {
            this(table, id, 0);
        }
    }

    /**
     * One endpoint: the fixture it needs (made for the caller), the call, and the status for author, editor,
     * administrator.
     */
    record Case(String name, BiFunction<AdminApiPermissionTest, Staff, Target> prepare,
            BiFunction<Staff, Target, HttpResponse<String>> call, int author, int editor, int admin) {

        int expected(Role role) {
            return switch (role) {
                case AUTHOR -> author;
                case EDITOR -> editor;
                case ADMIN -> admin;
            };
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        BiFunction<AdminApiPermissionTest, Staff, Target> nothing = (test, caller) -> null;
        Function<Target, String> article = target -> API + "/articles/" + target.id();
        // Articles
        cases.add(new Case("POST /articles (draft)", nothing,
                (caller, t) -> caller.api().post(API + "/articles", body("draft")), 201, 201, 201));
        cases.add(new Case("POST /articles (submitted)", nothing,
                (caller, t) -> caller.api().post(API + "/articles", body("submitted")), 201, 201, 201));
        cases.add(new Case("POST /articles (published)", nothing,
                (caller, t) -> caller.api().post(API + "/articles", body("published")), 403, 201, 201));
        cases.add(new Case("GET /articles", nothing, (caller, t) -> caller.api().get(API + "/articles"),
                200, 200, 200));
        cases.add(new Case("GET /articles/{id} (own)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().get(article.apply(t)), 200, 200, 200));
        cases.add(new Case("GET /articles/{id} (another's draft)", (test, caller) -> test.draft(test.otherAuthor()),
                (caller, t) -> caller.api().get(article.apply(t)), 403, 200, 200));
        cases.add(new Case("PUT /articles/{id} (own draft)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().put(article.apply(t), update(null, 0)), 200, 200, 200));
        cases.add(new Case("PUT /articles/{id} (own draft, status published)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().put(article.apply(t), update("published", 0)), 403, 200, 200));
        cases.add(new Case("PUT /articles/{id} (another's draft)", (test, caller) -> test.draft(test.otherAuthor()),
                (caller, t) -> caller.api().put(article.apply(t), update(null, 0)), 403, 200, 200));
        cases.add(new Case("PUT /articles/{id} (own, submitted)", (test, caller) -> test.submitted(caller),
                (caller, t) -> caller.api().put(article.apply(t), update(null, t.version())), 403, 200, 200));
        cases.add(new Case("DELETE /articles/{id} (own draft)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().delete(article.apply(t)), 204, 204, 204));
        cases.add(new Case("DELETE /articles/{id} (another's draft)", (test, caller) -> test.draft(test.otherAuthor()),
                (caller, t) -> caller.api().delete(article.apply(t)), 403, 204, 204));
        cases.add(new Case("DELETE /articles/{id} (own, published)", (test, caller) -> test.published(caller),
                (caller, t) -> caller.api().delete(article.apply(t)), 403, 204, 204));
        cases.add(new Case("POST /articles/{id}/submit (own draft)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().post(article.apply(t) + "/submit", null), 200, 200, 200));
        cases.add(new Case("POST /articles/{id}/submit (another's draft)",
                (test, caller) -> test.draft(test.otherAuthor()),
                (caller, t) -> caller.api().post(article.apply(t) + "/submit", null), 403, 200, 200));
        cases.add(new Case("POST /articles/{id}/publish (own draft)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().post(article.apply(t) + "/publish", null), 403, 200, 200));
        cases.add(new Case("POST /articles/{id}/publish (submitted)",
                (test, caller) -> test.submitted(test.otherAuthor()),
                (caller, t) -> caller.api().post(article.apply(t) + "/publish", null), 403, 200, 200));
        cases.add(new Case("POST /articles/{id}/return (submitted)",
                (test, caller) -> test.submitted(test.otherAuthor()),
                (caller, t) -> caller.api().post(article.apply(t) + "/return", Map.of("reason", "Viết lại đoạn mở")),
                403, 200, 200));
        cases.add(new Case("POST /articles/{id}/unpublish (own, published)", (test, caller) -> test.published(caller),
                (caller, t) -> caller.api().post(article.apply(t) + "/unpublish", null), 403, 200, 200));
        cases.add(new Case("POST /articles/{id}/archive (own draft)", (test, caller) -> test.draft(caller),
                (caller, t) -> caller.api().post(article.apply(t) + "/archive", null), 403, 200, 200));
        cases.add(new Case("POST /articles/{id}/reopen (own, archived)", (test, caller) -> test.archived(caller),
                (caller, t) -> caller.api().post(article.apply(t) + "/reopen", null), 403, 200, 200));
        // Categories: read by all, changed by editors.
        cases.add(new Case("GET /categories", nothing, (caller, t) -> caller.api().get(API + "/categories"),
                200, 200, 200));
        cases.add(new Case("GET /categories/{id}", (test, caller) -> test.category(),
                (caller, t) -> caller.api().get(API + "/categories/" + t.id()), 200, 200, 200));
        cases.add(new Case("POST /categories", nothing, (caller, t) -> caller.api().post(API + "/categories",
                Map.of("name", "Chuyên mục " + NEXT.incrementAndGet())), 403, 201, 201));
        cases.add(new Case("PUT /categories/{id}", (test, caller) -> test.category(),
                (caller, t) -> caller.api().put(API + "/categories/" + t.id(), Map.of("name", "Tên mới " + t.id())),
                403, 200, 200));
        cases.add(new Case("DELETE /categories/{id}", (test, caller) -> test.category(),
                (caller, t) -> caller.api().delete(API + "/categories/" + t.id()), 403, 204, 204));
        // Documents: read by all, changed by editors.
        cases.add(new Case("GET /documents", nothing, (caller, t) -> caller.api().get(API + "/documents"),
                200, 200, 200));
        cases.add(new Case("GET /documents/{id}", (test, caller) -> test.document(),
                (caller, t) -> caller.api().get(API + "/documents/" + t.id()), 200, 200, 200));
        cases.add(new Case("POST /documents", nothing, (caller, t) -> caller.api().post(API + "/documents",
                documentBody()), 403, 201, 201));
        cases.add(new Case("PUT /documents/{id}", (test, caller) -> test.document(),
                (caller, t) -> caller.api().put(API + "/documents/" + t.id(), documentBody(t.version())), 403, 200,
                200));
        cases.add(new Case("DELETE /documents/{id}", (test, caller) -> test.document(),
                (caller, t) -> caller.api().delete(API + "/documents/" + t.id() + "?version=" + t.version()), 403,
                204, 204));
        // Media: every member of staff uploads, as in the newsroom.
        cases.add(new Case("POST /media", nothing, (caller, t) -> caller.api().upload(API + "/media", "anh.png", PNG,
                Map.of("alt", "Ảnh một điểm")), 201, 201, 201));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAgainstEveryEndpoint() {
        Map<Role, Staff> callers = new EnumMap<>(Role.class);
        return Stream.of(Role.values()).flatMap(role -> cases().stream().map(c -> DynamicTest.dynamicTest(
                role.label() + " — " + c.name() + " → " + c.expected(role), () -> {
                    Staff caller = callers.computeIfAbsent(role, this::staff);
                    Target target = c.prepare().apply(this, caller);
                    Map<String, Object> before = snapshot(target);

                    HttpResponse<String> response = c.call().apply(caller, target);

                    assertThat(response.statusCode()).as(response.body()).isEqualTo(c.expected(role));
                    if (response.statusCode() == 403) {
                        assertThat(ApiClient.body(response).get("status").asInt()).isEqualTo(403);
                        assertThat(snapshot(target)).as("a denial changes nothing").isEqualTo(before);
                    }
                })));
    }

    /** Row counts of everything the API changes, and the target row itself. */
    Map<String, Object> snapshot(Target target) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String table : List.of("article", "article_revision", "category", "document", "media", "audit_event")) {
            state.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        if (target != null) {
            state.put("target", jdbc.sql("SELECT * FROM " + target.table() + " WHERE id = :id")
                    .param("id", target.id()).query().listOfRows());
        }
        return state;
    }

    private Staff otherAuthor;

    Staff otherAuthor() {
        if (otherAuthor == null) {
            otherAuthor = staff(Role.AUTHOR);
        }
        return otherAuthor;
    }

    Target draft(Staff owner) {
        long category = categories.bySlug(CATEGORY).orElseThrow().id();
        return new Target("article", desk.create(owner.actor(), new NewArticle(ArticleKind.ARTICLE, category,
                "Bài thử quyền " + NEXT.incrementAndGet(), null, "Tóm tắt", "<p>Nội dung</p>", null, null, false,
                null)));
    }

    Target submitted(Staff owner) {
        Target draft = draft(owner);
        desk.submit(owner.actor(), draft.id(), 0);
        return new Target("article", draft.id(), 1);
    }

    Target published(Staff owner) {
        Target draft = draft(owner);
        desk.publish(Actor.system(), draft.id(), 0, null);
        return draft;
    }

    Target archived(Staff owner) {
        Target draft = draft(owner);
        desk.archive(Actor.system(), draft.id(), 0);
        return draft;
    }

    Target category() {
        return new Target("category", categories.create(Actor.system(), new CategoryChange(
                "Chuyên mục thử quyền " + NEXT.incrementAndGet(), null, null, null, false)));
    }

    Target document() {
        return new Target("document", documentDesk.create(Actor.system(), new NewDocument(
                NEXT.incrementAndGet() + "-TB/TQ", null, null, null, null, null, "Ban Tuyên giáo",
                LocalDate.of(2026, 4, 1), null, "Thông báo thử quyền", null)));
    }

    static Map<String, Object> body(String status) {
        return AdminApiArticlesTest.article("Bài tạo qua API " + NEXT.incrementAndGet(), "status", status);
    }

    static Map<String, Object> update(String status, int version) {
        Map<String, Object> json = AdminApiArticlesTest.article("Bài sửa qua API " + NEXT.incrementAndGet(),
                "version", version);
        if (status != null) {
            json.put("status", status);
        }
        return json;
    }

    static Map<String, Object> documentBody() {
        return Map.of("symbol", NEXT.incrementAndGet() + "-KH/ĐUK", "issuingBody", "Đảng ủy Khối",
                "issuedOn", "2026-04-02", "summary", "Kế hoạch thử quyền");
    }

    static Map<String, Object> documentBody(int version) {
        Map<String, Object> json = new LinkedHashMap<>(documentBody());
        json.put("version", version);
        return json;
    }
}
