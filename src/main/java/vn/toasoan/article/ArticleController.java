package vn.toasoan.article;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

import vn.toasoan.stats.ViewedArticle;

/** The public article page, its print version, and static pages. */
@Controller
class ArticleController {

    private final Articles articles;
    private final ArticlePageModel pageModel;

    ArticleController(Articles articles, ArticlePageModel pageModel) {
        this.articles = articles;
        this.pageModel = pageModel;
    }

    @GetMapping("/tin-tuc/{slugAndId}")
    Object showArticle(@PathVariable String slugAndId, Model model, HttpServletRequest request) {
        return render(slugAndId, "", "article/article", model, request);
    }

    @GetMapping("/tin-tuc/{slugAndId}/ban-in")
    Object showPrintVersion(@PathVariable String slugAndId, Model model, HttpServletRequest request) {
        return render(slugAndId, "/ban-in", "article/print", model, request);
    }

    @GetMapping("/trang/{slug}")
    String showPage(@PathVariable String slug, Model model) {
        Article page = articles.visiblePage(slug).orElseThrow(ArticleController::notFound);
        model.addAttribute("article", page);
        model.addAttribute("bodyHtml", pageModel.renderedBody(page));
        return "article/page";
    }

    private Object render(String slugAndId, String suffix, String view, Model model, HttpServletRequest request) {
        OptionalLong id = ArticleUrls.idOf(slugAndId);
        if (id.isEmpty()) {
            throw notFound();
        }
        Article article = articles.visible(id.getAsLong())
                .filter(a -> a.kind() == ArticleKind.ARTICLE)
                .orElseThrow(ArticleController::notFound);
        if (!slugAndId.equals(article.slug() + "-" + article.id())) {
            RedirectView redirect = new RedirectView(article.url() + suffix);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            redirect.setExposeModelAttributes(false);
            return redirect;
        }
        request.setAttribute(ViewedArticle.REQUEST_ATTRIBUTE, article.id());
        pageModel.fill(model, article);
        return view;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
