package vn.toasoan.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import vn.toasoan.SiteZone;
import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.StaffUser;
import vn.toasoan.article.Article;
import vn.toasoan.article.ArticleAction;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.category.Category;
import vn.toasoan.document.DocumentRef;
import vn.toasoan.document.Documents;
import vn.toasoan.failure.InvalidInput;

/**
 * Articles through the admin API. Every command goes through {@link ArticleDesk}, as the newsroom's do: the same
 * validation, sanitising, workflow and permissions (those of the token's user), revisions and audit log.
 */
@RestController
@RequestMapping(path = ApiSecurityConfiguration.ADMIN_API + "/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleApiController {

    static final int MAX_PAGE_SIZE = 100;

    /** The desk's names for its fields, and the API's. */
    private static final Map<String, String> FIELDS = Map.of("categoryId", "category", "bodyHtml", "body",
            "documentId", "document");

    private final ArticleDesk desk;
    private final Categories categories;
    private final Documents documents;
    private final Accounts accounts;
    /** Asked on every request: an administrator may change the site zone at any time. */
    private final SiteZone zone;
    private final Clock clock;

    ArticleApiController(ArticleDesk desk, Categories categories, Documents documents, Accounts accounts,
            SiteZone zone, Clock clock) {
        this.desk = desk;
        this.categories = categories;
        this.documents = documents;
        this.accounts = accounts;
        this.zone = zone;
        this.clock = clock;
    }

    @GetMapping
    ArticleJson.Page<ArticleJson.Item> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal StaffUser staff) {
        ArticleStatus wanted = ApiStatuses.parse("status", status, ApiStatuses.ALL);
        if (page < 1) {
            throw new InvalidInput("page", "„page” bắt đầu từ 1.");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "„size” từ 1 đến " + MAX_PAGE_SIZE + ".");
        }
        long total = desk.count(staff.actor(), wanted);
        // In long: a page number as large as an int times the size overflows one. Past the end, no items.
        long offset = (page - 1L) * size;
        List<ArticleJson.Item> items = List.of();
        if (offset < total) {
            // One read of the categories for the page, not one per article.
            Map<Long, String> slugs = categories.slugsById();
            Instant now = clock.instant();
            items = desk.list(staff.actor(), wanted, size, offset).stream().map(a -> item(a, slugs, now)).toList();
        }
        return new ArticleJson.Page<>(items, page, size, total, (total + size - 1) / size);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleJson> create(@RequestBody JsonNode json, @AuthenticationPrincipal StaffUser staff) {
        ArticleRequest request = ArticleRequest.forCreate(json, zone.get());
        ArticleStatus status = request.status() == null ? ArticleStatus.DRAFT : request.status();
        NewArticle article = content(request, ArticleKind.ARTICLE);
        long id = apiFields(() -> desk.createAs(staff.actor(), article, status, request.publishedAt()));
        return ResponseEntity.created(URI.create(ApiSecurityConfiguration.ADMIN_API + "/articles/" + id))
                .body(view(staff.actor(), id));
    }

    @GetMapping("/{id}")
    ArticleJson show(@PathVariable long id, @AuthenticationPrincipal StaffUser staff) {
        return view(staff.actor(), id);
    }

    /**
     * Replaces the whole article (fields left out are emptied, but a slug left out keeps the address) and may move
     * it on in the workflow.
     */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleJson update(@PathVariable long id, @RequestBody JsonNode json, @AuthenticationPrincipal StaffUser staff) {
        ArticleRequest request = ArticleRequest.forUpdate(json, zone.get());
        Article current = desk.open(staff.actor(), id);
        NewArticle given = content(request, current.kind());
        // The address stays unless the client names a new one: readers' links and shared posts keep working.
        NewArticle article = given.slug() == null || given.slug().isBlank() ? new NewArticle(given.kind(),
                given.categoryId(), given.title(), current.slug(), given.sapo(), given.bodyHtml(), given.coverMediaId(),
                given.byline(), given.featured(), given.documentId()) : given;
        apiFields(() -> {
            desk.saveAs(staff.actor(), id, request.version(), article, "Sửa qua API", request.status(),
                    request.publishedAt(), request.reason());
            return id;
        });
        return view(staff.actor(), id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal StaffUser staff) {
        int read = version != null ? version : desk.open(staff.actor(), id).version();
        desk.delete(staff.actor(), id, read);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    ArticleJson submit(@PathVariable long id, @RequestBody(required = false) JsonNode json,
            @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, List.of("version"));
        desk.submit(staff.actor(), id, version(staff.actor(), id, body));
        return view(staff.actor(), id);
    }

    /** Publishes now, or at {@code publishedAt} (a time to come schedules it). */
    @PostMapping("/{id}/publish")
    ArticleJson publish(@PathVariable long id, @RequestBody(required = false) JsonNode json,
            @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, List.of("version", "publishedAt"));
        Instant at = ArticleRequest.instant("publishedAt", body.text("publishedAt"), zone.get());
        int version = version(staff.actor(), id, body);
        apiFields(() -> {
            desk.publish(staff.actor(), id, version, at);
            return id;
        });
        return view(staff.actor(), id);
    }

    @PostMapping("/{id}/unpublish")
    ArticleJson unpublish(@PathVariable long id, @RequestBody(required = false) JsonNode json,
            @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, List.of("version"));
        desk.unpublish(staff.actor(), id, version(staff.actor(), id, body));
        return view(staff.actor(), id);
    }

    /** Sends a submitted article back to its author; {@code reason} is required. */
    @PostMapping("/{id}/return")
    ArticleJson returnToAuthor(@PathVariable long id, @RequestBody(required = false) JsonNode json,
            @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, List.of("version", "reason"));
        desk.returnToAuthor(staff.actor(), id, version(staff.actor(), id, body), body.text("reason"));
        return view(staff.actor(), id);
    }

    @PostMapping("/{id}/archive")
    ArticleJson archive(@PathVariable long id, @RequestBody(required = false) JsonNode json,
            @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, List.of("version"));
        desk.archive(staff.actor(), id, version(staff.actor(), id, body));
        return view(staff.actor(), id);
    }

    /** Makes an unpublished or archived article a draft again. */
    @PostMapping("/{id}/reopen")
    ArticleJson reopen(@PathVariable long id, @RequestBody(required = false) JsonNode json,
            @AuthenticationPrincipal StaffUser staff) {
        JsonBody body = JsonBody.of(json, List.of("version"));
        desk.reopen(staff.actor(), id, version(staff.actor(), id, body));
        return view(staff.actor(), id);
    }

    /** The version the client names; without one, the current version (the client accepts to overwrite). */
    private int version(Actor actor, long id, JsonBody body) {
        Integer version = body.integer("version");
        return version != null ? version : desk.open(actor, id).version();
    }

    private NewArticle content(ArticleRequest request, ArticleKind kind) {
        Long categoryId = null;
        if (request.category() != null && !request.category().isBlank()) {
            categoryId = categories.bySlug(request.category().strip()).map(Category::id)
                    .orElseThrow(() -> new InvalidInput("category", "Không có chuyên mục „" + request.category()
                            + "”. Danh sách chuyên mục: GET " + ApiSecurityConfiguration.ADMIN_API + "/categories."));
        } else if (kind == ArticleKind.ARTICLE) {
            throw new InvalidInput("category", "Thiếu „category”: slug của chuyên mục, ví dụ „tin-hoat-dong”.");
        }
        return new NewArticle(kind, categoryId, request.title(), request.slug(), request.sapo(), request.body(),
                request.coverMediaId(), request.byline(), request.featured(), documentId(request.document()));
    }

    /** A document named by id or by symbol. */
    private Long documentId(String document) {
        if (document == null || document.isBlank()) {
            return null;
        }
        String text = document.strip();
        Optional<DocumentRef> found = text.matches("\\d{1,18}") ? documents.find(Long.parseLong(text))
                : documents.bySymbol(text);
        return found.map(DocumentRef::id).orElseThrow(() -> new InvalidInput("document",
                "Không tìm thấy văn bản „" + text + "” trong danh mục (mã số hoặc số, ký hiệu như 14-KH/ĐU)."));
    }

    /** The desk names fields as the newsroom's form does; the API client knows them by the API's names. */
    private static <T> T apiFields(Supplier<T> command) {
        try {
            return command.get();
        } catch (InvalidInput e) {
            String field = e.field() == null ? null : FIELDS.getOrDefault(e.field(), e.field());
            if (Objects.equals(field, e.field())) {
                throw e;
            }
            throw new InvalidInput(field, e.getMessage());
        }
    }

    private ArticleJson view(Actor actor, long id) {
        Article a = desk.open(actor, id);
        Instant now = clock.instant();
        ArticleJson.DocumentLink document = a.documentId() == null ? null : documents.find(a.documentId())
                .map(d -> new ArticleJson.DocumentLink(d.id(), d.symbol(), d.url())).orElse(null);
        ArticleJson.Person author = a.authorId() == null ? null : accounts.find(a.authorId())
                .map(ArticleApiController::person).orElse(null);
        List<String> actions = desk.allowed(actor, a).stream().filter(action -> action != ArticleAction.VIEW)
                .map(action -> action.name().toLowerCase(Locale.ROOT)).toList();
        return new ArticleJson(a.id(), a.kind().name().toLowerCase(Locale.ROOT), a.url(), ApiStatuses.name(a.status()),
                a.isVisibleAt(now), a.version(), a.title(), a.slug(), a.sapo(), a.bodyHtml(), categorySlug(a),
                a.byline(), a.featured(), time(a.publishedAt()), document, a.coverMediaId(), author,
                a.returnReason(), time(a.createdAt()), time(a.updatedAt()), actions);
    }

    private ArticleJson.Item item(Article a, Map<Long, String> categorySlugs, Instant now) {
        return new ArticleJson.Item(a.id(), a.kind().name().toLowerCase(Locale.ROOT), a.url(),
                ApiStatuses.name(a.status()), a.isVisibleAt(now), a.version(), a.title(),
                a.categoryId() == null ? null : categorySlugs.get(a.categoryId()),
                a.byline(), time(a.publishedAt()), a.authorId(), time(a.updatedAt()));
    }

    private String categorySlug(Article a) {
        return a.categoryId() == null ? null : categories.byId(a.categoryId()).map(Category::slug).orElse(null);
    }

    private static ArticleJson.Person person(Account account) {
        return new ArticleJson.Person(account.id(), account.username(), account.displayName());
    }

    private String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone.get()));
    }
}
