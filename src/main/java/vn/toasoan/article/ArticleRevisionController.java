package vn.toasoan.article;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.toasoan.account.Actor;
import vn.toasoan.account.StaffUser;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.failure.VersionConflict;

/**
 * An article's history and its preview: the list of revisions, what one revision differs from the current
 * version (or from the revision before it), restoring one, and the article as readers will see it.
 */
@Controller
@RequestMapping(ArticleUrls.NEWSROOM + "/{id}")
class ArticleRevisionController {

    private final ArticleDesk desk;
    private final ArticlePageModel pageModel;
    private final Clock clock;

    ArticleRevisionController(ArticleDesk desk, ArticlePageModel pageModel, Clock clock) {
        this.desk = desk;
        this.pageModel = pageModel;
        this.clock = clock;
    }

    @GetMapping("/phien-ban")
    String listRevisions(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, Model model) {
        Article article = desk.open(staff.actor(), id);
        model.addAttribute("article", article);
        model.addAttribute("revisions", desk.revisions(staff.actor(), id));
        return "article/admin/revisions";
    }

    @GetMapping("/phien-ban/{number}")
    String showRevision(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, @PathVariable int number,
            @RequestParam(name = "so-voi", defaultValue = "hien-tai") String against, Model model) {
        Actor actor = staff.actor();
        Article article = desk.open(actor, id);
        ArticleRevision revision = desk.revision(actor, id, number).orElseThrow(() -> new NotFound(
                "Bài viết này không có phiên bản " + number + "."));
        boolean previous = against.equals("truoc");
        RevisionDiff diff;
        if (previous) {
            ArticleRevision before = number > 1 ? desk.revision(actor, id, number - 1).orElse(null) : null;
            RevisionDiff.Version empty = new RevisionDiff.Version("", "", "", "", "", null, null, null, false,
                    List.of());
            diff = RevisionDiff.between(before == null ? empty : RevisionDiff.Version.of(before),
                    RevisionDiff.Version.of(revision));
        } else {
            diff = RevisionDiff.between(RevisionDiff.Version.of(revision), RevisionDiff.Version.of(article,
                    desk.tags(id).stream().map(Tag::name).toList()));
        }
        model.addAttribute("article", article);
        model.addAttribute("revision", revision);
        model.addAttribute("diff", diff);
        model.addAttribute("againstPrevious", previous);
        model.addAttribute("mayRestore", desk.allowed(actor, article).contains(ArticleAction.EDIT));
        return "article/admin/revision";
    }

    @PostMapping("/phien-ban/{number}/khoi-phuc")
    String restoreRevision(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, @PathVariable int number,
            @RequestParam(name = "version", defaultValue = "-1") int version, RedirectAttributes redirect) {
        try {
            desk.restore(staff.actor(), id, version, number);
            redirect.addFlashAttribute("notice", "Đã khôi phục phiên bản " + number + " thành bản mới nhất.");
            return "redirect:" + ArticleUrls.editing(id);
        } catch (VersionConflict | InvalidInput e) {
            redirect.addFlashAttribute("problem", "Chưa khôi phục được: " + e.getMessage());
            return "redirect:" + ArticleUrls.editing(id) + "/phien-ban/" + number;
        }
    }

    /** The article in the public template, whatever its status; never cached, never counted, never indexed. */
    @GetMapping("/xem-truoc")
    String preview(@AuthenticationPrincipal StaffUser staff, @PathVariable long id, Model model,
            HttpServletResponse response) {
        Article article = desk.open(staff.actor(), id);
        // A draft has no publication time yet: show the one it would get if published now.
        Article shown = article.publishedAt() != null ? article : new Article(article.id(), article.kind(),
                article.categoryId(), article.title(), article.slug(), article.sapo(), article.bodyHtml(),
                article.coverMediaId(), article.byline(), article.status(), article.featured(), clock.instant(),
                article.documentId(), article.viewCount(), article.version(), article.createdAt(),
                article.updatedAt(), article.authorId(), article.returnReason());
        pageModel.fill(model, shown);
        model.addAttribute("preview", true);
        model.addAttribute("noindex", true);
        model.addAttribute("statsBeacon", false);
        response.setHeader("Cache-Control", "no-store");
        return article.kind() == ArticleKind.PAGE ? "article/page" : "article/article";
    }
}
