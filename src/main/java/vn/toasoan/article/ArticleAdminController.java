package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.toasoan.SiteZone;
import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.account.StaffUser;
import vn.toasoan.category.Categories;
import vn.toasoan.document.DocumentRef;
import vn.toasoan.document.Documents;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotPermitted;
import vn.toasoan.failure.VersionConflict;

/**
 * The newsroom's article pages: the list, the editor form with the workflow buttons the person may use, and the
 * delete confirmation. Every command goes through {@link ArticleDesk}, which checks permissions again. A refused
 * form is shown again exactly as it was typed, with the reason next to the field.
 */
@Controller
@RequestMapping(ArticleUrls.NEWSROOM)
class ArticleAdminController {

    static final int PAGE_SIZE = 20;
    private static final int DOCUMENT_CHOICES = 300;
    private static final int IMAGE_CHOICES = 200;

    private final ArticleDesk desk;
    private final Categories categories;
    private final Documents documents;
    private final ArticleRepository articles;
    private final Accounts accounts;
    private final SiteZone zone;
    private final Clock clock;

    ArticleAdminController(ArticleDesk desk, Categories categories, Documents documents, ArticleRepository articles,
            Accounts accounts, SiteZone zone, Clock clock) {
        this.desk = desk;
        this.categories = categories;
        this.documents = documents;
        this.articles = articles;
        this.accounts = accounts;
        this.zone = zone;
        this.clock = clock;
    }

    // ---- The list ---------------------------------------------------------------------------------------------

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser staff,
            @RequestParam(name = "trang-thai", required = false) String status,
            @RequestParam(name = "chuyen-muc", required = false) String category,
            @RequestParam(name = "tac-gia", required = false) String author,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "sap-xep", required = false) String sort,
            @RequestParam(name = "trang", required = false) String page, Model model) {
        Actor actor = staff.actor();
        ArticleFilter filter = new ArticleFilter(parseEnum(ArticleStatus.class, status), parseId(category),
                parseId(author), text == null || text.isBlank() ? null : text.strip(),
                parseEnum(ArticleFilter.Sort.class, sort) == null ? ArticleFilter.Sort.UPDATED
                        : parseEnum(ArticleFilter.Sort.class, sort));
        int pageNumber = parsePage(page);
        ArticleList list = desk.list(actor, filter, pageNumber, PAGE_SIZE);
        model.addAttribute("list", list);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ArticleStatus.values());
        model.addAttribute("sorts", ArticleFilter.Sort.values());
        model.addAttribute("categories", categories.all());
        model.addAttribute("authors", actor.can(Role.EDITOR) ? accounts.all() : List.<Account>of());
        model.addAttribute("seesAll", actor.can(Role.EDITOR));
        model.addAttribute("now", clock.instant());
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(ArticleUrls.NEWSROOM)
                .queryParamIfPresent("trang-thai", java.util.Optional.ofNullable(filter.status()).map(Enum::name))
                .queryParamIfPresent("chuyen-muc", java.util.Optional.ofNullable(filter.categoryId()))
                .queryParamIfPresent("tac-gia", java.util.Optional.ofNullable(filter.authorId()))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(filter.text()))
                .queryParam("sap-xep", filter.sort().name());
        model.addAttribute("previousUrl", list.hasPrevious()
                ? base.cloneBuilder().queryParam("trang", list.page() - 1).encode().build().toUriString() : null);
        model.addAttribute("nextUrl", list.hasNext()
                ? base.cloneBuilder().queryParam("trang", list.page() + 1).encode().build().toUriString() : null);
        return "article/admin/list";
    }

    // ---- Writing a new article --------------------------------------------------------------------------------

    @GetMapping("/moi")
    String initCreationForm(@AuthenticationPrincipal StaffUser staff, Model model) {
        return showForm(staff.actor(), null, ArticleForm.blank(), model);
    }

    @PostMapping("/moi")
    String processCreationForm(@AuthenticationPrincipal StaffUser staff, @ModelAttribute("form") ArticleForm form,
            @RequestParam(name = "hanh-dong", defaultValue = "luu") String action, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = staff.actor();
        try {
            NewArticle article = form.toArticle(documentId(form));
            long id;
            if (action.equals("gui")) {
                id = desk.createAs(actor, article, ArticleStatus.SUBMITTED, null);
                redirect.addFlashAttribute("notice", "Đã tạo bài và gửi duyệt.");
            } else {
                id = desk.create(actor, article);
                redirect.addFlashAttribute("notice", "Đã lưu bản nháp.");
            }
            return "redirect:" + ArticleUrls.editing(id);
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", e);
            return showForm(actor, null, form, model);
        }
    }

    // ---- Editing and the workflow -----------------------------------------------------------------------------

    @GetMapping("/{id}")
    String initUpdateForm(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, Model model) {
        Article article = desk.open(staff.actor(), id);
        return showForm(staff.actor(), article, formOf(article), model);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @ModelAttribute("form") ArticleForm form,
            @RequestParam(name = "hanh-dong", defaultValue = "luu") String action, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = staff.actor();
        Article current = desk.open(actor, id);
        Step step = Step.of(action);
        Set<ArticleAction> allowed = desk.allowed(actor, current);
        // Refused before anything is saved: a button the person may not use changes nothing.
        if (!allowed.contains(step.action())) {
            throw new NotPermitted("Vai trò " + actor.role().label() + " không thể "
                    + step.action().label().toLowerCase() + " bài viết đang ở trạng thái „" + current.status().label()
                    + "”.");
        }
        if (step == Step.DELETE) {
            return "redirect:" + ArticleUrls.editing(id) + "/xoa";
        }
        try {
            int version = form.versionNumber();
            Instant at = switch (step) {
                case SCHEDULE -> scheduledTime(form);
                // "Publish now" on a published article publishes it again with the time now.
                case PUBLISH -> clock.instant();
                default -> null;
            };
            if (step == Step.SAVE) {
                desk.save(actor, id, version, form.toArticle(documentId(form)), form.note());
            } else {
                // The typed content goes with the button, in the same transaction as the move: submitting or
                // publishing never loses an edit, and a refused move saves nothing.
                NewArticle content = allowed.contains(ArticleAction.EDIT) ? form.toArticle(documentId(form)) : null;
                desk.saveAs(actor, id, version, content, form.note(), step.action().target(), at, form.reason());
            }
            redirect.addFlashAttribute("notice", step.done(at, zone.get()));
            return "redirect:" + ArticleUrls.editing(id);
        } catch (InvalidInput e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", e);
        } catch (VersionConflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", e);
        }
        // The stored article as it now is (its buttons), the form as the person typed it (their text).
        return showForm(actor, desk.open(actor, id), form, model);
    }

    /** The desk's limits the form tells people about before they hit them. */
    record FormLimits(int extraCategories, int tags, int tagLength) {

        static final FormLimits CURRENT = new FormLimits(ArticleDesk.EXTRA_CATEGORIES_MAX, TagNames.MAX_TAGS,
                TagNames.NAME_MAX);
    }

    /** The buttons of the form, by the value of the "hanh-dong" field they send. */
    enum Step {
        SAVE("luu", ArticleAction.EDIT, "Đã lưu."),
        SUBMIT("gui", ArticleAction.SUBMIT, "Đã gửi duyệt."),
        RETURN("tra-lai", ArticleAction.RETURN, "Đã trả lại bài cho phóng viên."),
        PUBLISH("dang", ArticleAction.PUBLISH, "Đã đăng bài."),
        SCHEDULE("hen-gio", ArticleAction.PUBLISH, "Đã hẹn giờ đăng"),
        UNPUBLISH("go", ArticleAction.UNPUBLISH, "Đã gỡ bài khỏi trang."),
        ARCHIVE("luu-tru", ArticleAction.ARCHIVE, "Đã chuyển bài vào lưu trữ."),
        REOPEN("mo-lai", ArticleAction.REOPEN, "Đã mở lại bài thành bản nháp."),
        DELETE("xoa", ArticleAction.DELETE, "");

        private final String value;
        private final ArticleAction action;
        private final String done;

        Step(String value, ArticleAction action, String done) {
            this.value = value;
            this.action = action;
            this.done = done;
        }

        static Step of(String value) {
            for (Step step : values()) {
                if (step.value.equals(value)) {
                    return step;
                }
            }
            throw new InvalidInput("hanh-dong", "Thao tác không hợp lệ.");
        }

        ArticleAction action() {
            return action;
        }

        String done(Instant at, ZoneId zone) {
            return this == SCHEDULE ? done + " lúc " + ArticleForm.LOCAL.format(at.atZone(zone))
                    .replace('T', ' ') + "." : done;
        }
    }

    private Instant scheduledTime(ArticleForm form) {
        Instant at = form.publishAtIn(zone.get());
        if (!at.isAfter(clock.instant())) {
            throw new InvalidInput("publishAt", "Giờ hẹn đăng đã qua: chọn một thời điểm sau bây giờ, hoặc bấm „Đăng"
                    + " ngay”.");
        }
        return at;
    }

    /** The library's newest images for the editor (TinyMCE's image list and the cover picker). */
    @GetMapping(value = "/anh.json", produces = "application/json")
    @ResponseBody
    List<ImageChoice> images() {
        return articles.recentImages(IMAGE_CHOICES);
    }

    // ---- Deleting ---------------------------------------------------------------------------------------------

    @GetMapping("/{id}/xoa")
    String confirmDeletion(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, Model model) {
        Article article = desk.open(staff.actor(), id);
        if (!desk.allowed(staff.actor(), article).contains(ArticleAction.DELETE)) {
            throw new NotPermitted("Vai trò " + staff.role().label() + " không thể xóa bài viết đang ở trạng thái „"
                    + article.status().label() + "”.");
        }
        model.addAttribute("article", article);
        return "article/admin/delete";
    }

    @PostMapping("/{id}/xoa")
    String processDeletion(@AuthenticationPrincipal StaffUser staff, @PathVariable long id,
            @RequestParam(name = "version", defaultValue = "-1") int version, RedirectAttributes redirect) {
        Article article = desk.open(staff.actor(), id);
        desk.delete(staff.actor(), id, version);
        redirect.addFlashAttribute("notice", "Đã xóa bài „" + article.title() + "”.");
        return "redirect:" + ArticleUrls.NEWSROOM;
    }

    // ---- Shared -----------------------------------------------------------------------------------------------

    private ArticleForm formOf(Article article) {
        String symbol = article.documentId() == null ? null
                : documents.find(article.documentId()).map(DocumentRef::symbol).orElse(null);
        return ArticleForm.of(article, desk.extraCategories(article.id()),
                desk.tags(article.id()).stream().map(Tag::name).toList(), symbol);
    }

    private String showForm(Actor actor, Article article, ArticleForm form, Model model) {
        Set<ArticleAction> allowed = article == null ? EnumSet.of(ArticleAction.EDIT, ArticleAction.SUBMIT)
                : desk.allowed(actor, article);
        model.addAttribute("form", form);
        model.addAttribute("article", article);
        model.addAttribute("can", allowed.stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("editable", allowed.contains(ArticleAction.EDIT));
        model.addAttribute("categories", categories.all());
        model.addAttribute("limits", FormLimits.CURRENT);
        model.addAttribute("documentChoices", documents.latest(DOCUMENT_CHOICES));
        model.addAttribute("cover", coverOf(form));
        model.addAttribute("penName", actor.penName());
        model.addAttribute("scheduled", article != null && article.status() == ArticleStatus.PUBLISHED
                && article.publishedAt() != null && article.publishedAt().isAfter(clock.instant()));
        model.addAttribute("minPublishAt", ArticleForm.LOCAL.format(clock.instant().atZone(zone.get())));
        return "article/admin/form";
    }

    private Object coverOf(ArticleForm form) {
        Long id = parseId(form.coverMediaId());
        return id == null ? null : articles.image(id).orElse(null);
    }

    /** The cited document, found by the symbol typed ("14-KH/ĐU"); blank means none. */
    private Long documentId(ArticleForm form) {
        String symbol = form.documentSymbol();
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        return documents.bySymbol(symbol.strip()).map(DocumentRef::id).orElseThrow(() -> new InvalidInput(
                "documentSymbol", "Sổ văn bản không có văn bản số „" + symbol.strip() + "”."));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static int parsePage(String value) {
        Long page = parseId(value);
        return page == null || page < 1 || page > 100_000 ? 1 : page.intValue();
    }
}
